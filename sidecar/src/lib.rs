//! The stkr sidecar (`stkr sidecar run`): watches its node's clients, audits its peers through their
//! signed probe endpoints, and files one report per period to NodeRegistry without ever losing one.

pub mod beacon;
pub mod commands;
pub mod config;
pub mod daemon;
pub mod execution;
pub mod http;
pub mod metrics;
pub mod outbox;
pub mod probe;
pub mod projects;
pub mod report;
pub mod rpc;
pub mod service;

use std::path::Path;

/// What can go wrong in the sidecar.
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    /// The configuration cannot work.
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
    /// The local state is unusable.
    #[error("{0}")]
    State(String),
    /// No endpoint answered.
    #[error("unreachable: {0}")]
    Unreachable(String),
    /// An endpoint answered with an error.
    #[error("{0}")]
    Rpc(String),
    /// An endpoint answered something that makes no sense.
    #[error("answer makes no sense: {0}")]
    Garbage(String),
    /// Signing failed.
    #[error("signing: {0}")]
    Signing(String),
}

impl From<stkr_daemon::DaemonError> for SidecarError {
    fn from(error: stkr_daemon::DaemonError) -> Self {
        use stkr_daemon::DaemonError;
        match error {
            DaemonError::Config(message) => Self::Config(message),
            DaemonError::Io { path, source } => Self::Io { path, source },
            DaemonError::State(message) => Self::State(message),
            DaemonError::Locked(dir) => Self::State(format!("another sidecar already runs with the state dir {dir}")),
            listen @ DaemonError::Listen { .. } => Self::Config(listen.to_string()),
        }
    }
}

impl SidecarError {
    /// An I/O error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io { path: path.display().to_string(), source }
    }

    /// A JSON encoding error.
    pub fn json(error: serde_json::Error) -> Self {
        Self::State(format!("cannot encode the state: {error}"))
    }
}
