//! Take the whole stake out of a pool that has not activated: core's `check_pool_unstake` (the CLI's
//! checks and sentences) on what `PoolUnstakeFacts::read` found.

use alloy::primitives::{U256, Uint};
use stkr_core::{
    Result,
    bindings::MicroPool,
    stake::{PoolUnstakeFacts, check_pool_unstake},
    tx::{Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, Step};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, pool: u64) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let facts = PoolUnstakeFacts::read(&actor.chain, c, from, pool).await?;
    let unstake = check_pool_unstake(&facts, None)?;
    let amount = format_amount(unstake.amount);
    let label = format!("unstake {amount} ETH from pool {pool}");
    let unstake_request = request(
        c.micro_pool,
        MicroPool::unstakeCall { poolId: U256::from(pool), amount: Uint::<96, 2>::saturating_from(unstake.amount) },
    );
    let summary = format!(
        "Take {amount} ETH back from pool {pool}: {amount} aETH is burned and {} ANKR of your fee comes back.",
        format_amount(unstake.fee_refund)
    );
    Ok(Draft::new(summary, vec![Step::Ready(tx.prepare(label, unstake_request).await?)]))
}
