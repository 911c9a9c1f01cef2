//! `stkr provider collateral`: deposit and withdraw ANKR collateral, pre-checked by core's rule.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    bindings::ProviderRegistry,
    chain::Chain,
    codes::ProviderStatus,
    deploy::Contracts,
    output::{Render, Style},
    receipt::{event, events},
    tx::{Allowance, UnsignedApproval, request},
    units::{AmountView, format_amount},
};

use super::positive_u128;
use crate::Context;

pub(super) use stkr_core::provider::CollateralWallet as Wallet;

pub(super) async fn read_wallet(chain: &Chain, contracts: &Contracts, from: Address) -> Result<Wallet> {
    Ok(Wallet::read(chain, contracts, from).await?)
}

/// Refuse a deposit the chain would refuse, before anything is sent (the deposit itself can only be
/// simulated once the approval and registration before it are mined).
pub(super) fn check_deposit(wallet: &Wallet, from: Address, amount: U256) -> Result<(), Error> {
    wallet.check_deposit(from, amount)
}

/// The registry's allowance for a collateral deposit of `amount`.
pub(super) fn registry_allowance(contracts: &Contracts, wallet: &Wallet, amount: U256) -> Allowance {
    Allowance {
        token: contracts.ankr_token,
        spender: contracts.provider_registry,
        needed: amount,
        current: wallet.allowance,
    }
}

/// How the approval of the registry for `amount` reads in the plan.
pub(super) fn approve_label(amount: U256) -> String {
    format!("approve the provider registry for {} ANKR", format_amount(amount))
}

/// Why --unsigned cannot print a deposit whose approval is missing.
pub(super) fn unsigned_needs_approval(registry: Address, wallet: &Wallet, amount: U256) -> Error {
    Error::InvalidInput(format!(
        "--unsigned prints one transaction, but the provider registry {registry} may spend only {} ANKR of this account and the deposit needs {} ANKR: approve it for the ANKR token first, then run this again",
        format_amount(wallet.allowance),
        format_amount(amount)
    ))
}

/// What a collateral change did.
#[derive(Debug, Serialize)]
pub(super) struct CollateralReport {
    /// The provider.
    pub provider: Address,
    /// deposited or withdrawn.
    pub action: &'static str,
    /// How much moved.
    pub amount: AmountView,
    /// The collateral afterwards.
    pub collateral: AmountView,
    /// The ANKR allowance given to the registry first, if one was needed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved: Option<AmountView>,
}

impl Render for CollateralReport {
    fn render(&self, style: &Style) -> String {
        let approved = self.approved.as_ref().map(|a| format!(" (after approving {a})")).unwrap_or_default();
        style.good(&format!("{} {}{approved}; collateral is now {}", self.action, self.amount, self.collateral))
    }
}

pub(super) async fn add_collateral(ctx: &Context, amount: U256) -> Result<()> {
    let amount128 = positive_u128(amount, "collateral")?;
    let session = ctx.session().await?;
    let (contracts, from) = (&session.contracts, session.from);
    let registry = contracts.provider_registry;
    let wallet = read_wallet(&session.chain, contracts, from).await?;
    if ProviderStatus::from(wallet.provider.status) == ProviderStatus::None {
        return Err(Error::Simulation(format!(
            "{from} has not registered as a provider; register first with `stkr provider register`"
        ))
        .into());
    }
    check_deposit(&wallet, from, amount)?;
    let tx = ctx.transactor(&session.chain, from);
    let allowance = registry_allowance(contracts, &wallet, amount);
    if allowance.is_short() && tx.unsigned() {
        return Err(unsigned_needs_approval(registry, &wallet, amount).into());
    }
    let deposit_label = format!("deposit {} ANKR collateral", format_amount(amount));
    let deposit = request(registry, ProviderRegistry::depositCollateralCall { amount: amount128 });
    let approve = approve_label(amount);
    let Some(sent) = tx
        .approve_then(&allowance, approve, deposit_label, deposit, UnsignedApproval::ApprovalOnly)
        .await?
        .send()
        .await?
    else {
        return Ok(());
    };
    let collateral = events::<ProviderRegistry::CollateralDeposited>(&sent.receipt, registry)
        .first()
        .map(|e| e.collateral)
        .unwrap_or(U256::from(wallet.provider.collateral) + amount);
    ctx.out.result(&CollateralReport {
        provider: from,
        action: "deposited",
        amount: AmountView::ankr(amount),
        collateral: AmountView::ankr(collateral),
        approved: sent.approved().map(AmountView::ankr),
    })?;
    Ok(())
}

pub(super) async fn withdraw_collateral(ctx: &Context, amount: U256) -> Result<()> {
    let amount128 = positive_u128(amount, "withdrawal")?;
    let session = ctx.session().await?;
    let registry = session.contracts.provider_registry;
    let tx = ctx.transactor(&session.chain, session.from);
    let withdraw = request(registry, ProviderRegistry::withdrawCollateralCall { amount: amount128 });
    let Some(receipt) = tx.send(format!("withdraw {} ANKR collateral", format_amount(amount)), withdraw).await? else {
        return Ok(());
    };
    let collateral = event::<ProviderRegistry::CollateralWithdrawn>(&receipt, registry)?.collateral;
    ctx.out.result(&CollateralReport {
        provider: session.from,
        action: "withdrew",
        amount: AmountView::ankr(amount),
        collateral: AmountView::ankr(collateral),
        approved: None,
    })?;
    Ok(())
}
