//! The signer's TOML configuration: the key it signs for, the guardians it asks, where it listens and keeps its slashing-protection record.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use alloy::primitives::Address;
use serde::{Deserialize, Serialize};
use stkr_core::Error;

/// A guardian the signer asks for partial signatures.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct GuardianEndpoint {
    /// Its share index.
    pub index: u32,
    /// Its address.
    pub address: Address,
    /// Its daemon's registered URL.
    pub url: String,
}

/// Everything `stkr signer run` needs; written by `stkr signer init`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The chain the validator is on.
    pub chain_id: u64,
    /// The distributed key's public record (`stkr validator dkg` writes it).
    pub key_file: PathBuf,
    /// The provider's share of the validator key: an EIP-2335 keystore.
    pub share_keystore: PathBuf,
    /// The provider's Ethereum keystore: it signs every request to the guardians.
    pub account_keystore: PathBuf,
    /// A file whose first line is the passphrase of both keystores (systemd passes it as a credential).
    pub password_file: PathBuf,
    /// Where the validator client reaches the Web3Signer API, /metrics and /status. Keep it on loopback or
    /// a private network: the API signs for anyone who can reach it (behind slashing protection).
    pub listen: SocketAddr,
    /// The slashing-protection record and the lock live here.
    pub state_dir: PathBuf,
    /// The guardians, as the chain listed them at `init`.
    pub guardians: Vec<GuardianEndpoint>,
    /// How long a guardian may take to answer, in seconds.
    #[serde(default = "default_timeout")]
    pub guardian_timeout_secs: f64,
}

fn default_timeout() -> f64 {
    2.0
}

impl Config {
    /// Read and check a configuration file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let config: Self =
            stkr_daemon::config::load(path, "signer configuration").map_err(|e| Error::InvalidInput(e.to_string()))?;
        config.check().map_err(|reason| Error::InvalidInput(format!("{}: {reason}", path.display())))?;
        Ok(config)
    }

    /// The configuration as TOML.
    pub fn to_toml(&self) -> Result<String, Error> {
        stkr_daemon::config::to_toml(self).map_err(|e| Error::Other(e.to_string()))
    }

    /// Settings that parse but cannot work, each as the sentence the user sees.
    pub fn check(&self) -> Result<(), String> {
        if !(self.guardian_timeout_secs.is_finite() && self.guardian_timeout_secs > 0.0) {
            return Err(format!("guardian_timeout_secs must be a number above 0, not {}", self.guardian_timeout_secs));
        }
        if self.guardians.is_empty() {
            return Err("no guardians are listed: run `stkr signer init` again".into());
        }
        for guardian in &self.guardians {
            if !(guardian.url.starts_with("http://") || guardian.url.starts_with("https://")) {
                return Err(format!("guardian {}'s url '{}' is not an http(s) URL", guardian.index, guardian.url));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Config {
        Config {
            chain_id: 31337,
            key_file: "/etc/stkr/validator/distributed-key.json".into(),
            share_keystore: "/etc/stkr/validator/provider-share.json".into(),
            account_keystore: "/etc/stkr/provider.json".into(),
            password_file: "/etc/stkr/signer.pass".into(),
            listen: "127.0.0.1:9000".parse().expect("socket"),
            state_dir: "/var/lib/stkr-signer".into(),
            guardians: vec![GuardianEndpoint {
                index: 1,
                address: Address::repeat_byte(1),
                url: "https://guardian.example".into(),
            }],
            guardian_timeout_secs: 2.0,
        }
    }

    #[test]
    fn a_written_config_reads_back_and_bad_ones_are_refused() {
        let config = sample();
        let text = config.to_toml().expect("toml");
        let back: Config = toml::from_str(&text).expect("parse");
        assert_eq!(back, config);
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("signer.toml");
        std::fs::write(&path, text.replace("https://guardian", "ftp://guardian")).expect("write");
        let error = Config::load(&path).expect_err("ftp").to_string();
        assert!(error.ends_with("guardian 1's url 'ftp://guardian.example' is not an http(s) URL"), "{error}");
    }
}
