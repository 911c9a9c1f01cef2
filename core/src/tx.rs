//! The one transaction flow of stkr, shared by the CLI and the dashboard: simulate, show gas and value,
//! confirm, send, wait for the receipt with a spinner, and turn any revert into a sentence.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, TxHash, U256},
    providers::Provider,
    rpc::types::{TransactionReceipt, TransactionRequest},
    sol_types::SolCall,
    transports::{RpcError, TransportErrorKind},
};

use serde::Serialize;

use crate::{Error, Result, chain::Chain, output::Output, output::Render, output::Style, revert, units::format_amount};

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
    /// The gas limit it simulated with.
    pub gas_limit: u64,
    /// The nonce, when given with `--nonce`.
    pub nonce: Option<u64>,
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
                ("gas limit", self.gas_limit.to_string()),
                ("data", self.data.clone()),
            ],
        )
    }
}

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

/// Sends transactions from one account on one chain.
#[derive(Debug)]
pub struct Transactor<'a> {
    chain: &'a Chain,
    from: Address,
    out: &'a Output,
    yes: bool,
    options: TxOptions,
}

impl<'a> Transactor<'a> {
    /// A transactor for `from`; with `yes`, nothing is asked.
    pub fn new(chain: &'a Chain, from: Address, out: &'a Output, yes: bool) -> Self {
        Self { chain, from, out, yes, options: TxOptions::default() }
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
            Some(limit) => (limit, limit),
            None => {
                let gas = provider.estimate_gas(request.clone()).await.map_err(|e| self.simulation_error(&e))?;
                // Headroom for state that moves between estimate and inclusion.
                (gas, gas.saturating_add(gas / 5))
            }
        };
        let value = request.value.unwrap_or_default();
        Ok(Prepared { label: label.into(), request: request.with_gas_limit(limit), gas, value })
    }

    /// Show what will be sent and what it may cost, then ask (unless `--yes`).
    pub async fn confirm(&self, plan: &[Prepared]) -> Result<()> {
        self.confirm_then(plan, &[]).await
    }

    /// Like [`confirm`](Self::confirm), naming follow-up transactions that can only be simulated once
    /// the plan has been sent (calls into contracts it creates).
    pub async fn confirm_then(&self, plan: &[Prepared], then: &[&str]) -> Result<()> {
        let (max_fee_per_gas, priority) = self.fees().await?;
        let base_fee = self
            .chain
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .map_err(|e| self.rpc_error(&e))?
            .and_then(|block| block.header.base_fee_per_gas)
            .map(u128::from)
            .unwrap_or(max_fee_per_gas);
        let total_gas: u64 = plan.iter().map(|p| p.gas).sum();
        let total_limit: u64 = plan.iter().map(|p| p.request.gas.unwrap_or(p.gas)).sum();
        let total_value: U256 = plan.iter().map(|p| p.value).fold(U256::ZERO, |a, b| a.saturating_add(b));
        let likely_fee =
            U256::from(base_fee.saturating_add(priority).min(max_fee_per_gas)).saturating_mul(U256::from(total_gas));
        let max_fee = U256::from(max_fee_per_gas).saturating_mul(U256::from(total_limit));
        let mut lines = vec![format!(
            "About to send {} transaction{} from {} on chain {}:",
            plan.len(),
            if plan.len() == 1 { "" } else { "s" },
            self.from,
            self.chain.chain_id
        )];
        for p in plan {
            let value =
                if p.value.is_zero() { String::new() } else { format!(", value {} ETH", format_amount(p.value)) };
            lines.push(format!("  - {} (gas ~{}{value})", p.label, p.gas));
        }
        for label in then {
            lines.push(format!("  - then: {label} (simulated just before it is sent)"));
        }
        lines.push(format!(
            "  total: gas ~{total_gas}, value {} ETH, fees {} to at most {} ETH (max fee {} gwei, tip {} gwei)",
            format_amount(total_value),
            format_amount(likely_fee),
            format_amount(max_fee),
            format_gwei(max_fee_per_gas),
            format_gwei(priority),
        ));
        self.out.status(lines.join("\n"));
        if self.yes {
            return Ok(());
        }
        if !self.out.interactive() {
            return Err(Error::NeedsConfirmation);
        }
        if self.out.confirm("Send?", false)? { Ok(()) } else { Err(Error::Cancelled) }
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
        let spinner = self.out.spinner(format!("{}: sending", prepared.label));
        let pending = self.chain.provider.send_transaction(request).await.map_err(|e| self.rpc_error(&e))?;
        let hash: TxHash = *pending.tx_hash();
        spinner.set_message(format!("{}: waiting for {hash}", prepared.label));
        let receipt = pending.get_receipt().await.map_err(|e| Error::Rpc(format!("waiting for {hash}: {e}")))?;
        drop(spinner);
        if !receipt.status() {
            return Err(Error::Reverted {
                hash: hash.to_string(),
                reason: self.replay_reason(&prepared, &receipt).await,
            });
        }
        self.out.status(format!(
            "{}: done in block {} ({hash})",
            prepared.label,
            receipt.block_number.unwrap_or_default()
        ));
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
            self.out.result(&UnsignedTx {
                action: prepared.label.clone(),
                chain_id: self.chain.chain_id,
                from: self.from,
                to: prepared.request.to.and_then(|to| to.to().copied()),
                data: prepared.request.input.input().map(|d| d.to_string()).unwrap_or_else(|| "0x".into()),
                value: prepared.value.to_string(),
                gas_limit: prepared.request.gas.unwrap_or(prepared.gas),
                nonce: self.options.nonce,
            })?;
            return Ok(None);
        }
        self.confirm(std::slice::from_ref(&prepared)).await?;
        self.submit(prepared).await.map(Some)
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
