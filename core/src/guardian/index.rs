//! Which validator pubkeys the deposit contract has already seen, from its `DepositEvent` logs, scanned incrementally.

use std::collections::BTreeMap;

use alloy::{
    primitives::{Address, FixedBytes},
    providers::Provider,
    rpc::types::Filter,
    sol_types::SolEvent,
};
use serde::{Deserialize, Serialize};

use crate::{
    Error, Result,
    bindings::DepositContract,
    chain::{Chain, transport_error},
    deploy::Deployment,
    network::Network,
};

/// Blocks this deep are taken as final: the index keeps only those, and rescans the rest on every check,
/// so a reorganisation cannot hide a deposit from it.
pub const REORG_DEPTH: u64 = 64;

/// Blocks per `eth_getLogs` request, within what public endpoints allow.
const LOG_CHUNK: u64 = 10_000;

/// Where a pubkey was first deposited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deposited {
    /// The block of its first deposit.
    pub block: u64,
}

/// The pubkeys deposited up to (not including) `next_block`, for one deposit contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepositIndex {
    /// The chain.
    pub chain_id: u64,
    /// The deposit contract whose logs these are.
    pub deposit_contract: Address,
    /// The first block not yet scanned.
    pub next_block: u64,
    /// Every pubkey deposited so far (0x-hex), with its first deposit.
    pub deposits: BTreeMap<String, Deposited>,
}

/// The block the deposit contract was created in: the official contracts' known blocks, else (stkr's own
/// devnet contract) the deployment's first block. Deposits before stkr existed count too: a pubkey
/// deposited years ago keeps that deposit's withdrawal credentials.
pub fn scan_start(deployment: &Deployment) -> u64 {
    match Network::from_chain_id(deployment.chain_id) {
        Some(network) if network.is_public() => network.spec().deposit_contract_block,
        _ => deployment.deploy_block,
    }
}

fn key(pubkey: &FixedBytes<48>) -> String {
    alloy::hex::encode_prefixed(pubkey)
}

impl DepositIndex {
    /// An empty index that starts scanning at `start`.
    pub fn new(chain_id: u64, deposit_contract: Address, start: u64) -> Self {
        Self { chain_id, deposit_contract, next_block: start, deposits: BTreeMap::new() }
    }

    /// Where `pubkey` was first deposited, if the scanned blocks hold a deposit for it.
    pub fn deposited(&self, pubkey: &FixedBytes<48>) -> Option<Deposited> {
        self.deposits.get(&key(pubkey)).copied()
    }

    /// Scan up to block `to` (inclusive); whether anything was scanned.
    pub async fn update(&mut self, chain: &Chain, to: u64) -> Result<bool> {
        if to < self.next_block {
            return Ok(false);
        }
        for (pubkey, block) in deposits_between(chain, self.deposit_contract, self.next_block, to).await? {
            self.deposits.entry(key(&pubkey)).or_insert(Deposited { block });
        }
        self.next_block = to + 1;
        Ok(true)
    }

    /// Where `pubkey` was first deposited up to block `at`: the index below its final part, a fresh scan
    /// above it.
    pub async fn deposited_by(&self, chain: &Chain, pubkey: &FixedBytes<48>, at: u64) -> Result<Option<Deposited>> {
        if let Some(seen) = self.deposited(pubkey).filter(|d| d.block <= at) {
            return Ok(Some(seen));
        }
        if at < self.next_block {
            return Ok(None);
        }
        let recent = deposits_between(chain, self.deposit_contract, self.next_block, at).await?;
        Ok(recent.into_iter().find(|(p, _)| p == pubkey).map(|(_, block)| Deposited { block }))
    }
}

/// Every deposit's pubkey and block between `from` and `to` (inclusive), oldest first.
async fn deposits_between(
    chain: &Chain,
    deposit_contract: Address,
    from: u64,
    to: u64,
) -> Result<Vec<(FixedBytes<48>, u64)>> {
    let mut found = Vec::new();
    let mut start = from;
    while start <= to {
        let end = to.min(start + LOG_CHUNK - 1);
        let filter = Filter::new()
            .address(deposit_contract)
            .event_signature(DepositContract::DepositEvent::SIGNATURE_HASH)
            .from_block(start)
            .to_block(end);
        let logs = chain.provider.get_logs(&filter).await.map_err(|e| transport_error(&chain.url, &e))?;
        for log in logs {
            let block = log.block_number.unwrap_or(end);
            let event = log
                .log_decode::<DepositContract::DepositEvent>()
                .map_err(|e| Error::Rpc(format!("a DepositEvent log in block {block} does not decode: {e}")))?;
            let pubkey: [u8; 48] = event.inner.data.pubkey.as_ref().try_into().map_err(|_| {
                Error::Rpc(format!("a DepositEvent log in block {block} carries a pubkey that is not 48 bytes"))
            })?;
            found.push((FixedBytes(pubkey), block));
        }
        start = end + 1;
    }
    Ok(found)
}
