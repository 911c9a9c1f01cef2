//! Contract bindings generated from the forge artifacts checked in under `core/artifacts/`
//! (regenerate with `make generate`). Each carries its bytecode, so `X::deploy` works offline.

#![allow(missing_docs, unreachable_pub, clippy::too_many_arguments)]

use alloy::sol;

sol!(
    #[sol(rpc)]
    #[derive(Debug)]
    AnkrToken,
    "artifacts/AnkrToken.json"
);

sol!(
    #[sol(rpc)]
    #[derive(Debug)]
    AETH,
    "artifacts/AETH.json"
);

sol!(
    #[sol(rpc)]
    #[derive(Debug)]
    Parameters,
    "artifacts/Parameters.json"
);

sol!(
    #[sol(rpc)]
    #[derive(Debug)]
    Multicall3,
    "artifacts/Multicall3.json"
);
