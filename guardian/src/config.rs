//! The guardian's TOML configuration: which chain and contracts, which key, where to listen and keep state.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use serde::{Deserialize, Serialize};
use stkr_core::{Error, deploy::Contracts};

/// Everything `stkr guardian run` needs; written by `stkr guardian init`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The execution client's JSON-RPC URL: the guardian's own node, which it trusts for the deposit logs.
    pub rpc_url: String,
    /// The guardian's Ethereum keystore (a stkr account's file); its address is the appointed guardian.
    pub keystore: PathBuf,
    /// A file whose first line is the keystore's passphrase (systemd passes it as a credential).
    pub password_file: PathBuf,
    /// Where POST /v1/attestations, GET /health and GET /metrics are served (the registered URL points here).
    pub listen: SocketAddr,
    /// The deposit index, the attestation record and the lock live here; nothing else is written.
    pub state_dir: PathBuf,
    /// The block the deposit contract's logs are scanned from (its creation).
    pub scan_start: u64,
    /// How often the deposit index catches up with the chain, in seconds.
    #[serde(default = "default_poll")]
    pub poll_interval_secs: f64,
    /// The deployment's addresses.
    pub contracts: Contracts,
}

fn default_poll() -> f64 {
    12.0
}

impl Config {
    /// Read and check a configuration file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let config: Self = stkr_daemon::config::load(path, "guardian configuration")
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
        if self.contracts.deposit_guard.is_zero() {
            return Err("contracts.deposit_guard is not set: this deployment has no DepositGuard".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::Address;

    use super::*;

    fn sample() -> Config {
        let a = Address::repeat_byte;
        Config {
            rpc_url: "http://127.0.0.1:8545".into(),
            keystore: "/keys/guardian.json".into(),
            password_file: "/run/credentials/password".into(),
            listen: "0.0.0.0:9200".parse().expect("socket"),
            state_dir: "/var/lib/stkr-guardian".into(),
            scan_start: 1,
            poll_interval_secs: 12.0,
            contracts: Contracts {
                ankr_token: a(1),
                parameters: a(2),
                aeth: a(3),
                multicall3: a(4),
                deposit_contract: a(5),
                deposit_guard: a(6),
                provider_registry: a(7),
                insurance_pool: a(8),
                reward_pool: a(9),
                micro_pool: a(10),
                node_registry: a(11),
                marketplace: a(12),
                staker_rewards: a(13),
                governance: None,
            },
        }
    }

    #[test]
    fn a_written_config_reads_back_and_bad_ones_are_refused() {
        let config = sample();
        let text = config.to_toml().expect("toml");
        assert!(text.contains("[contracts]"), "{text}");
        let back: Config = toml::from_str(&text).expect("parse");
        assert_eq!(back, config);
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("guardian.toml");
        std::fs::write(&path, text.replace("rpc_url = \"http", "rpc_url = \"ws")).expect("write");
        let error = Config::load(&path).expect_err("ws").to_string();
        assert!(error.ends_with("rpc_url 'ws://127.0.0.1:8545' is not an http(s) URL"), "{error}");
    }
}
