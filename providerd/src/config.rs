//! The provider daemon's TOML configuration: which chain and contracts, which key, the fee cap, where it keeps its journal.

use std::path::{Path, PathBuf};

use alloy::primitives::U256;
use serde::{Deserialize, Serialize};
use stkr_core::{
    Error,
    deploy::Contracts,
    units::{Token, parse_amount},
};

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
    /// How it bids on projects and runs the ones it wins; without it, it bids on none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<ProjectPolicy>,
    /// How it runs the validators of activated pools; without it, it runs none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validators: Option<ValidatorPolicy>,
    /// When it claims what the provider is owed and how much collateral it keeps.
    #[serde(default)]
    pub money: MoneyPolicy,
    /// Where it serves `/metrics` (Prometheus) and `/status`; none: it serves nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_listen: Option<std::net::SocketAddr>,
}

/// When the daemon claims what the provider is owed, and the collateral it keeps.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MoneyPolicy {
    /// Claim owed ETH once it is at least this many times the fee of claiming it.
    #[serde(default = "default_fee_multiple")]
    pub claim_min_fee_multiple: f64,
    /// Claim owed ANKR from this much.
    #[serde(default = "default_min_ankr")]
    pub claim_min_ankr: String,
    /// Keep the collateral at least this, in ANKR, topping it up from the provider's ANKR (none: leave it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collateral_target_ankr: Option<String>,
    /// How often it looks at claims and collateral, in seconds.
    #[serde(default = "default_money_interval")]
    pub interval_secs: f64,
}

fn default_fee_multiple() -> f64 {
    10.0
}

fn default_min_ankr() -> String {
    "100".into()
}

fn default_money_interval() -> f64 {
    300.0
}

impl Default for MoneyPolicy {
    fn default() -> Self {
        Self {
            claim_min_fee_multiple: default_fee_multiple(),
            claim_min_ankr: default_min_ankr(),
            collateral_target_ankr: None,
            interval_secs: default_money_interval(),
        }
    }
}

impl MoneyPolicy {
    /// The ANKR floor of a claim, in wei.
    pub fn claim_min_ankr(&self) -> Result<U256, String> {
        parse_amount(&self.claim_min_ankr, Token::Ankr).map_err(|e| format!("claim_min_ankr: {e}"))
    }

    /// The fee multiple in basis points.
    pub fn claim_min_fee_multiple_bps(&self) -> u64 {
        (self.claim_min_fee_multiple * 10_000.0).round() as u64
    }

    /// The collateral target in wei, if any.
    pub fn collateral_target(&self) -> Result<Option<U256>, String> {
        self.collateral_target_ankr
            .as_deref()
            .map(|t| parse_amount(t, Token::Ankr).map_err(|e| format!("collateral_target_ankr: {e}")))
            .transpose()
    }

    /// Settings that parse but cannot work.
    pub fn check(&self) -> Result<(), String> {
        self.claim_min_ankr()?;
        self.collateral_target()?;
        if !(self.claim_min_fee_multiple.is_finite() && self.claim_min_fee_multiple >= 0.0) {
            return Err(format!("claim_min_fee_multiple must be 0 or more, not {}", self.claim_min_fee_multiple));
        }
        if !(self.interval_secs.is_finite() && self.interval_secs > 0.0) {
            return Err(format!("interval_secs must be a number above 0, not {}", self.interval_secs));
        }
        Ok(())
    }
}

/// How the daemon runs each activated pool's validator: a threshold signer (`stkr signer run`) and a
/// validator client from a template, both supervised.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ValidatorPolicy {
    /// The provider's beacon node (Beacon Node API).
    pub beacon_url: String,
    /// The validator client's template: `<templates_dir>/<template>.toml`.
    pub template: String,
    /// Where the templates are.
    pub templates_dir: PathBuf,
    /// The network name the template's `{network}` is (mainnet, hoodi, …).
    pub network: String,
}

/// The written policy for projects: what it bids, how many it runs, what it runs them with.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProjectPolicy {
    /// Never bid below this, in ANKR.
    pub floor_price_ankr: String,
    /// Bid this share of a project's fixed price (0 to 1), or the floor when that is higher.
    pub bid_share_of_fixed_price: f64,
    /// Never hold more than this many projects at once (bids in flight count).
    pub max_projects: u32,
    /// The template a won project is provisioned from: `<templates_dir>/<template>.toml`.
    pub template: String,
    /// Where the templates are.
    pub templates_dir: PathBuf,
    /// Where each project's data dir is made.
    pub projects_dir: PathBuf,
    /// The profit the daemon reports at a project's end, in ANKR (deposited from the provider's ANKR).
    #[serde(default = "zero")]
    pub profit_ankr: String,
}

fn zero() -> String {
    "0".into()
}

impl ProjectPolicy {
    /// The floor in ANKR wei.
    pub fn floor(&self) -> Result<U256, String> {
        parse_amount(&self.floor_price_ankr, Token::Ankr).map_err(|e| format!("floor_price_ankr: {e}"))
    }

    /// The profit in ANKR wei.
    pub fn profit(&self) -> Result<U256, String> {
        parse_amount(&self.profit_ankr, Token::Ankr).map_err(|e| format!("profit_ankr: {e}"))
    }

    /// The bid share in basis points.
    pub fn share_bps(&self) -> u64 {
        (self.bid_share_of_fixed_price * 10_000.0).round() as u64
    }

    /// Settings that parse but cannot work.
    pub fn check(&self) -> Result<(), String> {
        self.floor()?;
        self.profit()?;
        if !(self.bid_share_of_fixed_price.is_finite()
            && self.bid_share_of_fixed_price > 0.0
            && self.bid_share_of_fixed_price <= 1.0)
        {
            return Err(format!(
                "bid_share_of_fixed_price must be above 0 and at most 1, not {}",
                self.bid_share_of_fixed_price
            ));
        }
        if self.max_projects == 0 {
            return Err("max_projects must be at least 1 (leave out [projects] to bid on none)".into());
        }
        Ok(())
    }
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
        if let Some(policy) = &self.projects {
            policy.check().map_err(|reason| format!("[projects] {reason}"))?;
        }
        self.money.check().map_err(|reason| format!("[money] {reason}"))?;
        if let Some(validators) = &self.validators
            && !(validators.beacon_url.starts_with("http://") || validators.beacon_url.starts_with("https://"))
        {
            return Err(format!("[validators] beacon_url '{}' is not an http(s) URL", validators.beacon_url));
        }
        Ok(())
    }

    /// The fee cap in wei per gas.
    pub fn max_fee_wei(&self) -> u128 {
        (self.max_fee_gwei * 1e9) as u128
    }
}
