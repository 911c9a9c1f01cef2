//! The user's defaults written by `stkr init`: network, RPC URL and account, under the data dir.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::{Error, Result, dirs::DataDir, dirs::write_private};

/// Defaults for the global options; flags and environment variables override them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The network's name (devnet, mainnet, hoodi, sepolia).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    /// The JSON-RPC endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc_url: Option<String>,
    /// The account that signs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
}

impl Config {
    /// Where the config lives: `<data dir>/config.toml`.
    pub fn path(data: &DataDir) -> PathBuf {
        data.root().join("config.toml")
    }

    /// The config, or the empty one when there is none.
    pub fn load(data: &DataDir) -> Result<Self> {
        let path = Self::path(data);
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                Error::Other(format!(
                    "the config file {} is not valid ({}); fix it or run `stkr init` again",
                    path.display(),
                    e.message()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(Error::io(format!("reading {}", path.display()))(e)),
        }
    }

    /// Write the config.
    pub fn save(&self, data: &DataDir) -> Result<PathBuf> {
        let path = Self::path(data);
        let text = toml::to_string(self).map_err(|e| Error::Other(format!("cannot write the config: {e}")))?;
        let text = format!("# Written by `stkr init`; flags and environment variables override these.\n{text}");
        write_private(&path, text.as_bytes())?;
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_unknown_keys() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::resolve(Some(dir.path().to_path_buf())).expect("data dir");
        assert_eq!(Config::load(&data).ok(), Some(Config::default()));
        let config = Config {
            network: Some("devnet".into()),
            rpc_url: Some("http://127.0.0.1:8545".into()),
            account: Some("alice".into()),
        };
        config.save(&data).expect("save");
        assert_eq!(Config::load(&data).ok(), Some(config));
        std::fs::write(Config::path(&data), "acount = \"typo\"\n").expect("write");
        let err = Config::load(&data).expect_err("unknown key");
        assert!(err.to_string().contains("run `stkr init` again"), "{err}");
    }
}
