//! `stkr project complete`: the provider completes a running project, pre-checked by core's rule.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::{AnkrToken, Marketplace},
    market::{CompleteFacts, check_complete, read_project},
    output::{Render, Style, rows},
    receipt::event,
    tx::request,
    units::{AmountView, format_amount},
};

use crate::{
    Context,
    market::{PayoutView, send_with_allowance},
};

/// A completed project and its split.
#[derive(Debug, Serialize)]
pub(super) struct CompleteReport {
    /// The project.
    pub project_id: u64,
    /// The provider that completed it.
    pub provider: Address,
    /// The profit X deposited.
    pub profit: AmountView,
    /// How FP + X was split (§3.4.7).
    pub payout: PayoutView,
    /// The ANKR the marketplace was approved to take first, when the allowance was short.
    pub approved: Option<AmountView>,
    /// The completing transaction.
    pub tx_hash: String,
}

impl Render for CompleteReport {
    fn render(&self, style: &Style) -> String {
        [
            style.good(&format!("Completed project {} with a profit of {}.", self.project_id, self.profit)),
            rows(
                style,
                &[
                    ("to the provider", self.payout.provider.to_string()),
                    ("to the reward pool", self.payout.reward_pool.to_string()),
                    ("to the insurance pool", self.payout.insurance_pool.to_string()),
                    ("to the requester", self.payout.requester.to_string()),
                    ("transaction", self.tx_hash.clone()),
                ],
            ),
        ]
        .join("\n")
    }
}

pub(super) async fn complete(ctx: &Context, id: u64, profit: U256) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let mut batch = Batch::new();
    let balance = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account: from });
    let allowance =
        batch.add(contracts.ankr_token, AnkrToken::allowanceCall { owner: from, spender: contracts.marketplace });
    let (loaded, answers) = read_project(&chain, &contracts, id, batch).await?;
    let p = &loaded.project;
    let (balance, allowance) = (answers.get(balance)?, answers.get(allowance)?);
    check_complete(&CompleteFacts {
        completer: from,
        id,
        status: loaded.status(),
        provider: p.provider,
        ends_at: loaded.ends_at(),
        now: loaded.now,
        balance,
        profit,
    })?;
    let mut batch = Batch::new();
    let expected = batch.add(
        contracts.marketplace,
        Marketplace::payoutForCall { fixedPrice: loaded.fixed_price(), price: U256::from(p.price), profit },
    );
    let expected = batch.run(&chain, contracts.multicall3).await?.get(expected)?;
    ctx.out.status(format!(
        "Completing project {id} with a profit of {} ANKR splits as: {}.",
        format_amount(profit),
        PayoutView::of(&expected)
    ));
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::completeCall { projectId: U256::from(id), profit });
    let label = format!("complete project {id} with a profit of {} ANKR", format_amount(profit));
    let Some(receipt) =
        send_with_allowance(&ctx.out, &tx, &contracts, allowance, profit, label, request, || Ok(())).await?
    else {
        return Ok(());
    };
    let done: Marketplace::ProjectCompleted = event(&receipt, contracts.marketplace)?;
    ctx.out.result(&CompleteReport {
        project_id: id,
        provider: from,
        profit: AmountView::ankr(done.profit),
        payout: PayoutView::new(done.toProvider, done.toRewardPool, done.toInsurancePool, done.toRequester),
        approved: (allowance < profit).then(|| AmountView::ankr(profit)),
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}
