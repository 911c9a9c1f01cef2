//! The one transaction flow of stkr, shared by the CLI and the dashboard: simulate, show gas and value,
//! confirm, send, wait for the receipt with a spinner, and turn any revert into a sentence.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, TxHash, U256},
    providers::Provider,
    rpc::types::{TransactionReceipt, TransactionRequest},
    transports::{RpcError, TransportErrorKind},
};

use crate::{Error, Result, chain::Chain, output::Output, revert, units::format_amount};

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
}

impl<'a> Transactor<'a> {
    /// A transactor for `from`; with `yes`, nothing is asked.
    pub fn new(chain: &'a Chain, from: Address, out: &'a Output, yes: bool) -> Self {
        Self { chain, from, out, yes }
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
        let gas = provider.estimate_gas(request.clone()).await.map_err(|e| self.simulation_error(&e))?;
        // Headroom for state that moves between estimate and inclusion.
        let limit = gas.saturating_add(gas / 5);
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
        let fees = self.chain.provider.estimate_eip1559_fees().await.map_err(|e| self.rpc_error(&e))?;
        let total_gas: u64 = plan.iter().map(|p| p.gas).sum();
        let total_value: U256 = plan.iter().map(|p| p.value).fold(U256::ZERO, |a, b| a.saturating_add(b));
        let max_fee = U256::from(fees.max_fee_per_gas).saturating_mul(U256::from(total_gas));
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
            "  total: gas ~{total_gas}, value {} ETH, fees at most {} ETH",
            format_amount(total_value),
            format_amount(max_fee)
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

    /// Send a prepared transaction and wait for its receipt; a failed receipt is an error.
    pub async fn submit(&self, prepared: Prepared) -> Result<TransactionReceipt> {
        let spinner = self.out.spinner(format!("{}: sending", prepared.label));
        let pending =
            self.chain.provider.send_transaction(prepared.request.clone()).await.map_err(|e| self.rpc_error(&e))?;
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

    /// Prepare, confirm and submit one transaction.
    pub async fn send(&self, label: impl Into<String>, request: TransactionRequest) -> Result<TransactionReceipt> {
        let prepared = self.prepare(label, request).await?;
        self.confirm(std::slice::from_ref(&prepared)).await?;
        self.submit(prepared).await
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
        match error {
            RpcError::ErrorResp(payload) => {
                let reason = payload
                    .as_revert_data()
                    .and_then(|data| revert::decode(&data))
                    .unwrap_or_else(|| payload.message.to_string());
                Error::Simulation(reason)
            }
            other => self.rpc_error(other),
        }
    }

    fn rpc_error(&self, error: &RpcError<TransportErrorKind>) -> Error {
        crate::chain::transport_error(&self.chain.url, error)
    }
}
