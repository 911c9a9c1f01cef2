//! The skeleton every stkr daemon is built on: TOML configuration, signals and graceful stop, an on-disk
//! journal with a one-daemon-per-state-dir lock, hardened systemd units, HTTP with limits, and metrics.

pub mod config;
pub mod http;
pub mod journal;
pub mod metrics;
pub mod service;
pub mod signal;

use std::path::Path;

/// What can go wrong in the skeleton.
#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    /// A configuration file cannot be read, parsed or written.
    #[error("{0}")]
    Config(String),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The local state is unusable (a damaged file, a value that cannot be encoded).
    #[error("{0}")]
    State(String),
    /// Another daemon holds the state dir's lock.
    #[error("another daemon already runs with the state dir {0}")]
    Locked(String),
    /// A listener could not be bound.
    #[error("cannot listen on {address}: {source}")]
    Listen {
        /// The address.
        address: std::net::SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

impl DaemonError {
    /// An I/O error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io { path: path.display().to_string(), source }
    }
}
