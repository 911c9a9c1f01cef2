//! Seal a bid on a project: the marketplace's checks first (so no approval goes out for a bid it would
//! refuse), then an ANKR approval for the bond top-up when the allowance is short. The salt is stored,
//! encrypted, before anything is sent.

use alloy::{
    primitives::{Address, B256, U256},
    sol_types::SolError,
};
use stkr_core::{
    Error, Result,
    batch::Batch,
    bindings::{AnkrToken, Marketplace, ProviderRegistry},
    revert,
    sealed::{self, BidRecord, Secret},
    tx::{Allowance, Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, refuse, with_approval};

/// The sentence of a marketplace error, as the CLI words it.
fn sentence(error: impl SolError) -> Error {
    Error::Simulation(revert::decode(&error.abi_encode()).unwrap_or_else(|| "the contract would refuse".into()))
}

/// What the checks read: the project's bond and the ANKR the marketplace may take now.
struct Checked {
    bid_bond: U256,
    top_up: U256,
    allowance: U256,
}

/// The marketplace's own checks: the ceiling, a qualified provider with the capacity, no sealed bid yet.
async fn check(actor: &Actor, project: u64, price: U256) -> Result<Checked> {
    let (c, from) = (&actor.contracts, actor.from);
    let id = U256::from(project);
    let mut batch = Batch::new();
    let project_slot = batch.add(c.marketplace, Marketplace::getProjectCall { projectId: id });
    let bond = batch.add(c.marketplace, Marketplace::bondOfCall { bidder: from });
    let allowance = batch.add(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.marketplace });
    let committed = batch.add(c.marketplace, Marketplace::commitmentForCall { projectId: id, bidder: from });
    let qualified = batch.add(c.provider_registry, ProviderRegistry::isQualifiedCall { provider: from });
    let capacity = batch.add(c.provider_registry, ProviderRegistry::capacityOfCall { provider: from });
    let r = batch.run(&actor.chain, c.multicall3).await?;
    let p = r.get(project_slot)?;
    if price > U256::from(p.fixedPrice) {
        return Err(sentence(Marketplace::MarketBidAboveCeiling { price, fixedPrice: U256::from(p.fixedPrice) }));
    }
    // Checked before an approval goes out for a bid the marketplace would refuse.
    if !r.get(qualified)? {
        return Err(refuse(format!("{from} is not a qualified provider right now, so it may not bid")));
    }
    let (has, need) = (r.get(capacity)?, &p.resources);
    if has.cpuCores < need.cpuCores
        || has.ramGb < need.ramGb
        || has.storageGb < need.storageGb
        || has.bandwidthMbps < need.bandwidthMbps
    {
        return Err(sentence(Marketplace::MarketNotEligible { bidder: from }));
    }
    if r.get(committed)? != B256::ZERO {
        return Err(refuse(format!("{from} already sealed a bid on project {project}")));
    }
    let bid_bond = U256::from(p.bidBond);
    Ok(Checked { bid_bond, top_up: bid_bond.saturating_sub(r.get(bond)?.free), allowance: r.get(allowance)? })
}

/// The record of a new sealed bid of `secret` by `from`.
fn record(actor: &Actor, project: u64, from: Address, secret: &Secret) -> BidRecord {
    BidRecord {
        chain_id: actor.chain.chain_id,
        marketplace: actor.contracts.marketplace,
        project_id: project,
        bidder: from,
        commitment: sealed::commitment_of(project, from, secret),
        created_at: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default(),
    }
}

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, project: u64, price: U256) -> Result<Draft> {
    let c = &actor.contracts;
    let checked = check(actor, project, price).await?;
    let secret = Secret::new(price);
    let record = record(actor, project, actor.from, &secret);
    let label = format!("seal a bid on project {project}");
    let commit = request(
        c.marketplace,
        Marketplace::commitBidCall { projectId: U256::from(project), commitment: record.commitment },
    );
    let summary = format!(
        "Seal a bid of {} ANKR on project {project}; it locks a bond of {} ANKR. The salt is kept, \
         encrypted, in the data dir for the reveal.",
        format_amount(price),
        format_amount(checked.bid_bond)
    );
    let allowance =
        Allowance { token: c.ankr_token, spender: c.marketplace, needed: checked.top_up, current: checked.allowance };
    let steps = with_approval(tx, allowance, "marketplace", label, commit).await?;
    Ok(Draft { seal: Some((record, secret)), ..Draft::new(summary, steps) })
}
