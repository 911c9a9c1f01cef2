//! Take the whole stake out of a pending pool.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    batch::Batch,
    bindings::MicroPool,
    tx::{Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, Step, refuse};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, pool: u64) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let id = U256::from(pool);
    let mut batch = Batch::new();
    let stake = batch.add(c.micro_pool, MicroPool::getStakeCall { poolId: id, staker: from });
    let stake = batch.run(&actor.chain, c.multicall3).await?.get(stake)?;
    if stake.principal == 0 {
        return Err(refuse(format!("{from} has no stake in pool {pool}")));
    }
    let amount = format_amount(U256::from(stake.principal));
    let label = format!("unstake {amount} ETH from pool {pool}");
    let unstake = request(c.micro_pool, MicroPool::unstakeCall { poolId: id, amount: stake.principal });
    let summary =
        format!("Take {amount} ETH back from pool {pool}; {amount} aETH is burned and the fee is not refunded.");
    Ok(Draft::new(summary, vec![Step::Ready(tx.prepare(label, unstake).await?)]))
}
