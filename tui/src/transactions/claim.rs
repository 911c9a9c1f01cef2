//! Claim everything claimable, one transaction per place, from core's `claims::gather` — the rule
//! `stkr claim` follows, so pool claims whose aETH the account no longer holds are skipped here too.

use stkr_core::{
    Error, Result,
    claims::{Claim, ClaimKind, gather},
    tx::Transactor,
    units::format_amount,
};

use super::{Actor, Draft, Step};

/// The step's label for one claim.
fn label(claim: &Claim) -> String {
    let id = claim.pool_id.unwrap_or_default();
    let (eth, ankr) = (format_amount(claim.eth), format_amount(claim.ankr));
    let rewards = |place: &str| format!("claim {eth} ETH and {ankr} ANKR from {place}");
    match claim.kind {
        ClaimKind::Pool => format!("claim {eth} ETH from pool {id}"),
        ClaimKind::ProviderShare => format!("claim the provider's {eth} ETH from pool {id}"),
        ClaimKind::Refund => format!("withdraw a refund of {eth} ETH"),
        ClaimKind::StakerRewards => rewards("reward shares"),
        ClaimKind::SidecarRewards => rewards("sidecar stakes"),
        ClaimKind::GovernanceRewards => rewards("governance"),
    }
}

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>) -> Result<Draft> {
    let from = actor.from;
    let claims = gather(&actor.chain, &actor.contracts, from).await?;
    for reason in &claims.blocked {
        tracing::warn!("skipped {reason}");
    }
    if claims.items.is_empty() {
        let skipped = match claims.blocked.as_slice() {
            [] => String::new(),
            blocked => format!(" (skipped {})", blocked.join("; ")),
        };
        return Err(Error::InvalidInput(format!("{from} has nothing to claim right now{skipped}; nothing was sent")));
    }
    let (eth, ankr) = claims.total();
    let mut steps = Vec::with_capacity(claims.items.len());
    for claim in &claims.items {
        steps.push(Step::Ready(tx.prepare(label(claim), claim.request.clone()).await?));
    }
    let mut summary =
        format!("Claim {} ETH and {} ANKR in {} transaction(s).", format_amount(eth), format_amount(ankr), steps.len());
    if !claims.blocked.is_empty() {
        summary.push_str(&format!(" Skipped {}.", claims.blocked.join("; ")));
    }
    Ok(Draft::new(summary, steps))
}
