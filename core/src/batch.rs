//! Batched reads through Multicall3: many view calls, one round trip, each answer read back through the
//! typed [`Slot`] its call returned, never by position.

use std::marker::PhantomData;

use alloy::{
    primitives::{Address, Bytes},
    sol_types::SolCall,
};

use crate::{
    Error, Result,
    bindings::Multicall3::{self, Call3},
    chain::Chain,
};

/// A view call for [`read`]: the contract and the calldata.
pub fn call<C: SolCall>(target: Address, call: C) -> (Address, Bytes) {
    (target, call.abi_encode().into())
}

/// One call's answer in a batched read, with the contract that gave it.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The contract called.
    pub target: Address,
    /// What it returned.
    pub data: Bytes,
}

impl Answer {
    /// The answer decoded as `C` returns it. Data that does not decode means the contract is not the one
    /// stkr expects there, so the error names it.
    pub fn decode<C: SolCall>(&self) -> Result<C::Return> {
        C::abi_decode_returns(&self.data).map_err(|_| {
            Error::Other(format!(
                "the contract at {} gave a malformed answer to {}; is it the stkr version that deployed it?",
                self.target,
                C::SIGNATURE
            ))
        })
    }
}

/// Run the view calls `(target, calldata)` in one `aggregate3` call and return each one's answer, in order.
/// Any failing call fails the batch, with its index.
pub async fn read(chain: &Chain, multicall: Address, calls: Vec<(Address, Bytes)>) -> Result<Vec<Answer>> {
    let targets: Vec<Address> = calls.iter().map(|(target, _)| *target).collect();
    let calls: Vec<Call3> = calls
        .into_iter()
        .map(|(target, call_data)| Call3 { target, allowFailure: false, callData: call_data })
        .collect();
    let results = Multicall3::new(multicall, &chain.provider).aggregate3(calls).call().await.map_err(|e| match e {
        alloy::contract::Error::TransportError(t) => crate::chain::transport_error(&chain.url, &t),
        other => Error::Rpc(format!("batched read through Multicall3 at {multicall} failed: {other}")),
    })?;
    // One answer per call, so callers may index the answers by the position of their calls.
    if results.len() != targets.len() {
        return Err(Error::Rpc(format!(
            "the batched read through Multicall3 at {multicall} gave {} answers to {} calls",
            results.len(),
            targets.len()
        )));
    }
    Ok(targets.into_iter().zip(results).map(|(target, r)| Answer { target, data: r.returnData }).collect())
}

/// Calls per `aggregate3` round trip in [`read_chunked`]: a view of a few storage slots costs ~10-15k
/// gas, so 1,000 of them stay near 15M gas, inside any node's `eth_call` gas cap (geth: 50M, anvil: the
/// 30M block limit), while a thousand pools take one round trip.
pub const CHUNK: usize = 1_000;

/// Like [`read`] for any number of calls: `chunk` calls per round trip (at least one), answers in order.
/// No calls, no round trip.
pub async fn read_chunked(
    chain: &Chain,
    multicall: Address,
    calls: Vec<(Address, Bytes)>,
    chunk: usize,
) -> Result<Vec<Answer>> {
    let mut results = Vec::with_capacity(calls.len());
    let mut calls = calls.into_iter().peekable();
    while calls.peek().is_some() {
        let part: Vec<(Address, Bytes)> = calls.by_ref().take(chunk.max(1)).collect();
        results.extend(read(chain, multicall, part).await?);
    }
    Ok(results)
}

/// View calls gathered for one Multicall3 round trip (or a few, past [`CHUNK`] calls), each answered
/// through the typed [`Slot`] that [`Batch::add`] returned.
#[derive(Debug, Default)]
pub struct Batch {
    calls: Vec<(Address, Bytes)>,
}

/// Where one call's answer will be in the [`Answers`] of its batch.
#[derive(Debug)]
pub struct Slot<C> {
    index: usize,
    call: PhantomData<fn() -> C>,
}

impl<C> Clone for Slot<C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<C> Copy for Slot<C> {}

/// The answers of a batch.
#[derive(Debug)]
pub struct Answers {
    results: Vec<Answer>,
}

impl Batch {
    /// An empty batch.
    pub fn new() -> Self {
        Self::default()
    }

    /// Queue `call` to `to`; its answer comes back through the slot.
    pub fn add<C: SolCall>(&mut self, to: Address, call: C) -> Slot<C> {
        self.calls.push(self::call(to, call));
        Slot { index: self.calls.len() - 1, call: PhantomData }
    }

    /// How many calls are queued.
    pub fn len(&self) -> usize {
        self.calls.len()
    }

    /// Whether nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.calls.is_empty()
    }

    /// Run the calls through the Multicall3 at `multicall`: one round trip per [`CHUNK`] calls, none when
    /// the batch is empty.
    pub async fn run(self, chain: &Chain, multicall: Address) -> Result<Answers> {
        Ok(Answers { results: read_chunked(chain, multicall, self.calls, CHUNK).await? })
    }
}

impl Answers {
    /// The decoded answer of `slot`.
    pub fn get<C: SolCall>(&self, slot: Slot<C>) -> Result<C::Return> {
        self.results
            .get(slot.index)
            .ok_or_else(|| Error::Rpc(format!("the batched read gave no answer to {}", C::SIGNATURE)))?
            .decode::<C>()
    }
}
