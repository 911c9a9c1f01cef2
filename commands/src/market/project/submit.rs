//! `stkr project submit`: pay FP and open the project's auction.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    batch::Batch,
    bindings::{AnkrToken, Marketplace},
    output::{Render, Style, rows},
    provider::Resources as ResourcesView,
    receipt::event,
    time::utc,
    tx::request,
    units::{AmountView, format_amount},
};

use crate::{
    Context,
    market::{ResourceArgs, TimeView, now_slot, param_slot, send_with_allowance},
};

/// A submitted project.
#[derive(Debug, Serialize)]
pub(super) struct SubmitReport {
    /// The new project's id.
    pub project_id: u64,
    /// Who submitted and paid.
    pub requester: Address,
    /// What it needs.
    pub resources: ResourcesView,
    /// For how long.
    pub duration_days: u64,
    /// The fixed price paid into the marketplace.
    pub fixed_price: AmountView,
    /// Sealed bids are taken until then.
    pub commit_end: TimeView,
    /// Bids are revealed until then; the auction can be settled after.
    pub reveal_end: TimeView,
    /// The ANKR the marketplace was approved to take first, when the allowance was short.
    pub approved: Option<AmountView>,
    /// The submitting transaction.
    pub tx_hash: String,
}

impl Render for SubmitReport {
    fn render(&self, style: &Style) -> String {
        let id = self.project_id;
        [
            style.good(&format!("Submitted project {id}; its auction is open.")),
            rows(
                style,
                &[
                    ("resources", format!("{} for {} days", self.resources, self.duration_days)),
                    ("fixed price", format!("{} (paid)", self.fixed_price)),
                    ("sealed bids until", self.commit_end.to_string()),
                    ("reveals until", self.reveal_end.to_string()),
                    ("transaction", self.tx_hash.clone()),
                ],
            ),
            style.dim(&format!(
                "Follow it with `stkr project show {id}`; settle it after the reveals with `stkr auction settle {id}`."
            )),
        ]
        .join("\n")
    }
}

pub(super) async fn submit(ctx: &Context, args: &ResourceArgs) -> Result<()> {
    let resources = args.resources()?;
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let mut batch = Batch::new();
    let fixed = batch.add(
        contracts.marketplace,
        Marketplace::quoteCall { resources: resources.clone(), durationDays: U256::from(args.days) },
    );
    let commit = param_slot(&mut batch, &contracts, "auction-commit-period")?;
    let reveal = param_slot(&mut batch, &contracts, "auction-reveal-period")?;
    let balance = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account: from });
    let allowance =
        batch.add(contracts.ankr_token, AnkrToken::allowanceCall { owner: from, spender: contracts.marketplace });
    let now = now_slot(&mut batch, &contracts);
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let fixed = answers.get(fixed)?;
    let (balance, allowance, now) = (answers.get(balance)?, answers.get(allowance)?, answers.get(now)?.to::<u64>());
    let commit_period = answers.get(commit)?.saturating_to::<u64>();
    let commit_end = now + commit_period;
    let reveal_end = commit_end + answers.get(reveal)?.saturating_to::<u64>();
    if fixed.is_zero() {
        return Err(Error::InvalidInput(
            "these resources cost nothing at the current unit prices; ask for a resource that has a price".into(),
        )
        .into());
    }
    if balance < fixed {
        return Err(Error::Simulation(format!(
            "{from} holds {} ANKR but the fixed price is {} ANKR",
            format_amount(balance),
            format_amount(fixed)
        ))
        .into());
    }
    let view = ResourcesView::from(&resources);
    ctx.out.status(format!(
        "Project: {view} for {} days. Fixed price {} ANKR, paid now. Sealed bids until about {}, reveals until about {}.",
        args.days,
        format_amount(fixed),
        utc(commit_end),
        utc(reveal_end)
    ));
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(
        contracts.marketplace,
        Marketplace::submitCall { resources: resources.clone(), durationDays: args.days },
    );
    let label = format!("submit a project for {} ANKR", format_amount(fixed));
    let Some(receipt) =
        send_with_allowance(&ctx.out, &tx, &contracts, allowance, fixed, label, request, || Ok(())).await?
    else {
        return Ok(());
    };
    let submitted: Marketplace::ProjectSubmitted = event(&receipt, contracts.marketplace)?;
    // The block it was mined in opened the commit phase.
    let now = submitted.commitEnd.saturating_to::<u64>().saturating_sub(commit_period);
    ctx.out.result(&SubmitReport {
        project_id: submitted.projectId.saturating_to(),
        requester: submitted.requester,
        resources: ResourcesView::from(&submitted.resources),
        duration_days: submitted.durationDays.saturating_to(),
        fixed_price: AmountView::ankr(submitted.fixedPrice),
        commit_end: TimeView::at(submitted.commitEnd.saturating_to(), now),
        reveal_end: TimeView::at(submitted.revealEnd.saturating_to(), now),
        approved: (allowance < fixed).then(|| AmountView::ankr(fixed)),
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}
