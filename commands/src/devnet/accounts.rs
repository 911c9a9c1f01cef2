//! `stkr devnet accounts` and `fund`: anvil's keys imported as accounts, and ETH and ANKR for any address.

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
};
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{
    Error, chain,
    devnet::DevnetState,
    network::{Network, dev_accounts},
    output::{Render, Style},
};

use crate::Context;

/// One imported dev account.
#[derive(Debug, Serialize)]
pub(super) struct ImportedAccount {
    pub(super) name: String,
    pub(super) address: Address,
    /// False when an account of that name already existed and was left alone.
    pub(super) imported: bool,
}

/// What `import-accounts` did.
#[derive(Debug, Serialize)]
pub(super) struct ImportReport {
    pub(super) accounts: Vec<ImportedAccount>,
}

impl Render for ImportReport {
    fn render(&self, _style: &Style) -> String {
        self.accounts
            .iter()
            .map(|a| format!("{:<6} {}{}", a.name, a.address, if a.imported { "" } else { "  (exists, left alone)" }))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

pub(super) fn import_accounts(ctx: &Context) -> Result<()> {
    let store = ctx.accounts();
    let names: Vec<String> = (0..dev_accounts::KEYS.len()).map(|i| format!("dev{i}")).collect();
    let missing = names.iter().any(|name| store.get(name).is_err());
    let passphrase = if missing { Some(crate::account::new_passphrase(ctx, "dev0 … dev9")?) } else { None };
    let mut accounts = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        if let Ok(existing) = store.get(&name) {
            accounts.push(ImportedAccount { name, address: existing.address, imported: false });
            continue;
        }
        let key: alloy::primitives::B256 = dev_accounts::KEYS[i].parse().wrap_err("a dev account key")?;
        let Some(passphrase) = &passphrase else { continue };
        let info = store.import_key(&name, key, passphrase)?;
        accounts.push(ImportedAccount { name, address: info.address, imported: true });
    }
    ctx.out.result(&ImportReport { accounts })?;
    Ok(())
}

/// What `fund` did.
#[derive(Debug, Serialize)]
pub(super) struct FundReport {
    pub(super) address: Address,
    pub(super) funded: stkr_core::units::AmountView,
    pub(super) balance: stkr_core::units::AmountView,
}

impl Render for FundReport {
    fn render(&self, _style: &Style) -> String {
        format!("{} funded with {}; it now holds {}", self.address, self.funded, self.balance)
    }
}

pub(super) async fn fund(ctx: &Context, address: Address, amount: U256) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let chain = chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await?;
    let rpc =
        |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| chain::transport_error(&chain.url, &e);
    let balance = chain.provider.get_balance(address).await.map_err(rpc)?.saturating_add(amount);
    let _: serde_json::Value =
        chain.provider.raw_request("anvil_setBalance".into(), (address, balance)).await.map_err(rpc)?;
    ctx.out.result(&FundReport {
        address,
        funded: stkr_core::units::AmountView::eth(amount),
        balance: stkr_core::units::AmountView::eth(balance),
    })?;
    Ok(())
}
