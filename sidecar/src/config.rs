//! The sidecar's TOML configuration: which node, which key, which clients, where to listen and keep state.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use alloy::primitives::Address;
use serde::{Deserialize, Serialize};

use crate::SidecarError;

/// Multicall3's address, the same on every chain stkr knows (the devnet places it there too).
pub const MULTICALL3: Address = alloy::primitives::address!("cA11bde05977b3631167028862bE2a173976CA11");

/// How the daemon writes its logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One readable line per event.
    #[default]
    Human,
    /// One JSON object per line, for journald and log shippers.
    Json,
}

/// Everything `stkr sidecar run` needs; written by `stkr sidecar init`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The network name (devnet, mainnet, hoodi, sepolia); the RPC endpoints must be on it.
    pub network: String,
    /// The node this sidecar serves (`stkr node list`).
    pub node_id: u64,
    /// The NodeRegistry contract the reports go to.
    pub node_registry: Address,
    /// Multicall3, for batched reads.
    #[serde(default = "default_multicall")]
    pub multicall3: Address,
    /// The sidecar's Ethereum keystore (Web3 Secret Storage v3); its address is the node's sidecar.
    pub keystore: PathBuf,
    /// A file whose first line is the keystore's passphrase (systemd passes it as a credential).
    pub password_file: PathBuf,
    /// The execution client's JSON-RPC URLs, in order of preference: the first that answers is used,
    /// and the sidecar goes back to an earlier one once it answers again.
    pub rpc_urls: Vec<String>,
    /// The consensus client's Beacon Node API URLs, in order of preference (optional).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub beacon_urls: Vec<String>,
    /// The validator to watch through the Beacon Node API, as 0x-prefixed 48-byte hex (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator_pubkey: Option<String>,
    /// The provider daemon's status file (`<its state dir>/status.json`): the running projects whose
    /// health this sidecar checks and puts into its signed status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_status: Option<PathBuf>,
    /// Where the signed `/status` and `/healthz` are served (the node's registered probe URL points here).
    pub probe_listen: SocketAddr,
    /// Where Prometheus `/metrics` is served (also on the probe address when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_listen: Option<SocketAddr>,
    /// The outbox, the lock and the status file live here; nothing else is written.
    pub state_dir: PathBuf,
    /// The most the sidecar pays per gas, in gwei; above it, it waits and says so.
    #[serde(default = "default_max_fee")]
    pub max_fee_gwei: f64,
    /// The priority fee (tip) per gas, in gwei.
    #[serde(default = "default_priority_fee")]
    pub priority_fee_gwei: f64,
    /// How often the clients are checked and the period looked at, in seconds.
    #[serde(default = "default_poll")]
    pub poll_interval_secs: f64,
    /// A head older than this (seconds) makes the node unhealthy.
    #[serde(default = "default_head_age")]
    pub max_head_age_secs: u64,
    /// An audited peer whose head is more than this many blocks behind ours is down.
    #[serde(default = "default_head_lag")]
    pub max_head_lag_blocks: u64,
    /// A report not mined after this many seconds is sent again with a higher fee.
    #[serde(default = "default_replace_after")]
    pub replace_after_secs: u64,
    /// While on a fallback endpoint, try the preferred one again after this many seconds.
    #[serde(default = "default_failback")]
    pub failback_after_secs: u64,
    /// How long one RPC or probe call may take, in seconds.
    #[serde(default = "default_timeout")]
    pub request_timeout_secs: f64,
    /// human or json.
    #[serde(default)]
    pub log_format: LogFormat,
}

fn default_multicall() -> Address {
    MULTICALL3
}
fn default_max_fee() -> f64 {
    100.0
}
fn default_priority_fee() -> f64 {
    1.0
}
fn default_poll() -> f64 {
    12.0
}
fn default_head_age() -> u64 {
    120
}
fn default_head_lag() -> u64 {
    5
}
fn default_replace_after() -> u64 {
    60
}
fn default_failback() -> u64 {
    60
}
fn default_timeout() -> f64 {
    5.0
}

impl Config {
    /// A configuration with every optional setting at its default.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network: String,
        node_id: u64,
        node_registry: Address,
        keystore: PathBuf,
        password_file: PathBuf,
        rpc_urls: Vec<String>,
        probe_listen: SocketAddr,
        state_dir: PathBuf,
    ) -> Self {
        Self {
            network,
            node_id,
            node_registry,
            multicall3: MULTICALL3,
            keystore,
            password_file,
            rpc_urls,
            beacon_urls: Vec::new(),
            validator_pubkey: None,
            provider_status: None,
            probe_listen,
            metrics_listen: None,
            state_dir,
            max_fee_gwei: default_max_fee(),
            priority_fee_gwei: default_priority_fee(),
            poll_interval_secs: default_poll(),
            max_head_age_secs: default_head_age(),
            max_head_lag_blocks: default_head_lag(),
            replace_after_secs: default_replace_after(),
            failback_after_secs: default_failback(),
            request_timeout_secs: default_timeout(),
            log_format: LogFormat::Human,
        }
    }

    /// Read and check a configuration file.
    pub fn load(path: &Path) -> Result<Self, SidecarError> {
        let config: Self = stkr_daemon::config::load(path, "sidecar configuration")?;
        config.check().map_err(|reason| SidecarError::Config(format!("{}: {reason}", path.display())))?;
        Ok(config)
    }

    /// The configuration as TOML.
    pub fn to_toml(&self) -> Result<String, SidecarError> {
        Ok(stkr_daemon::config::to_toml(self)?)
    }

    /// Settings that parse but cannot work, each as the sentence the user sees.
    pub fn check(&self) -> Result<(), String> {
        if self.node_id == 0 {
            return Err("node_id must be a node id (from 1; see `stkr node list`)".into());
        }
        if self.rpc_urls.is_empty() {
            return Err("rpc_urls needs at least one execution client URL".into());
        }
        for url in self.rpc_urls.iter().chain(&self.beacon_urls) {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(format!("'{url}' is not an http(s) URL"));
            }
        }
        if let Some(pubkey) = &self.validator_pubkey {
            let hex = pubkey.strip_prefix("0x").unwrap_or(pubkey);
            if hex.len() != 96 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(format!("validator_pubkey '{pubkey}' is not 48 bytes of hex (0x and 96 hex digits)"));
            }
            if self.beacon_urls.is_empty() {
                return Err("validator_pubkey needs beacon_urls to watch it through".into());
            }
        }
        let positive = [
            ("max_fee_gwei", self.max_fee_gwei),
            ("poll_interval_secs", self.poll_interval_secs),
            ("request_timeout_secs", self.request_timeout_secs),
        ];
        for (name, value) in positive {
            if !(value.is_finite() && value > 0.0) {
                return Err(format!("{name} must be a number above 0, not {value}"));
            }
        }
        if !(self.priority_fee_gwei.is_finite() && self.priority_fee_gwei >= 0.0) {
            return Err(format!("priority_fee_gwei must be 0 or more, not {}", self.priority_fee_gwei));
        }
        if self.priority_fee_gwei > self.max_fee_gwei {
            return Err(format!(
                "priority_fee_gwei ({}) is above max_fee_gwei ({}): no transaction could be sent",
                self.priority_fee_gwei, self.max_fee_gwei
            ));
        }
        Ok(())
    }

    /// The fee cap in wei per gas.
    pub fn max_fee_wei(&self) -> u128 {
        (self.max_fee_gwei * 1e9) as u128
    }

    /// The tip in wei per gas.
    pub fn priority_fee_wei(&self) -> u128 {
        (self.priority_fee_gwei * 1e9) as u128
    }

    /// The probe and metrics listeners are the same socket.
    pub fn metrics_on_probe(&self) -> bool {
        self.metrics_listen.is_none_or(|m| m == self.probe_listen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Config {
        Config::new(
            "devnet".into(),
            3,
            Address::repeat_byte(0x11),
            "/keys/sidecar.json".into(),
            "/run/credentials/password".into(),
            vec!["http://127.0.0.1:8545".into(), "http://10.0.0.2:8545".into()],
            "0.0.0.0:9100".parse().expect("socket"),
            "/var/lib/stkr-sidecar".into(),
        )
    }

    #[test]
    fn a_written_config_reads_back_the_same() {
        let config = sample();
        let text = config.to_toml().expect("toml");
        assert!(text.contains("rpc_urls = ["), "{text}");
        let back: Config = toml::from_str(&text).expect("parse");
        assert_eq!(back, config);
    }

    #[test]
    fn unknown_keys_and_bad_values_are_refused_with_a_reason() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sidecar.toml");
        let mut text = sample().to_toml().expect("toml");
        text.push_str("colour = \"blue\"\n");
        std::fs::write(&path, &text).expect("write");
        let error = Config::load(&path).expect_err("unknown key").to_string();
        assert!(error.contains("unknown field `colour`"), "{error}");

        let mut bad = sample();
        bad.rpc_urls = vec!["ws://127.0.0.1:8546".into()];
        assert_eq!(bad.check(), Err("'ws://127.0.0.1:8546' is not an http(s) URL".into()));
        let mut bad = sample();
        bad.validator_pubkey = Some("0x1234".into());
        bad.beacon_urls = vec!["http://127.0.0.1:9596".into()];
        assert!(bad.check().is_err_and(|e| e.contains("not 48 bytes of hex")));
        let mut bad = sample();
        bad.priority_fee_gwei = 200.0;
        assert!(bad.check().is_err_and(|e| e.contains("above max_fee_gwei")));
    }
}
