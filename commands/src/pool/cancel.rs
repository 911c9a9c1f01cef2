//! `stkr pool cancel`: a pending pool cancelled; stakers unstake, the provider claims its ETH back.

use alloy::primitives::U256;
use eyre::Result;
use stkr_core::{
    batch::Batch,
    bindings::MicroPool,
    pool::{check_cancel, read_pool},
    receipt::event,
    tx::request,
    units::{AmountView, format_amount},
};

use crate::Context;

/// `stkr pool cancel`: its provider at any time, anyone once its end time has passed.
pub(super) async fn run(ctx: &Context, id: u64) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let (pool, _, _) = read_pool(chain, contracts, id, Batch::new()).await?;
    check_cancel(&pool)?;
    let tx = ctx.transactor(chain, from);
    let Some(receipt) = tx
        .send(
            format!("cancel pool {id}"),
            request(contracts.micro_pool, MicroPool::cancelCall { poolId: U256::from(id) }),
        )
        .await?
    else {
        return Ok(());
    };
    let cancelled = event::<MicroPool::PoolCancelled>(&receipt, contracts.micro_pool)?;
    let mut report = super::report::report_after(chain, contracts, "cancel", id, &receipt).await?;
    report.provider_eth = Some(AmountView::eth(cancelled.providerRefund));
    report.lines = vec![
        ("cancelled", format!("pool {id}")),
        (
            "provider refund",
            format!("{} ETH, withdrawn by the provider with `stkr claim`", format_amount(cancelled.providerRefund)),
        ),
        ("stakers", format!("take their ETH and fees back with `stkr unstake --pool {id}`")),
    ];
    ctx.out.result(&report)?;
    Ok(())
}
