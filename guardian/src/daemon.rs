//! The guardian's state and loop: the deposit index kept on disk and caught up with the chain each round, and the attestations it signs.

use std::sync::atomic::{AtomicU64, Ordering};

use alloy::{providers::Provider, signers::local::PrivateKeySigner};
use serde::Serialize;
use stkr_core::{
    Error,
    chain::{Chain, transport_error},
    deploy::Contracts,
    guardian::{self, DepositIndex, DepositRequest, GuardianAttestation, REORG_DEPTH, Refusal},
};
use stkr_daemon::journal::Journal;
use tokio::sync::RwLock;
use zeroize::Zeroizing;

use crate::{distributed::Distributed, metrics::Metrics};

/// The journal document holding the deposit index.
const INDEX: &str = "deposit-index.json";
/// The journal log of every answer given.
const RECORD: &str = "attestations.jsonl";
/// The index is written to disk once it has moved on this many blocks (and on stop): writing it every
/// round would rewrite millions of mainnet pubkeys every 12 seconds.
const PERSIST_EVERY: u64 = 256;

/// A guardian at work: its key, its chain, its index.
#[derive(Debug)]
pub struct Guardian {
    /// The connected chain.
    pub chain: Chain,
    /// The deployment.
    pub contracts: Contracts,
    /// The guardian's key.
    pub signer: PrivateKeySigner,
    /// The state dir.
    pub journal: Journal,
    /// Pubkeys deposited in the final blocks.
    pub index: RwLock<DepositIndex>,
    /// The metrics.
    pub metrics: Metrics,
    /// Unix seconds of the last completed round.
    pub last_round: AtomicU64,
    /// Key generations in progress and the shares held.
    pub distributed: Distributed,
    /// The EIP-3076 record of every duty this guardian gave a partial signature for.
    pub protection: stkr_core::cosign::Protection,
    /// The passphrase the shares' keystores are encrypted under (the guardian's own).
    pub password: Zeroizing<String>,
    persisted_at: AtomicU64,
}

/// One line of the attestation record.
#[derive(Debug, Serialize)]
struct Answer<'a> {
    time: u64,
    request: &'a DepositRequest,
    #[serde(skip_serializing_if = "Option::is_none")]
    attestation: Option<&'a GuardianAttestation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refusal: Option<String>,
}

/// Unix seconds now.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

impl Guardian {
    /// A guardian with the index in `journal`, or a fresh one from `scan_start`.
    pub fn new(
        chain: Chain,
        contracts: Contracts,
        signer: PrivateKeySigner,
        journal: Journal,
        scan_start: u64,
        password: Zeroizing<String>,
    ) -> Result<Self, Error> {
        let distributed = Distributed::load(journal.dir(), &password)?;
        let protection = stkr_core::cosign::Protection::new(journal.dir().join("slashing-protection.json"));
        let stored: Option<DepositIndex> = journal.read(INDEX).map_err(|e| Error::Other(e.to_string()))?;
        let index = match stored {
            Some(index) if index.chain_id == chain.chain_id && index.deposit_contract == contracts.deposit_contract => {
                index
            }
            Some(index) => {
                return Err(Error::InvalidInput(format!(
                    "the state dir {} indexes deposit contract {} on chain {}, not {} on chain {}: give this deployment a state dir of its own",
                    journal.dir().display(),
                    index.deposit_contract,
                    index.chain_id,
                    contracts.deposit_contract,
                    chain.chain_id
                )));
            }
            None => DepositIndex::new(chain.chain_id, contracts.deposit_contract, scan_start),
        };
        let persisted_at = AtomicU64::new(index.next_block);
        Ok(Self {
            chain,
            contracts,
            signer,
            journal,
            index: RwLock::new(index),
            metrics: Metrics::default(),
            last_round: AtomicU64::new(0),
            distributed,
            protection,
            password,
            persisted_at,
        })
    }

    /// Catch the index up with the chain's final blocks, and write it down when it moved far enough.
    pub async fn refresh(&self) -> Result<(), Error> {
        let head = self.chain.provider.get_block_number().await.map_err(|e| transport_error(&self.chain.url, &e))?;
        self.metrics.head_block.set(i64::try_from(head).unwrap_or(i64::MAX));
        let mut index = self.index.write().await;
        index.update(&self.chain, head.saturating_sub(REORG_DEPTH)).await?;
        self.metrics.index_next_block.set(i64::try_from(index.next_block).unwrap_or(i64::MAX));
        self.metrics.indexed_pubkeys.set(i64::try_from(index.deposits.len()).unwrap_or(i64::MAX));
        if index.next_block >= self.persisted_at.load(Ordering::Relaxed) + PERSIST_EVERY {
            self.persist(&index)?;
        }
        self.last_round.store(unix_now(), Ordering::Relaxed);
        Ok(())
    }

    /// Write the index to the state dir.
    pub fn persist(&self, index: &DepositIndex) -> Result<(), Error> {
        self.journal.write(INDEX, index).map_err(|e| Error::Other(e.to_string()))?;
        self.persisted_at.store(index.next_block, Ordering::Relaxed);
        Ok(())
    }

    /// Answer one request: check it, sign it, record the answer.
    pub async fn attest(&self, request: &DepositRequest) -> Result<GuardianAttestation, Refusal> {
        let answer = {
            let index = self.index.read().await;
            guardian::attest(&self.chain, &self.contracts, &index, &self.signer, request).await
        };
        let (attestation, refusal) = match &answer {
            Ok(attestation) => {
                self.metrics.attestations.inc();
                tracing::info!(pool = request.pool_id, pubkey = %request.pubkey, block = attestation.block.block_number, "attested");
                (Some(attestation), None)
            }
            Err(refusal) => {
                match refusal {
                    Refusal::Refused(_) => self.metrics.refusals.inc(),
                    Refusal::Failed(_) => self.metrics.failures.inc(),
                }
                tracing::info!(pool = request.pool_id, pubkey = %request.pubkey, %refusal, "refused");
                (None, Some(refusal.to_string()))
            }
        };
        let record = Answer { time: unix_now(), request, attestation, refusal };
        if let Err(e) = self.journal.append(RECORD, &record) {
            tracing::warn!(error = %e, "cannot record the answer");
        }
        answer
    }
}
