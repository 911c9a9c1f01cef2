//! Watching the node's execution client over JSON-RPC: chain id, sync state, head and its age, peers.

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{B256, U64},
    providers::Provider,
    rpc::types::SyncStatus,
};
use serde::{Deserialize, Serialize};

use crate::{metrics::Metrics, rpc::Failover};

/// What the execution client said last.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ExecutionView {
    /// It answered.
    pub reachable: bool,
    /// The endpoint that answered.
    pub endpoint: Option<String>,
    /// Its chain id.
    pub chain_id: Option<u64>,
    /// The head block.
    pub head_number: Option<u64>,
    /// The head block's hash.
    pub head_hash: Option<B256>,
    /// The head block's timestamp.
    pub head_timestamp: Option<u64>,
    /// Seconds since the head block (0 when the head is ahead of this machine's clock).
    pub head_age_secs: Option<u64>,
    /// It is syncing.
    pub syncing: bool,
    /// Its peers, when it says.
    pub peers: Option<u64>,
    /// What is wrong, in a sentence.
    pub problem: Option<String>,
}

/// Now, in unix seconds.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

/// Ask the execution client how it is, expecting chain `expected_chain_id`.
pub async fn observe(rpc: &Failover, expected_chain_id: u64, metrics: &Metrics) -> ExecutionView {
    let mut view = ExecutionView::default();
    let chain_id = match rpc.call("eth_chainId", |p| async move { p.get_chain_id().await }).await {
        Ok(id) => id,
        Err(e) => {
            view.problem = Some(e.to_string());
            record(&view, metrics);
            return view;
        }
    };
    view.reachable = true;
    view.endpoint = Some(rpc.active_url());
    view.chain_id = Some(chain_id);
    if chain_id != expected_chain_id {
        view.problem = Some(format!("the execution client is on chain {chain_id}, not {expected_chain_id}"));
    }
    match rpc.call("eth_syncing", |p| async move { p.syncing().await }).await {
        Ok(SyncStatus::Info(_)) => view.syncing = true,
        Ok(SyncStatus::None) => {}
        Err(e) => view.problem = view.problem.or(Some(e.to_string())),
    }
    let head = rpc
        .call("eth_getBlockByNumber", |p| async move { p.get_block_by_number(BlockNumberOrTag::Latest).await })
        .await;
    match head {
        Ok(Some(block)) => {
            view.head_number = Some(block.header.number);
            view.head_hash = Some(block.header.hash);
            view.head_timestamp = Some(block.header.timestamp);
            view.head_age_secs = Some(unix_now().saturating_sub(block.header.timestamp));
        }
        Ok(None) => view.problem = view.problem.or(Some("the execution client has no latest block".into())),
        Err(e) => view.problem = view.problem.or(Some(e.to_string())),
    }
    // Not every client answers net_peerCount (anvil has no peers to count); that is not a fault.
    let peers =
        rpc.call("net_peerCount", |p| async move { p.raw_request::<_, U64>("net_peerCount".into(), ()).await }).await;
    view.peers = peers.ok().map(|n| n.to::<u64>());
    record(&view, metrics);
    view
}

fn record(view: &ExecutionView, metrics: &Metrics) {
    metrics.execution_up.set(i64::from(view.reachable));
    metrics.syncing.set(i64::from(view.syncing));
    if let Some(n) = view.head_number {
        metrics.head_block.set(n as i64);
    }
    if let Some(age) = view.head_age_secs {
        metrics.head_age_seconds.set(age as i64);
    }
    metrics.peers.set(view.peers.map(|p| p as i64).unwrap_or(-1));
}
