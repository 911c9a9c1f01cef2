//! Settle an ended pool from what its vault holds: core's `check_settle` (the CLI's rule and sentences)
//! on what `VaultFacts::read` found. Anyone may; governance only adds the failure path.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    bindings::MicroPool,
    pool::{VaultFacts, check_settle},
    tx::{Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, Step};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, pool: u64) -> Result<Draft> {
    let c = &actor.contracts;
    let facts = VaultFacts::read(&actor.chain, c, pool).await?;
    let kind = check_settle(&facts.pool, facts.vault_balance, facts.now, actor.from, Some(facts.governance))?;
    let summary = format!(
        "Pool {pool}'s vault {} holds {} ETH: settling splits it as the contract's rule says — insurance, rewards for the stakers, the provider's share, and principal that aETH redeems.",
        facts.vault,
        format_amount(facts.vault_balance)
    );
    let call = request(c.micro_pool, MicroPool::settleCall { poolId: U256::from(pool) });
    Ok(Draft::new(summary, vec![Step::Ready(tx.prepare(kind.label(pool), call).await?)]))
}
