//! The one transaction flow of stkr, shared by the CLI and the dashboard: simulate, plan (gas, value,
//! fee range), have the front end confirm the [`Plan`], send, wait for the receipt, and turn any revert
//! into a sentence. It prints and asks nothing itself: a [`TxFrontend`] does (the terminal for the CLI,
//! the confirmation dialog for the dashboard).

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, TxHash, U256},
    providers::Provider,
    rpc::types::{TransactionReceipt, TransactionRequest},
    sol_types::SolCall,
    transports::{RpcError, TransportErrorKind},
};

use serde::Serialize;

use crate::{
    Error, Result, bindings::AnkrToken, chain::Chain, output::Render, output::Style, revert, units::format_amount,
};

/// Fee and nonce control for every transaction (`--max-fee`, `--priority-fee`, `--gas-limit`, `--nonce`)
/// and `--unsigned`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TxOptions {
    /// The most to pay per gas, in wei.
    pub max_fee_per_gas: Option<u128>,
    /// The tip per gas, in wei.
    pub max_priority_fee_per_gas: Option<u128>,
    /// The gas limit, instead of the estimate plus headroom.
    pub gas_limit: Option<u64>,
    /// The nonce, to replace a stuck transaction.
    pub nonce: Option<u64>,
    /// Print the transaction instead of sending it.
    pub unsigned: bool,
}

/// A transaction printed by `--unsigned` for a multisig or an offline signer.
#[derive(Debug, Serialize)]
pub struct UnsignedTx {
    /// What it does.
    pub action: String,
    /// The chain id.
    pub chain_id: u64,
    /// The account it was simulated from.
    pub from: Address,
    /// The contract called.
    pub to: Option<Address>,
    /// The calldata, hex.
    pub data: String,
    /// The ETH sent, in wei.
    pub value: String,
    /// The gas limit it simulated with; null when it can only be simulated once the transactions before it
    /// in an [`UnsignedPlan`] are mined.
    pub gas_limit: Option<u64>,
    /// The nonce, when given with `--nonce`.
    pub nonce: Option<u64>,
}

impl UnsignedTx {
    fn gas_limit_text(&self) -> String {
        self.gas_limit.map(|g| g.to_string()).unwrap_or_else(|| "estimate after the step before".into())
    }
}

impl Render for UnsignedTx {
    fn render(&self, style: &Style) -> String {
        let to = self.to.map(|a| a.to_string()).unwrap_or_else(|| "(contract creation)".into());
        crate::output::rows(
            style,
            &[
                ("action", self.action.clone()),
                ("chain id", self.chain_id.to_string()),
                ("from", self.from.to_string()),
                ("to", to),
                ("value (wei)", self.value.clone()),
                ("gas limit", self.gas_limit_text()),
                ("data", self.data.clone()),
            ],
        )
    }
}

/// Several transactions printed by `--unsigned`, to be signed and sent in order.
#[derive(Debug, Serialize)]
pub struct UnsignedPlan {
    /// The transactions, in the order to send them.
    pub transactions: Vec<UnsignedTx>,
    /// What to mind.
    pub note: Option<String>,
}

impl Render for UnsignedPlan {
    fn render(&self, style: &Style) -> String {
        let mut blocks: Vec<String> = self
            .transactions
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(
                    "{}\n{}",
                    style.bold(&format!("{}. {}", i + 1, t.action)),
                    crate::output::rows(
                        style,
                        &[
                            ("chain id", t.chain_id.to_string()),
                            ("from", t.from.to_string()),
                            ("to", t.to.map(|a| a.to_string()).unwrap_or_default()),
                            ("value (wei)", t.value.clone()),
                            ("gas limit", t.gas_limit_text()),
                            ("data", t.data.clone()),
                        ]
                    )
                )
            })
            .collect();
        if let Some(note) = &self.note {
            blocks.push(note.clone());
        }
        blocks.join("\n\n")
    }
}

/// How long stkr waits for a sent transaction's receipt before saying so.
const RECEIPT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(300);

/// A transaction that simulated cleanly and knows its gas.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// What it does, for the confirmation and the spinner.
    pub label: String,
    /// The request, with gas limit set.
    pub request: TransactionRequest,
    /// The estimated gas.
    pub gas: u64,
    /// The ETH it sends.
    pub value: U256,
}

/// One simulated transaction of a [`Plan`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanStep {
    /// What it does.
    pub label: String,
    /// The estimated gas.
    pub gas: u64,
    /// The gas limit it is sent with.
    pub limit: u64,
    /// The ETH it sends.
    pub value: U256,
}

/// What a [`Plan`] may cost in fees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeRange {
    /// The likely fee: the estimated gas at the latest base fee plus the tip (capped by the max fee).
    pub likely: U256,
    /// The most it may cost: every gas limit at the max fee per gas.
    pub most: U256,
    /// The max fee per gas, in wei.
    pub max_fee_per_gas: u128,
    /// The tip per gas, in wei.
    pub tip: u128,
}

impl FeeRange {
    /// The range for `gas` estimated and `limit` allowed, at `base_fee`, `max_fee_per_gas` and `tip` per gas.
    pub fn new(gas: u64, limit: u64, base_fee: u128, max_fee_per_gas: u128, tip: u128) -> Self {
        let likely = U256::from(base_fee.saturating_add(tip).min(max_fee_per_gas)).saturating_mul(U256::from(gas));
        let most = U256::from(max_fee_per_gas).saturating_mul(U256::from(limit));
        Self { likely, most, max_fee_per_gas, tip }
    }
}

/// What is about to be sent, for the front end to confirm: the simulated steps, the follow-ups that can
/// only be simulated once they have been mined, the totals and the fee range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The sending account.
    pub from: Address,
    /// The chain id.
    pub chain_id: u64,
    /// The simulated transactions, in order.
    pub steps: Vec<PlanStep>,
    /// Follow-ups, simulated just before each is sent.
    pub then: Vec<String>,
    /// The estimated gas of the steps.
    pub total_gas: u64,
    /// The sum of their gas limits.
    pub total_limit: u64,
    /// The ETH they send.
    pub total_value: U256,
    /// What the steps may cost in fees.
    pub fees: FeeRange,
}

impl Plan {
    /// The plan of `prepared` then `then` from `from` on `chain_id`, at `base_fee`, `max_fee_per_gas` and
    /// `tip` per gas.
    pub fn new(
        from: Address,
        chain_id: u64,
        prepared: &[Prepared],
        then: &[&str],
        base_fee: u128,
        max_fee_per_gas: u128,
        tip: u128,
    ) -> Self {
        let steps: Vec<PlanStep> = prepared
            .iter()
            .map(|p| PlanStep {
                label: p.label.clone(),
                gas: p.gas,
                limit: p.request.gas.unwrap_or(p.gas),
                value: p.value,
            })
            .collect();
        let total_gas: u64 = steps.iter().map(|p| p.gas).sum();
        let total_limit: u64 = steps.iter().map(|p| p.limit).sum();
        let total_value = steps.iter().map(|p| p.value).fold(U256::ZERO, |a, b| a.saturating_add(b));
        Self {
            from,
            chain_id,
            steps,
            then: then.iter().map(|t| t.to_string()).collect(),
            total_gas,
            total_limit,
            total_value,
            fees: FeeRange::new(total_gas, total_limit, base_fee, max_fee_per_gas, tip),
        }
    }

    /// The plan in words, as the CLI shows it before asking: "About to send …", a line per step and
    /// follow-up, and the totals.
    pub fn describe(&self) -> String {
        // Every transaction that will be sent counts, the follow-ups simulated later too.
        let n = self.steps.len() + self.then.len();
        let mut lines = vec![format!(
            "About to send {n} transaction{} from {} on chain {}:",
            if n == 1 { "" } else { "s" },
            self.from,
            self.chain_id
        )];
        for p in &self.steps {
            let value =
                if p.value.is_zero() { String::new() } else { format!(", value {} ETH", format_amount(p.value)) };
            lines.push(format!("  - {} (gas ~{}{value})", p.label, p.gas));
        }
        for label in &self.then {
            lines.push(format!("  - then: {label} (simulated just before it is sent)"));
        }
        let total =
            if self.then.is_empty() { "total".to_string() } else { format!("total of the first {}", self.steps.len()) };
        lines.push(format!(
            "  {total}: gas ~{}, value {} ETH, fees {} to at most {} ETH (max fee {} gwei, tip {} gwei)",
            self.total_gas,
            format_amount(self.total_value),
            format_amount(self.fees.likely),
            format_amount(self.fees.most),
            format_gwei(self.fees.max_fee_per_gas),
            format_gwei(self.fees.tip),
        ));
        lines.join("\n")
    }
}

/// The front end of the transaction flow: it approves or refuses each [`Plan`] and hears how sending
/// goes. The CLI implements it on the terminal (`stkr_commands::output::Terminal`), the dashboard with
/// its confirmation dialog.
pub trait TxFrontend: Send + Sync {
    /// Approve `plan`, or refuse it: [`Error::Cancelled`] when the user says no,
    /// [`Error::NeedsConfirmation`] when no one can be asked.
    fn approve(&self, plan: &Plan) -> Result<()>;
    /// The transaction `label` is being sent; the guard hears its hash and is dropped once it is mined
    /// or failed.
    fn sending(&self, label: &str) -> Box<dyn Sending + '_>;
    /// The transaction `label` was mined in `block` as `hash`.
    fn mined(&self, label: &str, block: u64, hash: TxHash);
    /// Something the user must know even though the command fails.
    fn warn(&self, message: &str);
    /// Show a transaction `--unsigned` prepared instead of sending it.
    fn unsigned_tx(&self, tx: &UnsignedTx) -> Result<()>;
    /// Show transactions `--unsigned` prepared, to be sent in order.
    fn unsigned_plan(&self, plan: &UnsignedPlan) -> Result<()>;
}

/// A transaction on its way, from [`TxFrontend::sending`].
pub trait Sending: Send {
    /// It was sent as `hash`; its receipt is awaited.
    fn waiting(&self, hash: TxHash);
}

/// Sends transactions from one account on one chain, confirming through a [`TxFrontend`].
pub struct Transactor<'a> {
    chain: &'a Chain,
    from: Address,
    frontend: &'a dyn TxFrontend,
    options: TxOptions,
}

impl std::fmt::Debug for Transactor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transactor")
            .field("chain", &self.chain)
            .field("from", &self.from)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<'a> Transactor<'a> {
    /// A transactor for `from` whose plans `frontend` approves.
    pub fn new(chain: &'a Chain, from: Address, frontend: &'a dyn TxFrontend) -> Self {
        Self { chain, from, frontend, options: TxOptions::default() }
    }

    /// Apply fee, gas, nonce and `--unsigned` options.
    pub fn with_options(mut self, options: TxOptions) -> Self {
        self.options = options;
        self
    }

    /// Whether transactions are printed rather than sent.
    pub fn unsigned(&self) -> bool {
        self.options.unsigned
    }

    /// The sending account.
    pub fn from(&self) -> Address {
        self.from
    }

    /// The chain it sends on.
    pub fn chain(&self) -> &Chain {
        self.chain
    }

    /// Simulate `request` and estimate its gas; a revert becomes [`Error::Simulation`] and nothing is sent.
    pub async fn prepare(&self, label: impl Into<String>, request: TransactionRequest) -> Result<Prepared> {
        let request = request.with_from(self.from);
        let provider = &self.chain.provider;
        provider.call(request.clone()).await.map_err(|e| self.simulation_error(&e))?;
        let (gas, limit) = match self.options.gas_limit {
            Some(limit) => {
                // A limit below what the call uses would only burn the fee (or never be mined): refuse it.
                let needed = provider.estimate_gas(request.clone()).await.map_err(|e| self.simulation_error(&e))?;
                if limit < needed {
                    return Err(Error::InvalidInput(format!(
                        "--gas-limit {limit} is below the {needed} gas this transaction needs; raise it or leave it out"
                    )));
                }
                (limit, limit)
            }
            None => {
                let gas = provider.estimate_gas(request.clone()).await.map_err(|e| self.simulation_error(&e))?;
                // Headroom for state that moves between estimate and inclusion.
                (gas, gas.saturating_add(gas / 5))
            }
        };
        let value = request.value.unwrap_or_default();
        Ok(Prepared { label: label.into(), request: request.with_gas_limit(limit), gas, value })
    }

    /// Plan what will be sent and what it may cost, and have the front end approve it.
    pub async fn confirm(&self, plan: &[Prepared]) -> Result<()> {
        self.confirm_then(plan, &[]).await
    }

    /// Like [`confirm`](Self::confirm), naming follow-up transactions that can only be simulated once
    /// the plan has been sent (calls into contracts it creates).
    pub async fn confirm_then(&self, plan: &[Prepared], then: &[&str]) -> Result<()> {
        let plan = self.plan(plan, then).await?;
        self.approve(&plan)
    }

    /// The [`Plan`] of sending `prepared` and then `then`, with the fee range at the current fees.
    pub async fn plan(&self, prepared: &[Prepared], then: &[&str]) -> Result<Plan> {
        let (max_fee_per_gas, tip) = self.fees().await?;
        let base_fee = self
            .chain
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .map_err(|e| self.rpc_error(&e))?
            .and_then(|block| block.header.base_fee_per_gas)
            .map(u128::from)
            .unwrap_or(max_fee_per_gas);
        Ok(Plan::new(self.from, self.chain.chain_id, prepared, then, base_fee, max_fee_per_gas, tip))
    }

    /// Have the front end approve `plan`: an error when it refuses.
    pub fn approve(&self, plan: &Plan) -> Result<()> {
        self.frontend.approve(plan)
    }

    /// The max fee and tip per gas: the options when given, else the network's estimate.
    async fn fees(&self) -> Result<(u128, u128)> {
        let (max, tip) = (self.options.max_fee_per_gas, self.options.max_priority_fee_per_gas);
        if let (Some(max), Some(tip)) = (max, tip) {
            return Ok((max, tip.min(max)));
        }
        let estimate = self.chain.provider.estimate_eip1559_fees().await.map_err(|e| self.rpc_error(&e))?;
        let max = max.unwrap_or(estimate.max_fee_per_gas);
        Ok((max, tip.unwrap_or(estimate.max_priority_fee_per_gas).min(max)))
    }

    /// Send a prepared transaction and wait for its receipt; a failed receipt is an error.
    pub async fn submit(&self, prepared: Prepared) -> Result<TransactionReceipt> {
        if self.options.unsigned {
            return Err(Error::InvalidInput(
                "--unsigned prints one transaction; this command sends several, so run it without --unsigned".into(),
            ));
        }
        let mut request = prepared.request.clone();
        if self.options.max_fee_per_gas.is_some() || self.options.max_priority_fee_per_gas.is_some() {
            let (max, tip) = self.fees().await?;
            request = request.with_max_fee_per_gas(max).with_max_priority_fee_per_gas(tip);
        }
        if let Some(nonce) = self.options.nonce {
            request = request.with_nonce(nonce);
        }
        let sending = self.frontend.sending(&prepared.label);
        let pending = self.chain.provider.send_transaction(request).await.map_err(|e| match e {
            // The node refused it (nonce, fee, funds): a rejected transaction, not a network failure.
            RpcError::ErrorResp(payload) => Error::Rejected(payload.message.to_string()),
            other => self.rpc_error(&other),
        })?;
        let hash: TxHash = *pending.tx_hash();
        sending.waiting(hash);
        let receipt = pending.with_timeout(Some(RECEIPT_TIMEOUT)).get_receipt().await.map_err(|e| {
            Error::Rpc(format!(
                "{hash} was sent but no receipt came within {} s ({e}); it may still be mined: check it, or replace it with --nonce and a higher --max-fee",
                RECEIPT_TIMEOUT.as_secs()
            ))
        })?;
        drop(sending);
        if !receipt.status() {
            return Err(Error::Reverted {
                hash: hash.to_string(),
                reason: self.replay_reason(&prepared, &receipt).await,
            });
        }
        self.frontend.mined(&prepared.label, receipt.block_number.unwrap_or_default(), hash);
        Ok(receipt)
    }

    /// Prepare, confirm and submit one transaction. With `--unsigned` it prints the simulated
    /// transaction instead and returns `None`.
    pub async fn send(
        &self,
        label: impl Into<String>,
        request: TransactionRequest,
    ) -> Result<Option<TransactionReceipt>> {
        let prepared = self.prepare(label, request).await?;
        if self.options.unsigned {
            self.frontend.unsigned_tx(&self.unsigned_prepared(&prepared))?;
            return Ok(None);
        }
        self.confirm(std::slice::from_ref(&prepared)).await?;
        self.submit(prepared).await.map(Some)
    }

    /// `request` as `--unsigned` prints it; `gas_limit` is `None` when it cannot be simulated yet.
    pub fn unsigned_tx(&self, action: &str, request: &TransactionRequest, gas_limit: Option<u64>) -> UnsignedTx {
        UnsignedTx {
            action: action.to_string(),
            chain_id: self.chain.chain_id,
            from: self.from,
            to: request.to.and_then(|to| to.to().copied()),
            data: request.input.input().map(|d| d.to_string()).unwrap_or_else(|| "0x".into()),
            value: request.value.unwrap_or_default().to_string(),
            gas_limit,
            nonce: self.options.nonce,
        }
    }

    /// A simulated transaction as `--unsigned` prints it.
    pub fn unsigned_prepared(&self, prepared: &Prepared) -> UnsignedTx {
        self.unsigned_tx(&prepared.label, &prepared.request, Some(prepared.request.gas.unwrap_or(prepared.gas)))
    }

    /// Check and confirm sending `request`, preceded by an approval of `allowance.needed` ANKR when the
    /// allowance is short; [`ApprovalPlan::send`] then sends both. The request pulls what the approval
    /// allows, so it can only be simulated once the approval is mined: the plan names it as a follow-up,
    /// and it is simulated right before it is sent. With `--unsigned` and [`UnsignedApproval::ApprovalOnly`]
    /// the approval is printed here and nothing is left to send ([`ApprovalPlan::printed`]).
    pub async fn approve_then(
        &self,
        allowance: &Allowance,
        approve_label: impl Into<String>,
        label: impl Into<String>,
        request: TransactionRequest,
        when_unsigned: UnsignedApproval,
    ) -> Result<ApprovalPlan<'_, 'a>> {
        let mut plan =
            ApprovalPlan { tx: self, approval: None, label: label.into(), request, prepared: None, done: false };
        if !allowance.is_short() {
            // With --unsigned, `send` prepares and prints it.
            if !self.options.unsigned {
                let prepared = self.prepare(plan.label.as_str(), plan.request.clone()).await?;
                self.confirm(std::slice::from_ref(&prepared)).await?;
                plan.prepared = Some(prepared);
            }
            return Ok(plan);
        }
        let approval_only = self.options.unsigned && when_unsigned == UnsignedApproval::ApprovalOnly;
        if self.options.nonce.is_some() && !approval_only {
            return Err(Error::InvalidInput(format!(
                "--nonce sets one transaction's nonce, but this needs two (an ANKR approval, then: {}); drop --nonce, or approve first",
                plan.label
            )));
        }
        let approval = self.prepare(approve_label, allowance.approve_request()).await?;
        if approval_only {
            self.frontend.unsigned_tx(&self.unsigned_prepared(&approval))?;
            plan.done = true;
            return Ok(plan);
        }
        // With --unsigned there is nothing to confirm: `send` prints both.
        if !self.options.unsigned {
            let value = plan.request.value.unwrap_or_default();
            let then = if value.is_zero() {
                plan.label.clone()
            } else {
                format!("{}, value {} ETH", plan.label, format_amount(value))
            };
            self.confirm_then(std::slice::from_ref(&approval), &[then.as_str()]).await?;
        }
        plan.approval = Some((approval, allowance.needed));
        Ok(plan)
    }

    /// Why a mined transaction failed, found by replaying it at its block.
    async fn replay_reason(&self, prepared: &Prepared, receipt: &TransactionReceipt) -> String {
        let mut call = self.chain.provider.call(prepared.request.clone());
        if let Some(block) = receipt.block_number {
            call = call.block(block.saturating_sub(1).into());
        }
        match call.await {
            Err(e) => match self.simulation_error(&e) {
                Error::Simulation(reason) => reason,
                other => other.to_string(),
            },
            Ok(_) => "it ran out of gas or the state changed before it was mined".into(),
        }
    }

    fn simulation_error(&self, error: &RpcError<TransportErrorKind>) -> Error {
        match revert_reason_of(&self.chain.url, error) {
            Ok(reason) => Error::Simulation(reason),
            Err(e) => e,
        }
    }

    fn rpc_error(&self, error: &RpcError<TransportErrorKind>) -> Error {
        crate::chain::transport_error(&self.chain.url, error)
    }
}

/// The ANKR a transaction will pull with `transferFrom`, and what its spender may take now.
#[derive(Debug, Clone)]
pub struct Allowance {
    /// The ANKR token.
    pub token: Address,
    /// The contract that pulls it.
    pub spender: Address,
    /// What the transaction pulls.
    pub needed: U256,
    /// What the spender may take now.
    pub current: U256,
}

impl Allowance {
    /// Whether an approval has to come first.
    pub fn is_short(&self) -> bool {
        self.current < self.needed
    }

    /// The approval of exactly what is needed.
    pub fn approve_request(&self) -> TransactionRequest {
        request(self.token, AnkrToken::approveCall { spender: self.spender, value: self.needed })
    }
}

/// What `--unsigned` prints when an approval has to come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsignedApproval {
    /// Both transactions as one [`UnsignedPlan`], the approval first.
    Both,
    /// The approval alone; the transaction itself waits for a second run once the approval is mined.
    ApprovalOnly,
}

/// What an approve-then-send sent.
#[derive(Debug)]
pub struct Sent {
    /// The transaction's receipt.
    pub receipt: TransactionReceipt,
    /// The approval sent first when the allowance was short: the ANKR approved and its receipt.
    pub approval: Option<(U256, TransactionReceipt)>,
}

impl Sent {
    /// The ANKR approved first, if the allowance was short.
    pub fn approved(&self) -> Option<U256> {
        self.approval.as_ref().map(|(amount, _)| *amount)
    }

    /// The transactions sent, in order: the approval (if any), then the transaction.
    pub fn transactions(&self) -> Vec<TxHash> {
        self.approval.iter().map(|(_, r)| r).chain([&self.receipt]).map(|r| r.transaction_hash).collect()
    }
}

/// An approve-then-send that has been checked and confirmed, from [`Transactor::approve_then`].
#[derive(Debug)]
pub struct ApprovalPlan<'t, 'a> {
    tx: &'t Transactor<'a>,
    /// The approval and the ANKR it approves, when the allowance is short.
    approval: Option<(Prepared, U256)>,
    label: String,
    request: TransactionRequest,
    /// The transaction itself, already simulated, when no approval comes first.
    prepared: Option<Prepared>,
    /// `--unsigned` printed the approval alone: nothing is left to send.
    done: bool,
}

impl ApprovalPlan<'_, '_> {
    /// Whether `--unsigned` already printed the approval alone, so that the transaction itself waits for
    /// a second run once the approval is mined.
    pub fn printed(&self) -> bool {
        self.done
    }

    /// Send the approval (if any) and then the transaction, or print them with `--unsigned`: `None`.
    pub async fn send(self) -> Result<Option<Sent>> {
        let Self { tx, approval, label, request, prepared, done } = self;
        if done {
            return Ok(None);
        }
        let Some((approval, approved)) = approval else {
            return match prepared {
                Some(prepared) => Ok(Some(Sent { receipt: tx.submit(prepared).await?, approval: None })),
                None => Ok(tx.send(label, request).await?.map(|receipt| Sent { receipt, approval: None })),
            };
        };
        if tx.unsigned() {
            tx.frontend.unsigned_plan(&UnsignedPlan {
                transactions: vec![tx.unsigned_prepared(&approval), tx.unsigned_tx(&label, &request, None)],
                note: Some(
                    "Send them in this order: the second pulls the ANKR the first approves, so it can only be simulated (and its gas estimated) once the first is mined."
                        .into(),
                ),
            })?;
            return Ok(None);
        }
        let approval = tx.submit(approval).await?;
        let prepared = match tx.prepare(label, request).await {
            Ok(prepared) => prepared,
            Err(e) => {
                tx.frontend.warn(&format!(
                    "the ANKR approval went through ({}), but the transaction it was for was not sent",
                    approval.transaction_hash
                ));
                return Err(e);
            }
        };
        let receipt = tx.submit(prepared).await?;
        Ok(Some(Sent { receipt, approval: Some((approved, approval)) }))
    }
}

/// A transaction calling `call` on `to`.
pub fn request(to: Address, call: impl SolCall) -> TransactionRequest {
    TransactionRequest::default().with_to(to).with_input(call.abi_encode())
}

/// Run `request` read-only as its `from` would (an `eth_call`): `None` when it would go through, else why
/// it would revert, in words. An endpoint that fails to answer is an error, not a reason.
pub async fn revert_reason(chain: &Chain, request: TransactionRequest) -> Result<Option<String>> {
    match chain.provider.call(request).await {
        Ok(_) => Ok(None),
        Err(e) => revert_reason_of(&chain.url, &e).map(Some),
    }
}

/// The revert reason in an endpoint's error answer; any other failure is the endpoint's own.
fn revert_reason_of(url: &str, error: &RpcError<TransportErrorKind>) -> Result<String> {
    match error {
        RpcError::ErrorResp(payload) => Ok(payload
            .as_revert_data()
            .and_then(|data| revert::decode(&data))
            .unwrap_or_else(|| payload.message.to_string())),
        other => Err(crate::chain::transport_error(url, other)),
    }
}

/// Wei per gas as gwei for people: `1.5`, `30`.
pub fn format_gwei(wei: u128) -> String {
    format_amount(U256::from(wei).saturating_mul(U256::from(1_000_000_000u64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prepared(label: &str, gas: u64, limit: u64, value: u64) -> Prepared {
        Prepared {
            label: label.into(),
            request: TransactionRequest::default().with_gas_limit(limit),
            gas,
            value: U256::from(value),
        }
    }

    #[test]
    fn the_fee_range_runs_from_the_likely_fee_to_every_limit_at_the_max_fee() {
        let steps = [prepared("approve", 40_000, 48_000, 0), prepared("stake", 60_000, 72_000, 5)];
        let gwei = 1_000_000_000u128;
        let plan = Plan::new(Address::ZERO, 31337, &steps, &["bid"], 10 * gwei, 30 * gwei, 2 * gwei);
        assert_eq!((plan.total_gas, plan.total_limit, plan.total_value), (100_000, 120_000, U256::from(5)));
        // Likely: (base 10 + tip 2) gwei for the estimated gas; most: the max fee for every limit.
        assert_eq!(plan.fees.likely, U256::from(12 * gwei * 100_000));
        assert_eq!(plan.fees.most, U256::from(30 * gwei * 120_000));
        // A base fee above the max fee is capped by it.
        let capped = Plan::new(Address::ZERO, 1, &steps, &[], 50 * gwei, 30 * gwei, 2 * gwei);
        assert_eq!(capped.fees.likely, U256::from(30 * gwei * 100_000));
        assert_eq!(plan.then, vec!["bid".to_string()]);
    }

    #[test]
    fn a_plan_reads_as_the_cli_shows_it() {
        let steps = [prepared("stake 1 ETH in pool 1", 21_000, 25_200, 1_000_000_000_000_000_000)];
        let gwei = 1_000_000_000u128;
        let plan = Plan::new(Address::ZERO, 31337, &steps, &[], gwei, 2 * gwei, gwei);
        let text = plan.describe();
        assert!(text.starts_with(&format!("About to send 1 transaction from {} on chain 31337:", Address::ZERO)));
        assert!(text.contains("  - stake 1 ETH in pool 1 (gas ~21000, value 1 ETH)"), "{text}");
        assert!(text.contains("  total: gas ~21000, value 1 ETH, fees "), "{text}");
    }

    #[test]
    fn the_count_includes_the_follow_ups_it_sends() {
        let steps = [prepared("register", 180_000, 216_000, 0), prepared("approve", 46_000, 55_200, 0)];
        let plan = Plan::new(Address::ZERO, 31337, &steps, &["deposit collateral"], 1, 2, 1);
        let text = plan.describe();
        assert!(text.starts_with(&format!("About to send 3 transactions from {}", Address::ZERO)), "{text}");
        assert!(text.contains("  - then: deposit collateral"), "{text}");
        assert!(text.contains("  total of the first 2: gas ~226000"), "{text}");
    }
}
