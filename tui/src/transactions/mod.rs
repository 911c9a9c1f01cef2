//! Transactions from the dashboard through the one flow of `stkr_core::tx`: each intent (one module
//! each) is checked and simulated into a plan (gas, value, fees) for the confirmation dialog, then sent
//! step by step until the receipts, with reverts as the CLI's plain sentences. The dialog is the flow's
//! front end ([`Dialog`]): a plan is approved once the user has confirmed it there.

mod bid;
mod claim;
mod redeem;
mod register_node;
mod reveal;
mod settle_pool;
mod stake_pool;
mod stake_sidecar;
mod unstake_pool;
mod unstake_sidecar;
mod vote;

use alloy::{
    primitives::{Address, U256},
    rpc::types::TransactionRequest,
};
use stkr_core::{
    Error, Result,
    accounts::Passphrase,
    chain::Chain,
    deploy::Contracts,
    dirs::DataDir,
    sealed::{self, BidRecord, Secret},
    tx::{self, Allowance, Prepared, Transactor, TxOptions, format_gwei},
    units::format_amount,
};

use crate::{
    app::{Intent, PlanView},
    confirm::Dialog,
};

/// An unlocked account that sends the dashboard's transactions.
#[derive(Debug)]
pub struct Actor {
    /// The chain, signing as `from`.
    pub chain: Chain,
    /// The account.
    pub from: Address,
    /// Its name, for messages.
    pub account: String,
    /// Its passphrase: sealed bids are encrypted with it.
    pub passphrase: Passphrase,
    /// The deployment.
    pub contracts: Contracts,
    /// The data dir, where sealed bids are kept.
    pub data: DataDir,
    /// Fee, gas and nonce options from the command line.
    pub options: TxOptions,
}

/// One transaction of a plan.
#[derive(Debug)]
enum Step {
    /// Simulated, gas known.
    Ready(Prepared),
    /// Can only be simulated once the step before is mined (it spends what an approval allows).
    Later { label: String, request: TransactionRequest },
}

/// What one intent drafted: the sentence for the dialog, its transactions, and what to keep on disk.
#[derive(Debug)]
struct Draft {
    summary: String,
    steps: Vec<Step>,
    /// A sealed bid to store before anything is sent, so its reveal never lacks the salt.
    seal: Option<(BidRecord, Secret)>,
    /// A revealed bid whose files are spent once the reveal is mined.
    revealed: Option<u64>,
}

impl Draft {
    fn new(summary: String, steps: Vec<Step>) -> Self {
        Self { summary, steps, seal: None, revealed: None }
    }
}

/// A simulated plan, kept by the runtime between the confirmation and the sending.
#[derive(Debug)]
pub struct Plan {
    steps: Vec<Step>,
    /// What the dialog showed and the user confirmed: the simulated steps, follow-ups and fee range.
    shown: tx::Plan,
    seal: Option<(BidRecord, Secret)>,
    revealed: Option<u64>,
}

impl Actor {
    fn transactor<'a>(&'a self, dialog: &'a Dialog) -> Transactor<'a> {
        Transactor::new(&self.chain, self.from, dialog).with_options(self.options)
    }

    /// Check and simulate `intent`: the plan to keep and what the confirmation dialog shows.
    pub async fn simulate(&self, intent: &Intent) -> Result<(Plan, PlanView)> {
        // Nothing is confirmed yet: the dialog is about to show the plan.
        let dialog = Dialog::unconfirmed();
        let tx = self.transactor(&dialog);
        let draft = match intent {
            Intent::StakePool { pool, amount } => stake_pool::draft(self, &tx, *pool, *amount).await?,
            Intent::UnstakePool { pool } => unstake_pool::draft(self, &tx, *pool).await?,
            Intent::StakeSidecar { node, amount } => stake_sidecar::draft(self, &tx, *node, *amount).await?,
            Intent::UnstakeSidecar { node } => unstake_sidecar::draft(self, &tx, *node).await?,
            Intent::Claim => claim::draft(self, &tx).await?,
            Intent::SettlePool { pool } => settle_pool::draft(self, &tx, *pool).await?,
            Intent::Redeem => redeem::draft(self, &tx).await?,
            Intent::Vote { proposal, support } => vote::draft(self, &tx, *proposal, *support).await?,
            Intent::Bid { project, price } => bid::draft(self, &tx, *project, *price).await?,
            Intent::Reveal { project } => reveal::draft(self, &tx, *project).await?,
            Intent::RegisterNode { sidecar, probe_url, capacity } => {
                register_node::draft(self, &tx, *sidecar, probe_url, *capacity).await?
            }
        };
        let Draft { summary, steps, seal, revealed } = draft;
        let shown = planned(&tx, &steps).await?;
        let view = PlanView { summary, steps: steps.iter().map(step_view).collect(), fees: fees(&shown) };
        Ok((Plan { steps, shown, seal, revealed }, view))
    }

    /// Send `plan` in order, calling `progress` as each step goes out; what happened, line by line.
    /// It is only called once the user confirmed the plan in the dialog.
    pub async fn send(&self, plan: Plan, progress: impl Fn(String)) -> Result<Vec<String>> {
        let dialog = Dialog::confirmed();
        let tx = self.transactor(&dialog);
        tx.approve(&plan.shown)?;
        if let Some((record, secret)) = &plan.seal {
            let path = sealed::store(&self.data, record, secret, &self.passphrase)?;
            tracing::info!("sealed bid stored in {}", path.display());
        }
        let mut done: Vec<String> = Vec::new();
        for step in plan.steps {
            let prepared = match step {
                Step::Ready(prepared) => prepared,
                Step::Later { label, request } => {
                    progress(format!("{label}: simulating"));
                    tx.prepare(label, request).await.map_err(|e| went_through(&done, e))?
                }
            };
            let label = prepared.label.clone();
            progress(format!("{label}: waiting for the receipt"));
            let receipt = tx.submit(prepared).await.map_err(|e| went_through(&done, e))?;
            tracing::info!("{label}: mined in block {:?} as {}", receipt.block_number, receipt.transaction_hash);
            done.push(format!(
                "{label}: block {} ({})",
                receipt.block_number.unwrap_or_default(),
                receipt.transaction_hash
            ));
        }
        if let Some(project) = plan.revealed {
            sealed::remove_all(&self.data, self.chain.chain_id, project, self.from);
        }
        Ok(done)
    }
}

/// `request`, preceded by core's ANKR approval (`Allowance::approve_request`) when the allowance is short;
/// the request itself is then a follow-up, simulated once the approval is mined. The dialog cannot use
/// `Transactor::approve_then` itself: that confirms and sends in one go, while the dialog shows the plan,
/// hands the screen back, and sends only after the user's answer, from another task.
async fn with_approval(
    tx: &Transactor<'_>,
    allowance: Allowance,
    spender_name: &str,
    label: String,
    request: TransactionRequest,
) -> Result<Vec<Step>> {
    if !allowance.is_short() {
        return Ok(vec![Step::Ready(tx.prepare(label, request).await?)]);
    }
    let approve_label = format!("approve {} ANKR for the {spender_name}", format_amount(allowance.needed));
    let approval = tx.prepare(approve_label, allowance.approve_request()).await?;
    Ok(vec![Step::Ready(approval), Step::Later { label, request }])
}

/// The core plan of `steps` (the simulated ones, then the later ones by label), fee range included.
async fn planned(tx: &Transactor<'_>, steps: &[Step]) -> Result<tx::Plan> {
    let mut ready = Vec::new();
    let mut later = Vec::new();
    for step in steps {
        match step {
            Step::Ready(prepared) => ready.push(prepared.clone()),
            Step::Later { label, .. } => later.push(label.as_str()),
        }
    }
    tx.plan(&ready, &later).await
}

/// The likely and the highest fee of a plan's simulated steps, in words.
fn fees(plan: &tx::Plan) -> String {
    let later = if plan.then.is_empty() { "" } else { " (plus the later step)" };
    format!(
        "fees ~{}, at most {}{later} · max fee {} gwei, tip {} gwei",
        eth_or_gwei(plan.fees.likely),
        eth_or_gwei(plan.fees.most),
        format_gwei(plan.fees.max_fee_per_gas),
        format_gwei(plan.fees.tip)
    )
}

/// A fee for people: ETH from a thousandth up, else gwei to three decimals (`25.708 gwei`).
fn eth_or_gwei(wei: U256) -> String {
    if wei >= U256::from(1_000_000_000_000_000u64) {
        return format!("{} ETH", crate::data::fmt_amount(wei));
    }
    // fmt_amount reads 18 decimals; a gwei has 9, so scale up by 10^9 first.
    let gwei = crate::data::fmt_amount(wei * U256::from(1_000_000_000u64));
    format!("{} gwei", gwei.trim_end_matches('…'))
}

/// An error after some steps were mined says which.
fn went_through(done: &[String], error: Error) -> Error {
    if done.is_empty() {
        return error;
    }
    Error::Other(format!("{error} (already mined: {})", done.join("; ")))
}

fn step_view(step: &Step) -> (String, Option<u64>, String) {
    match step {
        Step::Ready(p) => (p.label.clone(), Some(p.gas), format_amount(p.value)),
        Step::Later { label, request } => (label.clone(), None, format_amount(request.value.unwrap_or_default())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fees_read_in_gwei_until_they_are_worth_eth() {
        assert_eq!(eth_or_gwei(U256::from(25_708_271_328u64)), "25.7082 gwei");
        assert_eq!(eth_or_gwei(U256::from(3_000_000_000_000_000u64)), "0.003 ETH");
        assert_eq!(eth_or_gwei(U256::ZERO), "0 gwei");
    }
}
