//! `stkr account`: create, import, list, show and remove encrypted keystore accounts.

use std::{
    io::{BufRead, IsTerminal},
    path::PathBuf,
};

use alloy::primitives::{Address, B256};
use clap::{Args, Subcommand};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    accounts::{self, AccountInfo, Passphrase},
    output::{Render, Style, rows},
};

use crate::Context;

/// Manage the accounts that sign stkr transactions.
#[derive(Debug, Args)]
pub struct AccountArgs {
    #[command(subcommand)]
    command: AccountCommand,
}

#[derive(Debug, Subcommand)]
enum AccountCommand {
    /// Create an account with a new random key, encrypted with a passphrase.
    ///
    /// Examples:
    ///   stkr account new alice
    ///   stkr account new alice --keyring
    ///   stkr account new node-1 --password-file /etc/stkr/node-1.pass
    #[command(verbatim_doc_comment)]
    New {
        /// The account's name (letters, digits, '-', '_', '.').
        name: String,
        /// Also keep the passphrase in the OS keyring, so commands do not ask for it.
        #[arg(long)]
        keyring: bool,
    },
    /// Import a private key (asked for without echo, or read from stdin) or a keystore file.
    ///
    /// The key is never taken from the command line, where other users could read it.
    ///
    /// Examples:
    ///   stkr account import alice
    ///   stkr account import alice --keystore ~/.foundry/keystores/alice
    ///   pass show eth/alice | stkr account import alice --password-file alice.pass
    #[command(verbatim_doc_comment)]
    Import {
        /// The account's name.
        name: String,
        /// Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase.
        #[arg(long, value_name = "FILE")]
        keystore: Option<PathBuf>,
        /// Also keep the passphrase in the OS keyring.
        #[arg(long)]
        keyring: bool,
    },
    /// List the accounts and their addresses.
    List,
    /// Show one account: address, keystore file, whether its passphrase is in the keyring.
    Show {
        /// The account's name.
        name: String,
    },
    /// Delete an account's keystore and its keyring entry. The key is gone unless you have a backup.
    Remove {
        /// The account's name.
        name: String,
    },
}

impl AccountArgs {
    /// Run the account command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            AccountCommand::New { name, keyring } => new(ctx, &name, keyring),
            AccountCommand::Import { name, keystore, keyring } => import(ctx, &name, keystore, keyring),
            AccountCommand::List => list(ctx),
            AccountCommand::Show { name } => show(ctx, &name),
            AccountCommand::Remove { name } => remove(ctx, &name),
        }
    }
}

/// One account as shown to people and scripts.
#[derive(Debug, Serialize)]
struct AccountView {
    name: String,
    address: Address,
    keystore: PathBuf,
    #[serde(skip_serializing_if = "Option::is_none")]
    keyring: Option<bool>,
}

impl AccountView {
    fn new(info: AccountInfo, keyring: Option<bool>) -> Self {
        Self { name: info.name, address: info.address, keystore: info.keystore, keyring }
    }
}

impl Render for AccountView {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![
            ("name", style.bold(&self.name)),
            ("address", self.address.to_string()),
            ("keystore", self.keystore.display().to_string()),
        ];
        if let Some(keyring) = self.keyring {
            lines.push(("keyring", if keyring { "passphrase stored".into() } else { "not used".into() }));
        }
        rows(style, &lines)
    }
}

#[derive(Debug, Serialize)]
struct AccountList {
    accounts: Vec<AccountView>,
}

impl Render for AccountList {
    fn render(&self, style: &Style) -> String {
        if self.accounts.is_empty() {
            return "no accounts yet; create one with `stkr account new NAME`".into();
        }
        let width = self.accounts.iter().map(|a| a.name.len()).max().unwrap_or(0);
        self.accounts
            .iter()
            .map(|a| format!("{}  {}", style.bold(&format!("{:<width$}", a.name)), a.address))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A new passphrase: from the password file, or typed twice.
pub(crate) fn new_passphrase(ctx: &Context, name: &str) -> Result<Passphrase, Error> {
    if let Some(path) = &ctx.password_file {
        return accounts::read_password_file(path);
    }
    if !ctx.out.interactive() {
        return Err(Error::NoNewPassphrase(name.into()));
    }
    crate::output::prompt_new_passphrase(&ctx.out, &format!("New passphrase for '{name}': "), 1)
}

fn remember(ctx: &Context, name: &str, passphrase: &Passphrase) -> Option<bool> {
    match accounts::keyring_set(name, passphrase) {
        Ok(()) => Some(true),
        Err(reason) => {
            ctx.out.warn(format!(
                "the OS keyring is not available ({reason}); the passphrase was not stored, so commands will ask for it or read --password-file"
            ));
            Some(false)
        }
    }
}

fn new(ctx: &Context, name: &str, keyring: bool) -> Result<()> {
    let (info, stored) = create(ctx, name, keyring)?;
    ctx.out.result(&AccountView::new(info, stored))?;
    Ok(())
}

/// Create account `name` with a new passphrase (asked twice, or from --password-file), optionally kept
/// in the keyring; says where the keystore is. Returns the account and whether the keyring took it.
pub(crate) fn create(ctx: &Context, name: &str, keyring: bool) -> Result<(AccountInfo, Option<bool>)> {
    accounts::validate_name(name)?;
    let store = ctx.accounts();
    if store.get(name).is_ok() {
        return Err(Error::AccountExists(name.into()).into());
    }
    let passphrase = new_passphrase(ctx, name)?;
    let info = store.create(name, &passphrase)?;
    let stored = if keyring { remember(ctx, name, &passphrase) } else { None };
    ctx.out.status(format!("created account '{name}'; back up {} and its passphrase", info.keystore.display()));
    Ok((info, stored))
}

fn read_private_key(ctx: &Context) -> Result<B256, Error> {
    let text = if std::io::stdin().is_terminal() {
        zeroize::Zeroizing::new(
            rpassword::prompt_password("Private key (hex, not shown): ")
                .map_err(Error::io("reading the private key"))?,
        )
    } else {
        let mut line = zeroize::Zeroizing::new(String::new());
        std::io::stdin().lock().read_line(&mut line).map_err(Error::io("reading the private key from stdin"))?;
        line
    };
    let _ = ctx;
    let hex = text.trim();
    let hex = hex.strip_prefix("0x").unwrap_or(hex);
    if hex.len() != 64 {
        return Err(Error::InvalidPrivateKey);
    }
    hex.parse::<B256>().map_err(|_| Error::InvalidPrivateKey)
}

fn import(ctx: &Context, name: &str, keystore: Option<PathBuf>, keyring: bool) -> Result<()> {
    accounts::validate_name(name)?;
    let store = ctx.accounts();
    if store.get(name).is_ok() {
        return Err(Error::AccountExists(name.into()).into());
    }
    let (info, passphrase) = match keystore {
        Some(path) => {
            let passphrase = match &ctx.password_file {
                Some(file) => accounts::read_password_file(file)?,
                None if ctx.out.interactive() => {
                    crate::output::prompt_passphrase(&format!("Passphrase of {}: ", path.display()))?
                }
                None => return Err(Error::NoNewPassphrase(name.into()).into()),
            };
            (store.import_keystore(name, &path, &passphrase)?, passphrase)
        }
        None => {
            let key = read_private_key(ctx)?;
            let passphrase = new_passphrase(ctx, name)?;
            (store.import_key(name, key, &passphrase)?, passphrase)
        }
    };
    let stored = if keyring { remember(ctx, name, &passphrase) } else { None };
    ctx.out.status(format!("imported account '{name}'"));
    ctx.out.result(&AccountView::new(info, stored))?;
    Ok(())
}

fn list(ctx: &Context) -> Result<()> {
    let accounts = ctx.accounts().list()?.into_iter().map(|info| AccountView::new(info, None)).collect();
    ctx.out.result(&AccountList { accounts })?;
    Ok(())
}

fn show(ctx: &Context, name: &str) -> Result<()> {
    let info = ctx.accounts().get(name)?;
    let keyring = match accounts::keyring_get(name) {
        Ok(entry) => entry.is_some(),
        Err(reason) => {
            tracing::debug!("OS keyring not reachable: {reason}");
            false
        }
    };
    ctx.out.result(&AccountView::new(info, Some(keyring)))?;
    Ok(())
}

fn remove(ctx: &Context, name: &str) -> Result<()> {
    let store = ctx.accounts();
    let info = store.get(name)?;
    if !ctx.yes {
        if !ctx.out.interactive() {
            return Err(Error::NeedsConfirmation.into());
        }
        let question = format!("Delete account '{name}' ({})? Its key is lost unless you have a backup.", info.address);
        if !ctx.out.confirm(&question, false)? {
            return Err(Error::Cancelled.into());
        }
    }
    let info = store.remove(name)?;
    ctx.out.status(format!("removed account '{name}'"));
    // A default account that no longer exists would make every later command fail: forget it.
    let mut config = stkr_core::config::Config::load(&ctx.data)?;
    if config.account.as_deref() == Some(name) {
        config.account = None;
        config.save(&ctx.data)?;
        ctx.out.status(format!("'{name}' was the default account; `stkr init --account NAME` sets another"));
    }
    ctx.out.result(&AccountView::new(info, None))?;
    Ok(())
}
