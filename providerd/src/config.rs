//! The provider daemon's TOML configuration: which chain and contracts, which key, the fee cap, where it keeps its journal.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use stkr_core::{Error, deploy::Contracts};

/// Everything `stkr provider run` needs; written by `stkr provider init`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The execution client's JSON-RPC URL.
    pub rpc_url: String,
    /// The provider's Ethereum keystore (a stkr account's file): it sends every transaction.
    pub keystore: PathBuf,
    /// A file whose first line is the keystore's passphrase; it also encrypts the validator key shares.
    pub password_file: PathBuf,
    /// The journal, the key records and shares live here.
    pub state_dir: PathBuf,
    /// How often it looks at the chain, in seconds.
    #[serde(default = "default_poll")]
    pub poll_interval_secs: f64,
    /// The most it pays per gas, in gwei: above it a transaction waits, and the daemon says so.
    pub max_fee_gwei: f64,
    /// The deployment's addresses.
    pub contracts: Contracts,
}

fn default_poll() -> f64 {
    12.0
}

impl Config {
    /// Read and check a configuration file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let config: Self = stkr_daemon::config::load(path, "provider daemon configuration")
            .map_err(|e| Error::InvalidInput(e.to_string()))?;
        config.check().map_err(|reason| Error::InvalidInput(format!("{}: {reason}", path.display())))?;
        Ok(config)
    }

    /// The configuration as TOML.
    pub fn to_toml(&self) -> Result<String, Error> {
        stkr_daemon::config::to_toml(self).map_err(|e| Error::Other(e.to_string()))
    }

    /// Settings that parse but cannot work, each as the sentence the user sees.
    pub fn check(&self) -> Result<(), String> {
        if !(self.rpc_url.starts_with("http://") || self.rpc_url.starts_with("https://")) {
            return Err(format!("rpc_url '{}' is not an http(s) URL", self.rpc_url));
        }
        if !(self.poll_interval_secs.is_finite() && self.poll_interval_secs > 0.0) {
            return Err(format!("poll_interval_secs must be a number above 0, not {}", self.poll_interval_secs));
        }
        if !(self.max_fee_gwei.is_finite() && self.max_fee_gwei > 0.0) {
            return Err(format!("max_fee_gwei must be a number above 0, not {}", self.max_fee_gwei));
        }
        Ok(())
    }

    /// The fee cap in wei per gas.
    pub fn max_fee_wei(&self) -> u128 {
        (self.max_fee_gwei * 1e9) as u128
    }
}
