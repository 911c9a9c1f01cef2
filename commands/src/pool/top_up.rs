//! `stkr pool top-up`: a provider adds ETH of its own to its pending pool.

use alloy::{network::TransactionBuilder, primitives::U256};
use eyre::Result;
use stkr_core::{
    Error,
    batch::Batch,
    bindings::MicroPool,
    pool::{check_top_up, read_pool},
    receipt::event,
    tx::request,
    units::{AmountView, format_amount},
};

use crate::Context;

/// `stkr pool top-up`: more of the provider's own ETH in its pending pool.
pub(super) async fn run(ctx: &Context, id: u64, amount: U256) -> Result<()> {
    if amount.is_zero() {
        return Err(Error::InvalidInput("the amount must be more than zero".into()).into());
    }
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let (pool, _, _) = read_pool(chain, contracts, id, Batch::new()).await?;
    check_top_up(&pool)?;
    let tx = ctx.transactor(chain, from);
    let label = format!("add {} ETH to pool {id}", format_amount(amount));
    let call = MicroPool::addProviderStakeCall { poolId: U256::from(id) };
    let Some(receipt) = tx.send(label, request(contracts.micro_pool, call).with_value(amount)).await? else {
        return Ok(());
    };
    let added = event::<MicroPool::ProviderStakeAdded>(&receipt, contracts.micro_pool)?;
    let mut report = super::report::report_after(chain, contracts, "top-up", id, &receipt).await?;
    report.provider_eth = Some(AmountView::eth(added.amount));
    report.lines = vec![("added", format!("{} ETH to pool {id}", format_amount(added.amount)))];
    ctx.out.result(&report)?;
    Ok(())
}
