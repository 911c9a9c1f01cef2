//! The stkr command tree: one module per role or noun, each a clap `Args` struct with `run(self, ctx)`.

pub mod account;
mod common;
pub mod context;
pub mod deploy;
pub mod devnet;
pub mod distribute;
pub mod govern;
pub mod history;
pub mod init;
pub mod market;
pub mod node;
pub mod output;
pub mod params;
pub mod pool;
pub mod provider;
pub mod stake;
pub mod status;
pub mod validator;

pub use context::Context;
