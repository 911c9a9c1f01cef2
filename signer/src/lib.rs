//! The stkr threshold signer (`stkr signer run`): the Web3Signer remote-signing API for a distributed validator, signing each duty with the provider's share and t guardians' partial signatures, behind slashing protection.

pub mod commands;
pub mod config;
pub mod daemon;
pub mod http;
pub mod metrics;
