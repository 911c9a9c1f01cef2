//! `stkr init`: a guided first run that picks the network, the RPC endpoint and the account, and keeps
//! them as defaults.

use std::{io::IsTerminal, path::PathBuf};

use alloy::primitives::Address;
use clap::Args;
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{
    Error,
    accounts::{self, AccountInfo},
    chain,
    config::Config,
    devnet::DevnetState,
    network::Network,
    output::{Render, Style, rows},
};

use crate::Context;

/// A guided first run: choose the network, the RPC endpoint and the account; stkr keeps them as the defaults of every command (flags and environment variables still win).
///
/// In a terminal it asks; with flags, `--yes` or no terminal it takes the flags and defaults as they are.
///
/// Examples:
///   stkr init
///   stkr init --network devnet --account alice --yes
///   stkr init --network hoodi --rpc-url https://rpc.example --create-account me --password-file me.pass
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct InitArgs {
    /// Create this account (asks for a passphrase, or reads --password-file) and make it the default.
    #[arg(long, value_name = "NAME", conflicts_with = "account")]
    create_account: Option<String>,
}

/// What `stkr init` kept.
#[derive(Debug, Serialize)]
pub struct InitReport {
    /// The config file written.
    pub config_file: PathBuf,
    /// The default network.
    pub network: String,
    /// The default RPC URL.
    pub rpc_url: String,
    /// The default account, if any.
    pub account: Option<String>,
    /// Its address.
    pub address: Option<Address>,
    /// Whether init created it.
    pub created: bool,
    /// Whether the endpoint answered on the chosen network.
    pub reachable: bool,
    /// The endpoint's chain id, when it answered.
    pub chain_id: Option<u64>,
}

impl InitReport {
    fn account_line(&self) -> String {
        match (&self.account, self.address) {
            (Some(name), Some(address)) if self.created => format!("{name} {address} (created now)"),
            (Some(name), Some(address)) => format!("{name} {address}"),
            (Some(name), None) => name.clone(),
            (None, _) => "(none: pass --account to sign)".into(),
        }
    }
}

impl Render for InitReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![style.good(&format!("saved {}", self.config_file.display()))];
        lines.push(rows(
            style,
            &[
                ("network", self.network.clone()),
                ("rpc url", self.rpc_url.clone()),
                ("account", self.account_line()),
                (
                    "endpoint",
                    match self.chain_id {
                        Some(id) if self.reachable => format!("answers, chain {id}"),
                        _ => "did not answer; check it before sending".into(),
                    },
                ),
            ],
        ));
        lines.push(style.dim("next: `stkr status` shows where you stand; `stkr --help` lists every role's commands"));
        lines.join("\n")
    }
}

impl InitArgs {
    /// Run the guided set-up.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let interactive = !ctx.yes && !ctx.out.json() && std::io::stdin().is_terminal();
        let theme = dialoguer::theme::SimpleTheme;

        let network = match ctx.network {
            Some(network) => network,
            None if interactive => {
                let names: Vec<&str> = Network::ALL.iter().map(|n| n.name()).collect();
                let chosen = dialoguer::Select::with_theme(&theme)
                    .with_prompt("Network")
                    .items(&names)
                    .default(0)
                    .interact()
                    .wrap_err("reading the network choice")?;
                Network::ALL[chosen]
            }
            None => Network::Devnet,
        };

        let suggested = match &ctx.rpc_url {
            Some(url) => url.clone(),
            None if network == Network::Devnet => DevnetState::load_running(&ctx.data)?
                .map(|d| d.rpc_url)
                .unwrap_or_else(|| network.default_rpc_url().to_string()),
            None => network.default_rpc_url().to_string(),
        };
        let rpc_url = if interactive && ctx.rpc_url.is_none() {
            dialoguer::Input::<String>::with_theme(&theme)
                .with_prompt("RPC URL")
                .default(suggested)
                .validate_with(|url: &String| chain::parse_url(url).map(|_| ()).map_err(|e| e.to_string()))
                .interact_text()
                .wrap_err("reading the RPC URL")?
        } else {
            chain::parse_url(&suggested)?;
            suggested
        };

        let (reachable, chain_id) = match chain::connect(&rpc_url, None, Some(network)).await {
            Ok(chain) => (true, Some(chain.chain_id)),
            // A certificate that does not verify will not verify tomorrow either: nothing is saved.
            Err(e @ (Error::ChainMismatch { .. } | Error::Certificate { .. })) => return Err(e.into()),
            Err(e) => {
                ctx.out.warn(format!("{e}; keeping it anyway"));
                (false, None)
            }
        };

        let chosen = self.choose_account(ctx, interactive, &theme)?;
        let created = chosen.as_ref().is_some_and(|(_, created)| *created);
        let address = chosen.as_ref().map(|(info, _)| info.address);
        let account = chosen.map(|(info, _)| info.name);
        let config = Config { network: Some(network.name().to_string()), rpc_url: Some(rpc_url.clone()), account };
        let config_file = config.save(&ctx.data)?;
        ctx.out.result(&InitReport {
            config_file,
            network: network.name().to_string(),
            rpc_url,
            account: config.account,
            address,
            created,
            reachable,
            chain_id,
        })?;
        Ok(())
    }

    fn choose_account(
        &self,
        ctx: &Context,
        interactive: bool,
        theme: &dialoguer::theme::SimpleTheme,
    ) -> Result<Option<(AccountInfo, bool)>> {
        let store = ctx.accounts();
        if let Some(name) = &self.create_account {
            let (info, _) = crate::account::create(ctx, name, false)?;
            return Ok(Some((info, true)));
        }
        if let Some(name) = &ctx.account {
            return Ok(Some((store.get(name)?, false)));
        }
        if !interactive {
            return Ok(None);
        }
        let existing = store.list()?;
        let mut items: Vec<String> = existing.iter().map(|a| format!("{} ({})", a.name, a.address)).collect();
        items.push("create a new account".into());
        items.push("none for now".into());
        let chosen = dialoguer::Select::with_theme(theme)
            .with_prompt("Account that signs")
            .items(&items)
            .default(0)
            .interact()
            .wrap_err("reading the account choice")?;
        if let Some(account) = existing.get(chosen) {
            return Ok(Some((account.clone(), false)));
        }
        if chosen == existing.len() + 1 {
            return Ok(None);
        }
        let name = dialoguer::Input::<String>::with_theme(theme)
            .with_prompt("New account name")
            .validate_with(|name: &String| accounts::validate_name(name).map_err(|e| e.to_string()))
            .interact_text()
            .wrap_err("reading the account name")?;
        let (info, _) = crate::account::create(ctx, &name, false)?;
        Ok(Some((info, true)))
    }
}
