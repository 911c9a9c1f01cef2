//! The stkr deposit guardian (`stkr guardian run`): checks each pool's validator deposit and signs an attestation of the deposit contract's root, so nobody can front-run it.

pub mod commands;
pub mod config;
pub mod daemon;
pub mod distributed;
pub mod http;
pub mod metrics;
pub mod service;
