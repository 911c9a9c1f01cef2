//! Stake ETH in a pending pool: core's `check_pool_stake` (the CLI's checks and sentences), then an ANKR
//! approval for the fee when the allowance is short.

use alloy::{network::TransactionBuilder, primitives::U256};
use stkr_core::{
    Result,
    batch::Batch,
    bindings::{AnkrToken, MicroPool},
    pool::read_pool,
    stake::{Means, check_pool_stake},
    tx::{Allowance, Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, with_approval};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, pool: u64, amount: U256) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let mut batch = Batch::new();
    let means = Means::add(&mut batch, c, from);
    let allowance = batch.add(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.micro_pool });
    let (state, now, r) = read_pool(&actor.chain, c, pool, batch).await?;
    let means = means.read(&r)?;
    let fee = check_pool_stake(&state, now, amount, means)?;
    let allowance = Allowance { token: c.ankr_token, spender: c.micro_pool, needed: fee, current: r.get(allowance)? };
    let (amount_text, fee_text) = (format_amount(amount), format_amount(fee));
    let label = format!("stake {amount_text} ETH in pool {pool} (fee {fee_text} ANKR)");
    let stake = request(c.micro_pool, MicroPool::stakeCall { poolId: U256::from(pool) }).with_value(amount);
    let summary = format!(
        "Stake {amount_text} ETH in pool {pool}: you receive {amount_text} aETH and pay a fee of {fee_text} ANKR."
    );
    Ok(Draft::new(summary, with_approval(tx, allowance, "micro-pool contract", label, stake).await?))
}
