//! The newest marketplace projects, newest first, with the followed account's sealed and revealed bids.

use alloy::primitives::{Address, B256, U256};
use stkr_core::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::Marketplace,
    codes::ProjectStatus,
    deploy::Contracts,
    market::standings,
};

use super::RECENT_PROJECTS;
use crate::data::Project;

/// One project's slots: its record, its revealed bids lowest first, and the account's commitment and
/// revealed bid.
type ProjectSlots = (
    u64,
    Slot<Marketplace::getProjectCall>,
    Slot<Marketplace::rankedBidsCall>,
    Option<(Slot<Marketplace::commitmentForCall>, Slot<Marketplace::revealedBidCall>)>,
);

/// The newest projects' slots.
pub(super) struct Slots(Vec<ProjectSlots>);

impl Slots {
    pub(super) fn add(batch: &mut Batch, c: &Contracts, count: u64, me: Option<Address>) -> Self {
        Self(
            (count.saturating_sub(RECENT_PROJECTS) + 1..=count)
                .rev()
                .map(|id| {
                    let project_id = U256::from(id);
                    let project = batch.add(c.marketplace, Marketplace::getProjectCall { projectId: project_id });
                    let ranked = batch.add(c.marketplace, Marketplace::rankedBidsCall { projectId: project_id });
                    let mine = me.map(|who| {
                        (
                            batch.add(
                                c.marketplace,
                                Marketplace::commitmentForCall { projectId: project_id, bidder: who },
                            ),
                            batch.add(
                                c.marketplace,
                                Marketplace::revealedBidCall { projectId: project_id, bidder: who },
                            ),
                        )
                    });
                    (id, project, ranked, mine)
                })
                .collect(),
        )
    }

    /// The projects; `commit_period` is the parameter their countdowns start from, `tie_band_bps` the band
    /// within which the lowest bids are drawn.
    pub(super) fn read(self, r: &Answers, commit_period: u64, tie_band_bps: u64) -> Result<Vec<Project>> {
        self.0
            .into_iter()
            .map(|(id, project, ranked, mine)| {
                let p = r.get(project)?;
                let prices: Vec<U256> = r.get(ranked)?.iter().map(|b| U256::from(b.price)).collect();
                let standings = standings(&prices, usize::from(p.shortlistSize), tie_band_bps);
                let bids = prices.into_iter().zip(standings).collect();
                let (my_commitment, my_revealed) = match mine {
                    Some((commitment, revealed)) => {
                        let commitment = r.get(commitment)?;
                        let revealed = r.get(revealed)?.revealed;
                        (commitment != B256::ZERO || revealed, revealed)
                    }
                    None => (false, false),
                };
                let n = &p.resources;
                Ok(Project {
                    id,
                    status: ProjectStatus::from(p.status),
                    commit_end: p.commitEnd.to::<u64>(),
                    reveal_end: p.revealEnd.to::<u64>(),
                    fixed_price: U256::from(p.fixedPrice),
                    bid_bond: U256::from(p.bidBond),
                    requester: p.requester,
                    provider: p.provider,
                    price: U256::from(p.price),
                    started_at: p.startedAt.to::<u64>(),
                    duration_days: p.durationDays,
                    commit_period,
                    tie_band_bps,
                    bids,
                    resources: [n.cpuCores, n.ramGb, n.storageGb, n.bandwidthMbps],
                    my_commitment,
                    my_revealed,
                })
            })
            .collect()
    }
}
