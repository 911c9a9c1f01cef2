//! `stkr govern governors` and `candidates`: the members with their stake, weight and rewards.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::{Governance, Multicall3, NodeRegistry},
    codes::GovernancePhase,
    membership::election_locked,
    output::{Render, Style},
    time::{countdown, utc},
    units::AmountView,
};

use super::governance_of;
use crate::Context;

/// A governor or candidate.
#[derive(Debug, Serialize)]
pub(super) struct MemberView {
    /// The account.
    pub address: Address,
    /// Its own ANKR stake.
    pub stake: AmountView,
    /// ANKR delegated to it by sidecar stakers.
    pub delegated: AmountView,
    /// Its election weight now: stake + delegated (1 ANKR = 1 vote).
    pub weight: AmountView,
    /// Its weight at the next election's snapshot, once that has passed (what the election reads).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_weight: Option<AmountView>,
    /// When its seat began (governors).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seated_at: Option<u64>,
    /// Its proposals not yet finalized.
    pub open_proposals: u8,
    /// Proposals missed in a row (slashed and removed at missed-votes-limit).
    pub missed_in_row: u8,
    /// Rewards it can claim now from the reward pool's 30 %.
    pub claimable_eth: AmountView,
    /// ANKR rewards it can claim now.
    pub claimable_ankr: AmountView,
}

/// `stkr govern governors` / `candidates`.
#[derive(Debug, Serialize)]
pub(super) struct MembersReport {
    /// governors or candidates.
    pub role: &'static str,
    /// initialization, transition or automated.
    pub phase: GovernancePhase,
    /// The time whose weights the next election reads (seconds since the epoch).
    pub election_snapshot_at: u64,
    /// When the next election may run: a day after its snapshot.
    pub next_election_at: u64,
    /// Whether stakes, candidacies and delegated votes are locked (from the snapshot until the election).
    pub locked: bool,
    /// The chain's time when read.
    pub chain_time: u64,
    /// The members.
    pub members: Vec<MemberView>,
}

impl Render for MembersReport {
    fn render(&self, style: &Style) -> String {
        let election = if self.locked {
            format!(
                "weights frozen at the snapshot of {}; the election runs from {} ({}); stakes, candidacies and delegated votes locked until then",
                utc(self.election_snapshot_at),
                utc(self.next_election_at),
                countdown(self.next_election_at, self.chain_time)
            )
        } else {
            format!(
                "election snapshot {} ({}): weights are read then, and stakes lock until the election runs a day later",
                utc(self.election_snapshot_at),
                countdown(self.election_snapshot_at, self.chain_time)
            )
        };
        let mut lines =
            vec![style.dim(&format!("{} {} · phase {} · {election}", self.members.len(), self.role, self.phase))];
        if self.members.is_empty() {
            lines.push(format!("no {} yet", self.role));
        }
        for m in &self.members {
            let snapshot = m.snapshot_weight.as_ref().map(|w| format!("  at snapshot {}", w.formatted));
            lines.push(format!(
                "{}  stake {:>16}  delegated {:>14}  weight {:>16}{}  missed {}  open {}  rewards {} + {}",
                style.bold(&m.address.to_string()),
                m.stake.formatted,
                m.delegated.formatted,
                m.weight.formatted,
                snapshot.unwrap_or_default(),
                m.missed_in_row,
                m.open_proposals,
                m.claimable_eth.formatted,
                m.claimable_ankr.formatted
            ));
        }
        lines.join("\n")
    }
}

pub(super) async fn members(ctx: &Context, governors: bool) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = governance_of(&contracts)?;
    let mut head = Batch::new();
    let listed = head.add(governance, Governance::governorsCall {});
    let candidates = head.add(governance, Governance::candidatesCall {});
    let phase = head.add(governance, Governance::phaseCall {});
    let snapshot = head.add(governance, Governance::electionSnapshotAtCall {});
    let next = head.add(governance, Governance::nextElectionAtCall {});
    let now = head.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let answers = head.run(&chain, contracts.multicall3).await?;
    let list = if governors { answers.get(listed)? } else { answers.get(candidates)? };
    let phase = GovernancePhase::from(answers.get(phase)?);
    let (snapshot, now) = (answers.get(snapshot)?.saturating_to::<u64>(), answers.get(now)?.saturating_to::<u64>());
    let locked = election_locked(snapshot, now);
    let next = answers.get(next)?.saturating_to::<u64>();
    // One more round trip for every member's standing, weight and rewards.
    let mut batch = Batch::new();
    let slots: Vec<_> = list
        .iter()
        .map(|&account| {
            (
                account,
                batch.add(governance, Governance::memberOfCall { account }),
                batch.add(governance, Governance::weightOfCall { account }),
                batch.add(contracts.node_registry, NodeRegistry::delegatedVotesCall { candidate: account }),
                batch.add(governance, Governance::pendingRewardsCall { account }),
                locked.then(|| {
                    batch.add(governance, Governance::weightAtCall { account, timepoint: U256::from(snapshot) })
                }),
            )
        })
        .collect();
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut members = Vec::with_capacity(slots.len());
    for (address, member, weight, delegated, pending, at_snapshot) in slots {
        let (member, pending) = (answers.get(member)?, answers.get(pending)?);
        let snapshot_weight = at_snapshot.map(|slot| answers.get(slot)).transpose()?.map(AmountView::ankr);
        members.push(MemberView {
            address,
            stake: AmountView::ankr(U256::from(member.stake)),
            delegated: AmountView::ankr(answers.get(delegated)?),
            weight: AmountView::ankr(answers.get(weight)?),
            snapshot_weight,
            seated_at: member.governor.then(|| member.seatedAt.to::<u64>()),
            open_proposals: member.openProposals,
            missed_in_row: member.missedInRow,
            claimable_eth: AmountView::eth(pending.eth),
            claimable_ankr: AmountView::ankr(pending.ankr),
        });
    }
    if !governors {
        members.sort_by(|a, b| {
            let (wa, wb) =
                (a.weight.wei.parse::<U256>().unwrap_or_default(), b.weight.wei.parse::<U256>().unwrap_or_default());
            wb.cmp(&wa)
        });
    }
    ctx.out.result(&MembersReport {
        role: if governors { "governors" } else { "candidates" },
        phase,
        election_snapshot_at: snapshot,
        next_election_at: next,
        locked,
        chain_time: now,
        members,
    })?;
    Ok(())
}
