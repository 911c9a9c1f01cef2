//! Batched reads through Multicall3: many view calls, one round trip.

use alloy::primitives::{Address, Bytes};

use crate::{
    Error, Result,
    bindings::Multicall3::{self, Call3},
    chain::Chain,
};

/// Run the view calls `(target, calldata)` in one `aggregate3` call and return each one's return data.
/// Any failing call fails the batch, with its index.
pub async fn read(chain: &Chain, multicall: Address, calls: Vec<(Address, Bytes)>) -> Result<Vec<Bytes>> {
    let calls: Vec<Call3> = calls
        .into_iter()
        .map(|(target, call_data)| Call3 { target, allowFailure: false, callData: call_data })
        .collect();
    let results = Multicall3::new(multicall, &chain.provider).aggregate3(calls).call().await.map_err(|e| match e {
        alloy::contract::Error::TransportError(t) => crate::chain::transport_error(&chain.url, &t),
        other => Error::Rpc(format!("batched read through Multicall3 at {multicall} failed: {other}")),
    })?;
    Ok(results.into_iter().map(|r| r.returnData).collect())
}

/// Calls per `aggregate3` round trip in [`read_chunked`]: small enough for any node's `eth_call` gas cap
/// and response size, large enough that hundreds of items take a few round trips.
pub const CHUNK: usize = 200;

/// Like [`read`] for any number of calls: `chunk` calls per round trip (at least one), results in order.
/// No calls, no round trip.
pub async fn read_chunked(
    chain: &Chain,
    multicall: Address,
    calls: Vec<(Address, Bytes)>,
    chunk: usize,
) -> Result<Vec<Bytes>> {
    let mut results = Vec::with_capacity(calls.len());
    let mut calls = calls.into_iter().peekable();
    while calls.peek().is_some() {
        let part: Vec<(Address, Bytes)> = calls.by_ref().take(chunk.max(1)).collect();
        results.extend(read(chain, multicall, part).await?);
    }
    Ok(results)
}
