//! Everything the stkr front ends share: contract bindings, deployments, networks, accounts and keys,
//! units, output, and the one transaction flow. It knows no front end.

pub mod accounts;
pub mod batch;
pub mod beacon;
pub mod bindings;
pub mod chain;
pub mod claims;
pub mod codes;
pub mod config;
pub mod context;
pub mod cosign;
pub mod deploy;
pub mod deposit;
pub mod devnet;
pub mod dirs;
pub mod dkg;
pub mod error;
pub mod governance;
pub mod guardian;
pub mod history;
pub mod holdings;
pub mod input;
pub mod market;
pub mod membership;
pub mod network;
pub mod node;
pub mod output;
pub mod params;
pub mod pool;
pub mod provider;
pub mod receipt;
pub mod redeem;
pub mod revert;
pub mod sealed;
pub mod sidecar_rewards;
pub mod stake;
pub mod time;
pub mod tools;
pub mod tx;
pub mod units;

pub use context::Context;
pub use error::{Error, Result};
