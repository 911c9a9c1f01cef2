//! The provider daemon's rounds: each full pool's validator key made with the guardians (once, journaled) and its activation under the fee cap; each active pool's validator run; each ended pool's exit requested and settled; then projects, claims and collateral, and the status file.

use std::path::PathBuf;

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, TxHash, U256},
    providers::Provider,
    rpc::types::{TransactionReceipt, TransactionRequest},
    signers::local::PrivateKeySigner,
};
use serde::{Deserialize, Serialize};
use stkr_core::dirs::DataDir;
use stkr_core::{
    Error,
    accounts::Passphrase,
    bindings::MicroPool,
    chain::{Chain, transport_error},
    codes::PoolStatus,
    deploy::Contracts,
    deposit::parse_deposit_data,
    dkg, guardian,
    pool::{PoolState, VaultFacts, check_exit, check_settle, count_and_now, scan},
    tx::{Plan, Sending, Transactor, TxFrontend, UnsignedPlan, UnsignedTx, request},
};
use stkr_daemon::journal::Journal;
use stkr_validator::keystore::{Kdf, Keystore};

use crate::{
    config::{MoneyPolicy, ProjectPolicy, ValidatorPolicy},
    metrics::Metrics,
    projects::{ProjectEntry, ProjectStage},
    supervise::Supervisor,
    validators::{ValidatorHealth, ValidatorPlacement},
};

/// The journal document of what the daemon waits for, written every round for `provider status`.
pub const STATUS: &str = "status.json";
/// Set to a step's name (`keyed`, `activation-sent`, `bid-sent`, `reveal-sent`, `provisioning`) to make the
/// daemon stop moving right after that step, so a test can `kill -9` it exactly there.
pub const PAUSE_AFTER_ENV: &str = "STKR_PROVIDER_PAUSE_AFTER";

/// How far one pool has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Its validator key exists (made with the guardians); not activated yet.
    Keyed,
    /// Its activation was sent (or was about to be).
    Activating,
    /// Its validator is deposited.
    Activated,
    /// Its end came: the validator's exit was requested through the vault (EIP-7002).
    ExitRequested,
    /// Settled from the exited balance its vault received.
    Settled,
}

/// The journal's record of one pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolRecord {
    /// The pool.
    pub pool_id: u64,
    /// How far it has come.
    pub stage: Stage,
    /// Its validator key.
    pub validator: String,
    /// The key's public record.
    pub key_file: PathBuf,
    /// The provider's share (EIP-2335, under the daemon's passphrase).
    pub share_keystore: PathBuf,
    /// The deposit data the new key signed.
    pub deposit_data: PathBuf,
    /// The activation's transaction, once mined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activated_by: Option<TxHash>,
    /// Where its signer and validator client run, once active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator_placement: Option<ValidatorPlacement>,
    /// Whether they answered in the last round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator_health: Option<ValidatorHealth>,
    /// Unix seconds of the last change.
    pub updated_at: u64,
}

/// What `provider status` reads: the last round and what the daemon waits for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Status {
    /// The provider.
    pub provider: Address,
    /// Unix seconds of the last round.
    pub updated_at: u64,
    /// Each thing it waits for, as a sentence.
    pub waiting: Vec<String>,
    /// The pools it has worked on.
    pub pools: Vec<PoolRecord>,
    /// The projects it has bid on.
    #[serde(default)]
    pub projects: Vec<ProjectEntry>,
    /// Open auctions it passed on, and why.
    #[serde(default)]
    pub passed: Vec<String>,
    /// The next deadline it acts on.
    #[serde(default)]
    pub next_deadline: Option<Deadline>,
    /// What it sent lately, newest last.
    #[serde(default)]
    pub recent: Vec<Action>,
}

/// A time the daemon acts at, and what it does then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// Unix seconds (the chain's clock).
    pub unix: u64,
    /// The same, as a UTC date.
    pub utc: String,
    /// What falls due.
    pub what: String,
}

/// One transaction the daemon sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Unix seconds when it was mined.
    pub at: u64,
    /// What it did.
    pub what: String,
    /// Its hash.
    pub tx_hash: TxHash,
}

/// How many actions `provider status` keeps.
const RECENT: usize = 20;
/// The journal document of what the daemon sent lately.
pub const RECENT_FILE: &str = "recent.json";

/// Unix seconds now.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

/// The daemon at work for one provider.
pub struct Daemon {
    /// The chain, connected to sign.
    pub chain: Chain,
    /// The deployment.
    pub contracts: Contracts,
    /// The provider's key.
    pub signer: PrivateKeySigner,
    /// The passphrase the shares are encrypted under.
    pub password: Passphrase,
    /// The state dir.
    pub journal: Journal,
    /// The fee cap, wei per gas.
    pub max_fee_wei: u128,
    /// Say what would be sent, send nothing.
    pub dry_run: bool,
    /// Where the salts of sealed bids are kept (the state dir, as a data dir: `bids/<chain id>/`).
    pub bids: DataDir,
    /// The project policy; without one it bids on nothing.
    pub policy: Option<ProjectPolicy>,
    /// The processes of won projects and of active pools' validators.
    pub supervisor: tokio::sync::Mutex<Supervisor>,
    /// How it runs active pools' validators; without it, it runs none.
    pub validators: Option<ValidatorPolicy>,
    /// The provider's Ethereum keystore (its signers sign guardian requests with it).
    pub account_keystore: PathBuf,
    /// The passphrase file (its signers read it).
    pub password_file: PathBuf,
    /// When it claims and how much collateral it keeps.
    pub money: MoneyPolicy,
    /// When it last looked at claims and collateral.
    pub money_checked: tokio::sync::Mutex<Option<std::time::Instant>>,
    /// Its metrics.
    pub metrics: std::sync::Arc<Metrics>,
    /// What it sent lately (also in the status file, so a restart keeps it).
    pub recent: std::sync::Mutex<Vec<Action>>,
}

impl std::fmt::Debug for Daemon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Daemon").field("provider", &self.signer.address()).finish_non_exhaustive()
    }
}

fn record_name(pool: u64) -> String {
    format!("pool-{pool}.json")
}

pub(crate) fn other(e: impl std::fmt::Display) -> Error {
    Error::Other(e.to_string())
}

impl Daemon {
    /// One round: every pool of the provider's that needs a step gets it. Returns what it waits for.
    pub async fn round(&self) -> Result<Vec<String>, Error> {
        let me = self.signer.address();
        let (count, now) = count_and_now(&self.chain, &self.contracts).await?;
        let pools: Vec<PoolState> = scan(&self.chain, &self.contracts, count, None)
            .await?
            .into_iter()
            .map(|(p, _)| p)
            .filter(|p| p.provider == me)
            .collect();
        let mut waiting = Vec::new();
        let mut deadlines: Vec<(u64, String)> = Vec::new();
        for pool in &pools {
            let record: Option<PoolRecord> = self.journal.read(&record_name(pool.id)).map_err(other)?;
            match pool.status {
                PoolStatus::Active => {
                    // Sent before a crash and mined since: the chain says it is done.
                    let record = match record {
                        Some(mut record) if record.stage != Stage::Activated => {
                            record.stage = Stage::Activated;
                            self.save(&mut record)?;
                            tracing::info!(pool = pool.id, "activated (found on chain)");
                            Some(record)
                        }
                        other => other,
                    };
                    let record = match (&self.validators, record) {
                        (Some(policy), Some(record)) => match self.run_validator(policy, record.clone()).await {
                            Ok(record) => Some(record),
                            Err(e) => {
                                waiting.push(format!("pool {}'s validator: {e}", pool.id));
                                Some(record)
                            }
                        },
                        (_, record) => record,
                    };
                    if record.is_some() && now < pool.end_time {
                        deadlines.push((
                            pool.end_time,
                            format!("pool {}: it ends; its validator's exit is requested", pool.id),
                        ));
                    }
                    if let Some(record) = record
                        && now >= pool.end_time
                    {
                        match self.end(pool, record).await {
                            Ok(Some(sentence)) => waiting.push(format!("pool {}: {sentence}", pool.id)),
                            Ok(None) => {}
                            Err(e) => waiting.push(format!("pool {}: {e}", pool.id)),
                        }
                    }
                }
                PoolStatus::Pending if pool.room().is_zero() && !pool.failed => {
                    if let Err(e) = self.activate(pool, record).await {
                        waiting.push(format!("pool {}: {e}", pool.id));
                    }
                }
                PoolStatus::Completed | PoolStatus::Cancelled | PoolStatus::Migrated => {
                    self.stop_validator(pool.id).await;
                    if pool.status == PoolStatus::Completed
                        && let Some(mut record) = record.filter(|r| r.stage != Stage::Settled)
                    {
                        // Settled by anyone (or by us before a crash): the chain says it is done.
                        record.stage = Stage::Settled;
                        self.save(&mut record)?;
                        tracing::info!(pool = pool.id, "settled (found on chain)");
                    }
                }
                _ => {}
            }
        }
        let mut records = Vec::new();
        for pool in &pools {
            if let Some(record) = self.journal.read::<PoolRecord>(&record_name(pool.id)).map_err(other)? {
                records.push(record);
            }
        }
        let (mut projects, mut passed) = (Vec::new(), Vec::new());
        if let Some(policy) = &self.policy {
            match self.projects_round(policy, &mut waiting, &mut passed, &mut deadlines).await {
                Ok(entries) => projects = entries,
                Err(e) => waiting.push(format!("projects: {e}")),
            }
        }
        self.supervisor.lock().await.restart_dead();
        let due =
            self.money_checked.lock().await.is_none_or(|at| at.elapsed().as_secs_f64() >= self.money.interval_secs);
        if due {
            match self.money_round(&self.money, &mut waiting).await {
                Ok(()) => *self.money_checked.lock().await = Some(std::time::Instant::now()),
                Err(e) => waiting.push(format!("claims and collateral: {e}")),
            }
        }
        let next_deadline = deadlines
            .into_iter()
            .filter(|(at, _)| *at >= now)
            .min_by_key(|(at, _)| *at)
            .map(|(unix, what)| Deadline { unix, utc: stkr_core::time::utc(unix), what });
        self.observe(&records, &projects, waiting.len()).await;
        let recent = self.recent.lock().map(|r| r.clone()).unwrap_or_default();
        let status = Status {
            provider: me,
            updated_at: unix_now(),
            waiting: waiting.clone(),
            pools: records,
            projects,
            passed,
            next_deadline,
            recent,
        };
        self.journal.write(STATUS, &status).map_err(other)?;
        Ok(waiting)
    }

    pub(crate) fn save(&self, record: &mut PoolRecord) -> Result<(), Error> {
        record.updated_at = unix_now();
        self.journal.write(&record_name(record.pool_id), record).map_err(other)
    }

    /// Stop moving after `step` when the test hook asks for it.
    pub(crate) async fn pause_after(&self, step: &str) {
        if std::env::var(PAUSE_AFTER_ENV).is_ok_and(|v| v == step) {
            tracing::warn!(step, "paused after this step ({PAUSE_AFTER_ENV})");
            std::future::pending::<()>().await;
        }
    }

    /// Set the gauges from what this round found.
    async fn observe(&self, pools: &[PoolRecord], projects: &[ProjectEntry], waiting: usize) {
        let m = &self.metrics;
        m.rounds.inc();
        m.waiting.set(i64::try_from(waiting).unwrap_or(i64::MAX));
        m.last_round.set(i64::try_from(unix_now()).unwrap_or(i64::MAX));
        for (stage, name) in [
            (Stage::Keyed, "keyed"),
            (Stage::Activating, "activating"),
            (Stage::Activated, "activated"),
            (Stage::ExitRequested, "exit_requested"),
            (Stage::Settled, "settled"),
        ] {
            m.pools_at(name, pools.iter().filter(|p| p.stage == stage).count());
        }
        for stage in [
            ProjectStage::Sealing,
            ProjectStage::Sealed,
            ProjectStage::Revealing,
            ProjectStage::Revealed,
            ProjectStage::Provisioning,
            ProjectStage::Running,
            ProjectStage::Completing,
            ProjectStage::Completed,
            ProjectStage::Lost,
        ] {
            let name =
                serde_json::to_value(stage).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            m.projects_at(&name, projects.iter().filter(|p| p.stage == stage).count());
        }
        let (running, restarts) = self.supervisor.lock().await.summary();
        m.processes.set(i64::try_from(running).unwrap_or(i64::MAX));
        m.restarts.set(i64::from(restarts));
    }

    /// Send `request` under the fee cap: simulated, its fees checked against the cap and pinned, then
    /// `before_send` (which journals the step) and only then the transaction. A refusal leaves nothing in
    /// flight and nothing journaled; a transaction of ours still pending (sent before a crash) is waited
    /// for, never doubled.
    pub(crate) async fn send_capped(
        &self,
        label: String,
        request: TransactionRequest,
        before_send: impl FnOnce() -> Result<(), Error>,
    ) -> Result<TransactionReceipt, Error> {
        let latest = self.chain.provider.get_transaction_count(self.signer.address()).latest().await;
        let pending = self.chain.provider.get_transaction_count(self.signer.address()).pending().await;
        let (latest, pending) = (
            latest.map_err(|e| transport_error(&self.chain.url, &e))?,
            pending.map_err(|e| transport_error(&self.chain.url, &e))?,
        );
        if pending > latest {
            return Err(Error::InvalidInput("a transaction of the provider's is still pending; waiting for it".into()));
        }
        let frontend = Capped { max_fee_wei: self.max_fee_wei };
        let tx = Transactor::new(&self.chain, self.signer.address(), &frontend);
        let mut prepared = tx.prepare(label, request).await?;
        let plan = tx.plan(std::slice::from_ref(&prepared), &[]).await?;
        tx.approve(&plan)?;
        // Sent at the fees approved, never at whatever the node would fill in a moment later.
        prepared.request = prepared
            .request
            .with_max_fee_per_gas(plan.fees.max_fee_per_gas)
            .with_max_priority_fee_per_gas(plan.fees.tip);
        before_send()?;
        let what = prepared.label.clone();
        let receipt = tx.submit(prepared).await?;
        self.metrics.transactions.inc();
        let recent = self.recent.lock().map(|mut recent| {
            recent.push(Action { at: unix_now(), what, tx_hash: receipt.transaction_hash });
            let excess = recent.len().saturating_sub(RECENT);
            recent.drain(..excess);
            recent.clone()
        });
        // On disk at once: a crash before the round's end keeps what was sent.
        if let Ok(recent) = recent
            && let Err(e) = self.journal.write(RECENT_FILE, &recent)
        {
            tracing::warn!(error = %e, "cannot record the transaction in {RECENT_FILE}");
        }
        Ok(receipt)
    }

    /// A pool at its end: its validator's exit requested through the vault (once: the chain records the
    /// request), then the pool settled once the vault holds the exited balance. `Some(sentence)` says what
    /// it waits for.
    async fn end(&self, pool: &PoolState, mut record: PoolRecord) -> Result<Option<String>, Error> {
        let me = self.signer.address();
        let facts = VaultFacts::read(&self.chain, &self.contracts, pool.id).await?;
        if facts.pool.exit_requested_at == 0 {
            check_exit(&facts.pool, facts.now, me)?;
            if self.dry_run {
                return Err(Error::InvalidInput("at its end: would request its validator's exit (--dry-run)".into()));
            }
            let pubkey: alloy::primitives::Bytes = record
                .validator
                .parse()
                .map_err(|e| other(format!("the journaled validator key {} is not hex: {e}", record.validator)))?;
            let micro_pool = MicroPool::new(self.contracts.micro_pool, &self.chain.provider);
            let fee = micro_pool
                .exitFee()
                .call()
                .await
                .map_err(|e| Error::Simulation(format!("reading the EIP-7002 exit fee: {e}")))?;
            // The queue's fee can rise within a block; what is not needed comes back.
            let call = MicroPool::requestExitCall { poolId: U256::from(pool.id), pubkey };
            let request = request(self.contracts.micro_pool, call).with_value(fee.saturating_mul(U256::from(2)));
            self.send_capped(format!("request the exit of pool {}'s validator", pool.id), request, || Ok(())).await?;
            record.stage = Stage::ExitRequested;
            self.save(&mut record)?;
            tracing::info!(pool = pool.id, "at its end: requested its validator's exit");
            return Ok(None);
        }
        if record.stage == Stage::Activated {
            record.stage = Stage::ExitRequested;
            self.save(&mut record)?;
        }
        match check_settle(&facts.pool, facts.vault_balance, facts.now, me, Some(facts.governance)) {
            Ok(kind) => {
                if self.dry_run {
                    return Err(Error::InvalidInput("would settle it from its vault (--dry-run)".into()));
                }
                let call = MicroPool::settleCall { poolId: U256::from(pool.id) };
                self.send_capped(kind.label(pool.id), request(self.contracts.micro_pool, call), || Ok(())).await?;
                record.stage = Stage::Settled;
                self.save(&mut record)?;
                self.stop_validator(pool.id).await;
                tracing::info!(pool = pool.id, "settled");
                Ok(None)
            }
            Err(e) => Ok(Some(format!("exit requested; settles once its vault holds the exited balance ({e})"))),
        }
    }

    /// A full pool: its key (made once), then its activation.
    async fn activate(&self, pool: &PoolState, record: Option<PoolRecord>) -> Result<(), Error> {
        let mut record = match record {
            Some(record) => record,
            None if self.dry_run => {
                return Err(Error::InvalidInput(
                    "full: would make its validator key with the guardians and activate it (--dry-run)".into(),
                ));
            }
            None => self.make_key(pool).await?,
        };
        if record.stage == Stage::Activated {
            return Ok(());
        }
        let file = record.deposit_data.display().to_string();
        let text = std::fs::read_to_string(&record.deposit_data)
            .map_err(|e| Error::Other(format!("cannot read {file}: {e}")))?;
        let entry = parse_deposit_data(&text, &file, None)?;
        let attestation = guardian::collect(
            &self.chain,
            &self.contracts,
            pool.id,
            entry.pubkey,
            entry.signature,
            entry.deposit_data_root,
        )
        .await?;
        if self.dry_run {
            return Err(Error::InvalidInput("full and keyed: would send its activation now (--dry-run)".into()));
        }
        let call = MicroPool::activateCall {
            poolId: U256::from(pool.id),
            pubkey: entry.pubkey.to_vec().into(),
            signature: entry.signature.to_vec().into(),
            depositDataRoot: entry.deposit_data_root,
            attestation: guardian::for_micro_pool(attestation),
        };
        let label = format!("activate pool {}", pool.id);
        let receipt = self
            .send_capped(label, request(self.contracts.micro_pool, call), || {
                record.stage = Stage::Activating;
                self.save(&mut record)
            })
            .await?;
        self.pause_after("activation-sent").await;
        let receipt = Some(receipt);
        record.stage = Stage::Activated;
        record.activated_by = receipt.map(|r| r.transaction_hash);
        self.save(&mut record)?;
        tracing::info!(pool = pool.id, validator = %record.validator, "activated");
        Ok(())
    }

    /// The pool's validator key, made with the guardians; its files and the journal record written before
    /// anything else happens.
    async fn make_key(&self, pool: &PoolState) -> Result<PoolRecord, Error> {
        tracing::info!(pool = pool.id, "full: making its validator key with the guardians");
        let generated = dkg::generate(&self.chain, &self.contracts, &self.signer, pool.id, &|round| {
            tracing::debug!(pool = pool.id, round, "key generation");
        })
        .await?;
        let dir = self.journal.dir().join(format!("pool-{}", pool.id));
        stkr_core::dirs::DataDir::ensure_private(&dir)?;
        let key = &generated.key;
        let public = generated.provider_share.public_key().map_err(other)?;
        let keystore = Keystore::encrypt(
            generated.provider_share.to_bytes().as_slice(),
            self.password.expose(),
            Kdf::PBKDF2,
            &public,
            "",
            &format!("the provider's share of validator {} (pool {})", key.pubkey(), pool.id),
        )
        .map_err(other)?;
        let write = |name: &str, text: String| -> Result<PathBuf, Error> {
            let path = dir.join(name);
            stkr_core::dirs::write_private(&path, text.as_bytes())?;
            Ok(path)
        };
        let key_file = write("distributed-key.json", serde_json::to_string_pretty(key).map_err(other)?)?;
        let share_keystore = write("provider-share.json", keystore.to_json().map_err(other)?)?;
        let deposit_data =
            write("deposit_data.json", serde_json::to_string_pretty(&[&generated.deposit]).map_err(other)?)?;
        let mut record = PoolRecord {
            pool_id: pool.id,
            stage: Stage::Keyed,
            validator: key.pubkey(),
            key_file,
            share_keystore,
            deposit_data,
            activated_by: None,
            validator_placement: None,
            validator_health: None,
            updated_at: 0,
        };
        self.save(&mut record)?;
        tracing::info!(pool = pool.id, validator = %record.validator, "keyed");
        self.pause_after("keyed").await;
        Ok(record)
    }
}

/// The daemon's approval: anything under the fee cap, nothing above it.
struct Capped {
    max_fee_wei: u128,
}

impl TxFrontend for Capped {
    fn approve(&self, plan: &Plan) -> Result<(), Error> {
        if plan.fees.max_fee_per_gas > self.max_fee_wei {
            return Err(Error::InvalidInput(format!(
                "the fee would be up to {:.2} gwei per gas, above the cap of {:.2}: waiting for a lower fee",
                plan.fees.max_fee_per_gas as f64 / 1e9,
                self.max_fee_wei as f64 / 1e9
            )));
        }
        Ok(())
    }

    fn sending(&self, label: &str) -> Box<dyn Sending + '_> {
        Box::new(Logged(label.to_string()))
    }

    fn mined(&self, label: &str, block: u64, hash: TxHash) {
        tracing::info!(label, block, %hash, "mined");
    }

    fn warn(&self, message: &str) {
        tracing::warn!("{message}");
    }

    fn unsigned_tx(&self, _tx: &UnsignedTx) -> Result<(), Error> {
        Ok(())
    }

    fn unsigned_plan(&self, _plan: &UnsignedPlan) -> Result<(), Error> {
        Ok(())
    }
}

struct Logged(String);

impl Sending for Logged {
    fn waiting(&self, hash: B256) {
        tracing::info!(label = %self.0, %hash, "sent");
    }
}
