//! The stkr command tree: one module per role or noun, each a clap `Args` struct with `run(self, ctx)`.

pub mod account;
pub mod deploy;
pub mod devnet;
pub mod params;
pub mod pool;
pub mod stake;

pub use stkr_core::Context;
