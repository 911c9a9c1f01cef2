//! The report state machine: each step moves this period's report one state further. Made (audited,
//! nonce taken) → in the outbox and sent → confirmed (mined or reverted, recorded) or, while unmined,
//! rebroadcast, replaced with a higher fee when stuck, remade for a new period when its own ended, or
//! dropped when its nonce went elsewhere; above the fee cap it waits. Around it two chores, sent once and
//! not kept in the outbox: opening a period's audit draw when nobody has, and, once this period's report is
//! in, settling the audits of this node and its targets in the period of the sidecar's previous report.

use std::{sync::Arc, time::Duration};

use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::{BlockId, BlockNumberOrTag, Encodable2718},
    network::TxSignerSync,
    primitives::{Address, Bytes, TxKind, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
    sol_types::SolCall,
};
use stkr_core::{bindings::NodeRegistry, codes::TxOutcome};
use stkr_daemon::journal::{Belonging, ChainIdentity};
use tracing::{debug, error, info, warn};

use crate::{
    SidecarError,
    config::Config,
    daemon::health_name,
    execution::{ExecutionView, unix_now},
    metrics::Metrics,
    outbox::{Attempt, PendingReport, ReportRecord, StateDir},
    probe::{self, AuditResult, Expectations, Target},
    rpc::Failover,
};

/// NodeRegistry.Status.Active.
const NODE_ACTIVE: u8 = 1;
/// `lastReportPeriod` of a node that never reported.
const NEVER: u32 = u32::MAX;
/// The most earlier periods a sidecar settles in one period (each costs a transaction).
const SETTLE_BACKLOG: usize = 3;

/// What the chain says about this node in the current period.
struct ChainView {
    period: u64,
    last_report_period: u32,
    status: u8,
    sidecar: Address,
}

/// This node's reports: the outbox, the chain and what was last reported.
pub(crate) struct Reporter {
    pub(crate) config: Config,
    pub(crate) signer: PrivateKeySigner,
    pub(crate) chain_id: u64,
    pub(crate) rpc: Failover,
    pub(crate) metrics: Arc<Metrics>,
    pub(crate) state: StateDir,
    http: reqwest::Client,
    pub(crate) last_audits: Vec<AuditResult>,
    pub(crate) last_period: Option<u64>,
    pub(crate) last_report: Option<ReportRecord>,
    pub(crate) fee_waiting: bool,
    /// The period in which this sidecar last settled audits of earlier periods.
    settled_in: Option<u64>,
    /// The latest period whose audits this sidecar settled (None: none since it started).
    settled_through: Option<u64>,
    /// The state dir belongs to the chain the RPC serves (checked once, before the first step).
    on_chain: bool,
}

impl Reporter {
    /// Set up from `config`, signing as `signer`, for the chain with id `chain_id`; the last report mined
    /// comes from the state dir's record.
    pub(crate) fn new(
        config: Config,
        signer: PrivateKeySigner,
        chain_id: u64,
        metrics: Arc<Metrics>,
    ) -> Result<Self, SidecarError> {
        let timeout = Duration::from_secs_f64(config.request_timeout_secs);
        let failback = Duration::from_secs(config.failback_after_secs);
        let rpc = Failover::new(&config.rpc_urls, timeout, failback, metrics.clone())?;
        let state = StateDir::open(&config.state_dir)?;
        let last_report = state.records().into_iter().rev().find(|r| r.outcome == TxOutcome::Mined);
        if let Some(record) = &last_report {
            metrics.last_report_period.set(record.period as i64);
            metrics.last_report_block.set(record.block.unwrap_or_default() as i64);
        }
        Ok(Self {
            http: probe::client(timeout),
            config,
            signer,
            chain_id,
            rpc,
            metrics,
            state,
            last_audits: Vec::new(),
            last_period: None,
            last_report,
            fee_waiting: false,
            settled_in: None,
            settled_through: None,
            on_chain: false,
        })
    }

    /// Before the first step, make the state dir belong to the chain the RPC serves: the state of a chain
    /// that is gone (a devnet reset, its clock far ahead) would otherwise hold every report back.
    async fn belong_to_chain(&mut self, execution: &ExecutionView) -> Result<bool, SidecarError> {
        if self.on_chain {
            return Ok(true);
        }
        // A client on another chain says nothing about ours: the state is left alone (the status names it).
        if execution.chain_id != Some(self.chain_id) {
            return Ok(false);
        }
        let genesis = self
            .rpc
            .call("eth_getBlockByNumber", |p| async move { p.get_block_by_number(BlockNumberOrTag::Number(0)).await })
            .await?
            .ok_or_else(|| SidecarError::Garbage("the execution client has no genesis block".into()))?;
        let chain = ChainIdentity { chain_id: self.chain_id, genesis_hash: genesis.header.hash.to_string() };
        if let Belonging::Afresh { previous, moved_to } = self.state.belong_to(&chain)? {
            warn!(
                "the state dir belonged to {previous}, but this is {chain}: starting afresh (the old state is in {})",
                moved_to.display()
            );
            self.last_report = None;
            self.last_period = None;
            self.last_audits.clear();
            self.settled_in = None;
            self.settled_through = None;
            self.metrics.last_report_period.set(0);
            self.metrics.last_report_block.set(0);
        }
        self.on_chain = true;
        Ok(true)
    }

    async fn chain_view(&self) -> Result<ChainView, SidecarError> {
        let registry = self.config.node_registry;
        // The period by the next block's time: on a chain that mines on demand the latest block may be old.
        let period = self
            .rpc
            .call("currentPeriod", |p| async move {
                NodeRegistry::new(registry, &p)
                    .currentPeriod()
                    .block(BlockId::pending())
                    .call()
                    .await
                    .map_err(contract_error)
            })
            .await?;
        let node_id = U256::from(self.config.node_id);
        let node = self
            .rpc
            .call("getNode", |p| async move {
                NodeRegistry::new(registry, &p).getNode(node_id).call().await.map_err(contract_error)
            })
            .await?;
        Ok(ChainView {
            period: period.to::<u64>(),
            last_report_period: node.lastReportPeriod,
            status: node.status,
            sidecar: node.sidecar,
        })
    }

    /// Move the report one step: confirm, replace or rebroadcast what is in the outbox, or make this
    /// period's report.
    pub(crate) async fn step(&mut self, execution: &ExecutionView, health: u8) -> Result<(), SidecarError> {
        if !self.belong_to_chain(execution).await? {
            return Ok(());
        }
        let view = self.chain_view().await?;
        // Periods only move forward; a chain clock that reads earlier (a devnet restored from a state
        // file before its clock is set) is waited out rather than reported to.
        let highest = self.last_period.max(self.last_report.as_ref().map(|r| r.period));
        if let Some(highest) = highest
            && view.period < highest
        {
            warn!(period = view.period, seen = highest, "the chain's clock reads an earlier period; waiting");
            return Ok(());
        }
        if self.last_period != Some(view.period) {
            info!(period = view.period, node = self.config.node_id, "period");
            self.last_period = Some(view.period);
        }
        if view.status != NODE_ACTIVE {
            warn!(node = self.config.node_id, "the node is not active on chain: nothing to report");
            return Ok(());
        }
        if view.sidecar != self.signer.address() {
            return Err(SidecarError::Config(format!(
                "this key ({}) is not the sidecar of node {} ({})",
                self.signer.address(),
                self.config.node_id,
                view.sidecar
            )));
        }
        let reported = view.last_report_period != NEVER && u64::from(view.last_report_period) == view.period;
        if let Some(pending) = self.state.pending()? {
            return self.advance_pending(pending, &view, execution, health, reported).await;
        }
        if reported {
            return self.settle_previous(view.period).await;
        }
        if !self.draw_ready(view.period).await? {
            return Ok(());
        }
        let Some(head) = execution.head_number else { return Ok(()) };
        let fees = match self.fees(None).await? {
            Some(fees) => fees,
            None => return Ok(()),
        };
        let audits = self.audit(view.period, head).await?;
        let nonce = self.nonce().await?;
        let report = PendingReport {
            period: view.period,
            nonce,
            health,
            checked_block: head,
            audit_bits: audit_bits(&audits),
            audits,
            created_at: unix_now(),
            attempts: Vec::new(),
        };
        self.send(report, fees).await?;
        if self.last_report.as_ref().is_some_and(|r| r.period == view.period) {
            self.settle_previous(view.period).await?;
        }
        Ok(())
    }

    async fn advance_pending(
        &mut self,
        mut pending: PendingReport,
        view: &ChainView,
        execution: &ExecutionView,
        health: u8,
        reported: bool,
    ) -> Result<(), SidecarError> {
        if self.confirm(&pending, if reported { view.period } else { pending.period }).await? {
            return Ok(());
        }
        if reported && pending.period == view.period {
            // The chain has this period's report though no attempt of ours shows a receipt (e.g. a chain
            // restored from before the receipt): nothing more to send.
            info!(period = pending.period, "the chain already has this period's report");
            self.state.clear_pending()?;
            return Ok(());
        }
        let nonce_now = self.confirmed_nonce().await?;
        if nonce_now > pending.nonce {
            // The nonce went to another transaction of this key: the report never made it.
            warn!(
                period = pending.period,
                nonce = pending.nonce,
                "the report's nonce was used elsewhere; making it again"
            );
            self.metrics.reports_failed.inc();
            self.state.clear_pending()?;
            return Ok(());
        }
        let last = pending.attempts.last().cloned();
        let stale = pending.period != view.period;
        let stuck =
            last.as_ref().is_some_and(|a| unix_now().saturating_sub(a.sent_at) >= self.config.replace_after_secs);
        if stale || stuck || last.is_none() {
            let Some(fees) = self.fees(last.as_ref()).await? else { return Ok(()) };
            if stale {
                // Its period is over: the same nonce carries the new period's report instead, once the new
                // period's draw is seeded.
                if !self.draw_ready(view.period).await? {
                    return Ok(());
                }
                let Some(head) = execution.head_number else { return Ok(()) };
                let audits = self.audit(view.period, head).await?;
                info!(old = pending.period, new = view.period, "replacing a report whose period ended unmined");
                pending.period = view.period;
                pending.health = health;
                pending.checked_block = head;
                pending.audit_bits = audit_bits(&audits);
                pending.audits = audits;
            }
            if last.is_some() {
                self.metrics.reports_replaced.inc();
                info!(period = pending.period, max_fee = fees.0, "sending the report again with a higher fee");
            }
            return self.send(pending, fees).await;
        }
        // Waiting for it: make sure the endpoint in use knows it (after a failover or a node restart).
        if let Some(attempt) = last {
            let hash = attempt.hash;
            let known = self
                .rpc
                .call("eth_getTransactionByHash", |p| async move { p.get_transaction_by_hash(hash).await })
                .await?;
            if known.is_none() {
                info!(tx = %hash, "the endpoint does not know the report: broadcasting it again");
                self.broadcast(&attempt.raw).await?;
            }
        }
        Ok(())
    }

    /// Look for a receipt of any attempt (at most one can be mined: they share a nonce); when there is
    /// one, record the outcome as the report for `period` and empty the outbox.
    async fn confirm(&mut self, pending: &PendingReport, period: u64) -> Result<bool, SidecarError> {
        for attempt in pending.attempts.iter().rev() {
            let hash = attempt.hash;
            let receipt = self
                .rpc
                .call("eth_getTransactionReceipt", |p| async move { p.get_transaction_receipt(hash).await })
                .await?;
            let Some(receipt) = receipt else { continue };
            let outcome = TxOutcome::of(receipt.status());
            // The period the chain counted it in, from its event (a report mined after a period turned
            // counts for the new one).
            let counted = stkr_core::receipt::events::<NodeRegistry::NodeReported>(&receipt, self.config.node_registry)
                .first()
                .map(|event| event.period.to::<u64>())
                .unwrap_or(period);
            let record = ReportRecord {
                period: counted,
                tx_hash: hash,
                block: receipt.block_number,
                health: pending.health,
                audits: pending.audits.clone(),
                outcome,
            };
            if receipt.status() {
                self.metrics.reports_sent.inc();
                self.metrics.last_report_block.set(receipt.block_number.unwrap_or_default() as i64);
                self.metrics.last_report_period.set(record.period as i64);
                self.metrics.audits_up.add(pending.audits.iter().filter(|a| a.up).count() as u64);
                self.metrics.audits_down.add(pending.audits.iter().filter(|a| !a.up).count() as u64);
                info!(period = record.period, tx = %hash, block = receipt.block_number.unwrap_or_default(), "report mined");
                self.last_report = Some(record.clone());
            } else {
                self.metrics.reports_failed.inc();
                error!(period = pending.period, tx = %hash, "report reverted");
            }
            self.state.record(&record)?;
            self.state.clear_pending()?;
            self.metrics.outbox_depth.set(0);
            return Ok(true);
        }
        Ok(false)
    }

    /// Fees for the next attempt, or None (waiting) when the network fee is above the cap. A replacement
    /// pays at least 12.5 % more than `previous`, as nodes require.
    async fn fees(&mut self, previous: Option<&Attempt>) -> Result<Option<(u128, u128)>, SidecarError> {
        let block = self
            .rpc
            .call("eth_getBlockByNumber", |p| async move { p.get_block_by_number(BlockNumberOrTag::Latest).await })
            .await?
            .ok_or_else(|| SidecarError::Garbage("no latest block".into()))?;
        let base = u128::from(block.header.base_fee_per_gas.unwrap_or_default());
        let cap = self.config.max_fee_wei();
        let mut tip = self.config.priority_fee_wei();
        let mut max_fee = (2 * base + tip).min(cap);
        if let Some(previous) = previous {
            tip = tip.max(previous.max_priority_fee_per_gas + previous.max_priority_fee_per_gas / 8 + 1);
            max_fee = max_fee.max(previous.max_fee_per_gas + previous.max_fee_per_gas / 8 + 1);
        }
        if base + tip > cap || max_fee > cap || tip > max_fee {
            if !self.fee_waiting {
                warn!(
                    base_fee_gwei = base as f64 / 1e9,
                    cap_gwei = self.config.max_fee_gwei,
                    "the network fee is above the cap: the report waits"
                );
            }
            self.fee_waiting = true;
            self.metrics.fee_cap_waiting.set(1);
            return Ok(None);
        }
        if self.fee_waiting {
            info!("the network fee is under the cap again");
        }
        self.fee_waiting = false;
        self.metrics.fee_cap_waiting.set(0);
        Ok(Some((max_fee, tip)))
    }

    async fn nonce(&self) -> Result<u64, SidecarError> {
        let address = self.signer.address();
        self.rpc
            .call("eth_getTransactionCount", |p| async move { p.get_transaction_count(address).pending().await })
            .await
    }

    async fn confirmed_nonce(&self) -> Result<u64, SidecarError> {
        let address = self.signer.address();
        self.rpc
            .call("eth_getTransactionCount", |p| async move { p.get_transaction_count(address).latest().await })
            .await
    }

    /// Whether `period`'s audit draw is seeded, so its targets are known and a report can go in. A draw
    /// nobody opened (or whose seed block aged out of the last 256 blocks) is opened here: its seed is the
    /// hash of the block after the opening one, which nobody knows when the period's node set is fixed.
    async fn draw_ready(&mut self, period: u64) -> Result<bool, SidecarError> {
        let registry = self.config.node_registry;
        let period_arg = U256::from(period);
        let seed = self
            .rpc
            .call("seedOf", |p| async move {
                NodeRegistry::new(registry, &p)
                    .seedOf(period_arg)
                    .block(BlockId::pending())
                    .call()
                    .await
                    .map_err(contract_error)
            })
            .await?;
        if !seed.is_zero() {
            return Ok(true);
        }
        let seed_block = self
            .rpc
            .call("seedBlockOf", |p| async move {
                NodeRegistry::new(registry, &p).seedBlockOf(period_arg).call().await.map_err(contract_error)
            })
            .await?
            .saturating_to::<u64>();
        let latest = self.rpc.call("eth_blockNumber", |p| async move { p.get_block_number().await }).await?;
        if seed_block == 0 || latest > seed_block + 256 {
            info!(period, "opening the period's audit draw");
            self.chore("open the audit draw", NodeRegistry::openPeriodCall {}.abi_encode().into()).await?;
        } else {
            debug!(period, seed_block, latest, "waiting for the audit draw's seed block");
        }
        Ok(false)
    }

    /// Once this period's report is in, settle the audits of the earlier periods this sidecar reported in
    /// and has not settled since it started (at most [`SETTLE_BACKLOG`], newest first; the latest only after a
    /// restart), for this node and the nodes it audited then. Anyone may; the chain skips what is settled.
    /// A decided majority becomes uptime, and strikes for the auditors that reported the other way.
    async fn settle_previous(&mut self, period: u64) -> Result<(), SidecarError> {
        if self.settled_in == Some(period) {
            return Ok(());
        }
        self.settled_in = Some(period);
        let mut reported: Vec<u64> = self
            .state
            .records()
            .iter()
            .filter(|r| r.outcome == TxOutcome::Mined && r.period < period)
            .map(|r| r.period)
            .filter(|p| self.settled_through.is_none_or(|done| *p > done))
            .collect();
        reported.sort_unstable();
        reported.dedup();
        let keep = if self.settled_through.is_none() { 1 } else { SETTLE_BACKLOG };
        let from = reported.len().saturating_sub(keep);
        for previous in reported.split_off(from) {
            self.settle_period(previous).await?;
            self.settled_through = Some(previous);
        }
        Ok(())
    }

    /// Settle `previous`'s audits of this node and its targets then, those not settled yet.
    async fn settle_period(&mut self, previous: u64) -> Result<(), SidecarError> {
        let registry = self.config.node_registry;
        let node_id = U256::from(self.config.node_id);
        let previous_arg = U256::from(previous);
        let targets = self
            .rpc
            .call("targetsOf", |p| async move {
                NodeRegistry::new(registry, &p).targetsOf(node_id, previous_arg).call().await.map_err(contract_error)
            })
            .await;
        let targets = match targets {
            Ok(targets) => targets,
            Err(SidecarError::Rpc(message)) => {
                debug!(period = previous, %message, "no audits to settle");
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let mut open = Vec::new();
        for id in std::iter::once(node_id).chain(targets) {
            let audit = self
                .rpc
                .call("auditOf", |p| async move {
                    NodeRegistry::new(registry, &p).auditOf(previous_arg, id).call().await.map_err(contract_error)
                })
                .await?;
            if !audit.settled && !open.contains(&id) {
                open.push(id);
            }
        }
        if open.is_empty() {
            return Ok(());
        }
        let nodes = open.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        info!(period = previous, %nodes, "settling the audits of a period this sidecar reported in");
        let call = NodeRegistry::settleAuditsCall { period: previous_arg, nodeIds: open };
        self.chore("settle audits", call.abi_encode().into()).await
    }

    /// Send a one-off transaction of this key (not kept in the outbox: the chain makes it idempotent), after
    /// any report in flight; wait briefly for it to be mined. A call that would revert is not sent.
    async fn chore(&mut self, what: &'static str, input: Bytes) -> Result<(), SidecarError> {
        let Some((max_fee, tip)) = self.fees(None).await? else { return Ok(()) };
        let registry = self.config.node_registry;
        let from = self.signer.address();
        let request = TransactionRequest::default().from(from).to(registry).input(input.clone().into());
        let estimate = self.rpc.call("eth_estimateGas", |p| {
            let request = request.clone();
            async move { p.estimate_gas(request).await }
        });
        let gas = match estimate.await {
            Ok(gas) => gas,
            Err(SidecarError::Rpc(message)) => {
                debug!(what, %message, "the chain would refuse it; not sending");
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let mut tx = TxEip1559 {
            chain_id: self.chain_id,
            nonce: self.nonce().await?,
            gas_limit: gas + gas / 4,
            max_fee_per_gas: max_fee,
            max_priority_fee_per_gas: tip,
            to: TxKind::Call(registry),
            value: U256::ZERO,
            access_list: Default::default(),
            input,
        };
        let signature = self.signer.sign_transaction_sync(&mut tx).map_err(|e| SidecarError::Signing(e.to_string()))?;
        let envelope = TxEnvelope::Eip1559(tx.into_signed(signature));
        let hash = *envelope.tx_hash();
        self.broadcast(&format!("0x{}", alloy::hex::encode(envelope.encoded_2718()))).await?;
        for _ in 0..6 {
            tokio::time::sleep(Duration::from_millis(250)).await;
            let receipt = self
                .rpc
                .call("eth_getTransactionReceipt", |p| async move { p.get_transaction_receipt(hash).await })
                .await?;
            if let Some(receipt) = receipt {
                if receipt.status() {
                    info!(what, tx = %hash, block = receipt.block_number.unwrap_or_default(), "mined");
                } else {
                    warn!(what, tx = %hash, "reverted");
                }
                return Ok(());
            }
        }
        debug!(what, tx = %hash, "sent; not mined yet");
        Ok(())
    }

    /// Probe this period's targets, in their on-chain order.
    async fn audit(&mut self, period: u64, own_head: u64) -> Result<Vec<AuditResult>, SidecarError> {
        let registry = self.config.node_registry;
        let node_id = U256::from(self.config.node_id);
        let period_arg = U256::from(period);
        let ids = self
            .rpc
            .call("targetsOf", |p| async move {
                NodeRegistry::new(registry, &p)
                    .targetsOf(node_id, period_arg)
                    .block(BlockId::pending())
                    .call()
                    .await
                    .map_err(contract_error)
            })
            .await?;
        let mut targets = Vec::with_capacity(ids.len());
        for id in ids {
            let node = self
                .rpc
                .call("getNode", |p| async move {
                    NodeRegistry::new(registry, &p).getNode(id).call().await.map_err(contract_error)
                })
                .await?;
            targets.push(Target { node_id: id.to::<u64>(), sidecar: node.sidecar, probe_url: node.probeUrl });
        }
        let expect =
            Expectations { chain_id: self.chain_id, own_head, max_lag_blocks: self.config.max_head_lag_blocks };
        let mut tasks = tokio::task::JoinSet::new();
        for (position, target) in targets.into_iter().enumerate() {
            let client = self.http.clone();
            tasks.spawn(async move { (position, probe::audit(&client, &target, expect).await) });
        }
        let mut results: Vec<(usize, AuditResult)> = Vec::new();
        while let Some(done) = tasks.join_next().await {
            if let Ok(result) = done {
                results.push(result);
            }
        }
        results.sort_by_key(|(position, _)| *position);
        let audits: Vec<AuditResult> = results.into_iter().map(|(_, r)| r).collect();
        for audit in &audits {
            match &audit.reason {
                None => debug!(target = audit.node_id, "audit: up"),
                Some(reason) => info!(target = audit.node_id, %reason, "audit: down"),
            }
        }
        self.last_audits = audits.clone();
        Ok(audits)
    }

    /// The gas limit for `report`'s next attempt, or None when it must not be sent (now).
    async fn gas_limit(&mut self, report: &PendingReport, input: &Bytes) -> Result<Option<u64>, SidecarError> {
        let registry = self.config.node_registry;
        let from = self.signer.address();
        let request = TransactionRequest::default().from(from).to(registry).input(input.clone().into());
        // Estimated on the pending block, at the time the report will be mined (a chain that mines on
        // demand may have an old latest block, from an earlier period).
        let estimate = self.rpc.call("eth_estimateGas", |p| {
            let request = request.clone();
            async move { p.estimate_gas(request).block(BlockId::pending()).await }
        });
        Ok(match (estimate.await, report.attempts.last()) {
            (Ok(gas), _) => Some(gas + gas / 4),
            // A replacement: the pending block may already hold the earlier attempt, which makes this one
            // look like a second report. It keeps the earlier attempt's gas limit.
            (Err(SidecarError::Rpc(_)), Some(previous)) if previous.gas_limit > 0 => Some(previous.gas_limit),
            (Err(SidecarError::Rpc(message)), None) => {
                // The chain would refuse it (e.g. the period turned and the report is already in): drop it.
                warn!(period = report.period, %message, "the report would revert; not sending it");
                self.metrics.reports_failed.inc();
                self.state.clear_pending()?;
                None
            }
            (Err(SidecarError::Rpc(message)), Some(_)) => {
                // An earlier attempt may still be mined: keep it in the outbox and look again next round.
                warn!(period = report.period, %message, "a replacement would revert; waiting for the earlier attempt");
                None
            }
            (Err(e), _) => return Err(e),
        })
    }

    /// Sign `report` with `fees`, put it in the outbox, then broadcast it.
    async fn send(&mut self, mut report: PendingReport, (max_fee, tip): (u128, u128)) -> Result<(), SidecarError> {
        let call = NodeRegistry::reportCall {
            health: report.health,
            checkedBlock: report.checked_block,
            auditBits: report.audit_bits,
        };
        let input: Bytes = call.abi_encode().into();
        let registry = self.config.node_registry;
        let Some(gas_limit) = self.gas_limit(&report, &input).await? else { return Ok(()) };
        let mut tx = TxEip1559 {
            chain_id: self.chain_id,
            nonce: report.nonce,
            gas_limit,
            max_fee_per_gas: max_fee,
            max_priority_fee_per_gas: tip,
            to: TxKind::Call(registry),
            value: U256::ZERO,
            access_list: Default::default(),
            input,
        };
        let signature = self.signer.sign_transaction_sync(&mut tx).map_err(|e| SidecarError::Signing(e.to_string()))?;
        let envelope = TxEnvelope::Eip1559(tx.into_signed(signature));
        let raw = format!("0x{}", alloy::hex::encode(envelope.encoded_2718()));
        let attempt = Attempt {
            hash: *envelope.tx_hash(),
            raw: raw.clone(),
            max_fee_per_gas: max_fee,
            max_priority_fee_per_gas: tip,
            gas_limit,
            sent_at: unix_now(),
        };
        report.attempts.push(attempt.clone());
        // Written before it leaves: a crash from here on finds it in the outbox and resumes.
        self.state.save_pending(&report)?;
        self.metrics.outbox_depth.set(1);
        let ups = report.audits.iter().filter(|a| a.up).count();
        info!(
            period = report.period,
            nonce = report.nonce,
            tx = %attempt.hash,
            health = health_name(report.health),
            audits_up = ups,
            audits_down = report.audits.len() - ups,
            "sending report"
        );
        self.broadcast(&raw).await?;
        // A chain that mines at once answers within moments; otherwise the next rounds confirm it.
        for _ in 0..6 {
            tokio::time::sleep(Duration::from_millis(250)).await;
            if self.confirm(&report, report.period).await? {
                break;
            }
        }
        Ok(())
    }

    async fn broadcast(&self, raw: &str) -> Result<(), SidecarError> {
        let bytes = alloy::hex::decode(raw)
            .map_err(|e| SidecarError::State(format!("a stored transaction is not hex: {e}")))?;
        let result = self
            .rpc
            .call("eth_sendRawTransaction", |p| {
                let bytes = bytes.clone();
                async move { p.send_raw_transaction(&bytes).await.map(|pending| *pending.tx_hash()) }
            })
            .await;
        match result {
            Ok(_) => Ok(()),
            // Already in the pool, or already mined: the next round confirms it.
            Err(SidecarError::Rpc(message))
                if message.contains("already known") || message.contains("nonce too low") =>
            {
                debug!(%message, "broadcast");
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

fn contract_error(error: alloy::contract::Error) -> alloy::transports::RpcError<alloy::transports::TransportErrorKind> {
    match error {
        alloy::contract::Error::TransportError(e) => e,
        other => alloy::transports::RpcError::LocalUsageError(Box::new(other)),
    }
}

/// Bit j set when target j was up.
pub fn audit_bits(audits: &[AuditResult]) -> U256 {
    audits.iter().enumerate().filter(|(_, a)| a.up).fold(U256::ZERO, |bits, (j, _)| bits | (U256::from(1) << j))
}
