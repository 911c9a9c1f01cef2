//! `stkr pool settle`, `stkr pool exit` and `stkr pool cover-loss`: what anyone may do once a pool has
//! ended — force its validator's exit through EIP-7002, settle it from what its vault holds — and closing
//! an uncovered loss.

use alloy::{
    network::TransactionBuilder,
    primitives::{B256, U256},
};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    bindings::MicroPool,
    output::{Render, Style, rows},
    pool::{self, VaultFacts, check_exit, check_settle},
    receipt::event,
    redeem::{CoverFacts, check_cover},
    tx::request,
    units::{AmountView, format_amount},
};

use crate::Context;

/// `stkr pool settle`: split what the pool's vault holds, as the contract's rule says.
pub(super) async fn run(ctx: &Context, id: u64) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let facts = VaultFacts::read(chain, contracts, id).await?;
    let kind = check_settle(&facts.pool, facts.vault_balance, facts.now, from, Some(facts.governance))?;
    ctx.out.status(format!(
        "Pool {id}'s vault {} holds {} ETH; this splits it.",
        facts.vault,
        format_amount(facts.vault_balance)
    ));
    let tx = ctx.transactor(chain, from);
    let call = request(contracts.micro_pool, MicroPool::settleCall { poolId: U256::from(id) });
    let Some(receipt) = tx.send(kind.label(id), call).await? else {
        return Ok(());
    };
    let settled = event::<MicroPool::PoolSettled>(&receipt, contracts.micro_pool)?;
    let mut report = super::report::report_after(chain, contracts, "settle", id, &receipt).await?;
    report.lines = vec![
        ("returned", format!("{} ETH from the vault", format_amount(settled.returned))),
        ("insurance pool", format!("{} ETH", format_amount(settled.toInsurance))),
        ("reward pool", format!("{} ETH", format_amount(settled.toRewardPool))),
        ("compensation", format!("{} ETH from the insurance pool", format_amount(settled.compensation))),
        ("rewards", format!("{} ETH per staked ETH, claimed with `stkr claim`", format_amount(settled.rewardPerEth))),
        ("provider", format!("{} ETH to claim", format_amount(settled.providerPayout))),
        ("principal", "redeemed 1:1 by whoever holds the aETH: `stkr redeem`".to_string()),
    ];
    ctx.out.result(&report)?;
    Ok(())
}

/// `stkr pool exit`: the pool's vault asks the execution layer to exit its validator.
pub(super) async fn exit(ctx: &Context, id: u64) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let facts = VaultFacts::read(chain, contracts, id).await?;
    check_exit(&facts.pool, facts.now, from)?;
    let deployment = ctx.deployment(chain).await?;
    let Some(pubkey) = pool::validator_pubkey(chain, contracts, id, deployment.deploy_block).await? else {
        return Err(eyre::eyre!("pool {id}'s activation event is not on this node; its validator's pubkey is unknown"));
    };
    let fee = MicroPool::new(contracts.micro_pool, &chain.provider)
        .exitFee()
        .call()
        .await
        .map_err(|e| stkr_core::Error::Simulation(format!("reading the EIP-7002 exit fee: {e}")))?;
    // The queue's fee can rise within a block; what is not needed comes back.
    let value = fee.saturating_mul(U256::from(2));
    ctx.out
        .status(format!("Requesting the exit of pool {id}'s validator {pubkey} (fee {fee} wei, the rest refunded)."));
    let tx = ctx.transactor(chain, from);
    let call =
        request(contracts.micro_pool, MicroPool::requestExitCall { poolId: U256::from(id), pubkey: pubkey.clone() })
            .with_value(value);
    let Some(receipt) = tx.send(format!("request the exit of pool {id}'s validator"), call).await? else {
        return Ok(());
    };
    let requested = event::<MicroPool::PoolExitRequested>(&receipt, contracts.micro_pool)?;
    let mut report = super::report::report_after(chain, contracts, "exit", id, &receipt).await?;
    report.validator_pubkey = Some(pubkey.to_string());
    report.lines = vec![
        ("exit requested", format!("validator {pubkey}, from vault {}", facts.vault)),
        ("fee", format!("{} wei", requested.fee)),
        ("next", format!("once the exit reaches the vault, anyone settles: `stkr pool settle {id}`")),
    ];
    ctx.out.result(&report)?;
    Ok(())
}

/// `stkr pool cover-loss`: the insurance pool, then the ETH sent, make up aETH's uncovered loss.
pub(super) async fn cover_loss(ctx: &Context, eth: U256) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let facts = CoverFacts::read(chain, contracts).await?;
    let (from_insurance, from_sent) = check_cover(&facts, eth)?;
    ctx.out.status(format!(
        "aETH carries {} ETH of uncovered loss: the insurance pool makes up {} ETH and you {} ETH{}.",
        format_amount(facts.loss),
        format_amount(from_insurance),
        format_amount(from_sent),
        if eth > from_sent { " (the rest of what you send comes back)" } else { "" }
    ));
    let tx = ctx.transactor(chain, from);
    let call = request(contracts.micro_pool, MicroPool::coverLossCall {}).with_value(from_sent);
    let Some(receipt) = tx.send("cover the uncovered loss".to_string(), call).await? else {
        return Ok(());
    };
    let covered = event::<MicroPool::LossCovered>(&receipt, contracts.micro_pool)?;
    ctx.out.result(&CoverReport {
        covered: AmountView::eth(covered.amount),
        from_insurance: AmountView::eth(covered.fromInsurance),
        left: AmountView::eth(facts.loss.saturating_sub(covered.amount)),
        transaction: receipt.transaction_hash,
    })?;
    Ok(())
}

/// What `cover-loss` did.
#[derive(Debug, Serialize)]
struct CoverReport {
    covered: AmountView,
    from_insurance: AmountView,
    left: AmountView,
    transaction: B256,
}

impl Render for CoverReport {
    fn render(&self, style: &Style) -> String {
        let stakes = if self.left.wei == "0" { "stakes are taken again" } else { "stakes wait until it is closed" };
        rows(
            style,
            &[
                ("covered", format!("{} ({} from the insurance pool)", self.covered, self.from_insurance)),
                ("still open", format!("{}: {stakes}", self.left)),
                ("transaction", self.transaction.to_string()),
            ],
        )
    }
}
