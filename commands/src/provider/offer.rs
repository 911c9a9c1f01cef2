//! `stkr provider register` and `update`: apply with an offer, or change it.

use alloy::primitives::{Address, U256};
use eyre::{Result, WrapErr, eyre};
use serde::Serialize;
use stkr_core::{
    Error,
    bindings::ProviderRegistry,
    codes::ProviderStatus,
    output::{Render, Style, rows},
    receipt::event,
    tx::request,
    units::{AmountView, format_amount},
};

use super::{CapacityView, RegisterArgs, UpdateArgs, positive_u128};
use crate::{
    Context,
    provider::collateral::{approve_label, check_deposit, read_wallet, registry_allowance},
};

/// What `provider register` or `provider update` did.
#[derive(Debug, Serialize)]
pub(super) struct OfferReport {
    /// The provider.
    pub address: Address,
    /// Its brand.
    pub brand: String,
    /// Its status afterwards: applied, or qualified for an update of a qualified provider.
    pub status: ProviderStatus,
    /// The price per node.
    pub price: AmountView,
    /// The capacity per node.
    pub capacity: CapacityView,
    /// How many nodes and pools at once.
    pub max_nodes: u16,
    /// Collateral deposited with the registration, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposited: Option<AmountView>,
    /// The collateral afterwards.
    pub collateral: AmountView,
    /// What to do next, if anything.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<String>,
    /// The first line for people.
    #[serde(skip)]
    pub(super) headline: String,
}

impl Render for OfferReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![
            style.good(&self.headline),
            rows(
                style,
                &[
                    ("price", format!("{} per node", self.price)),
                    ("capacity", format!("{} per node", self.capacity)),
                    ("max nodes", self.max_nodes.to_string()),
                    ("collateral", self.collateral.to_string()),
                ],
            ),
        ];
        if let Some(next) = &self.next_step {
            lines.push(next.clone());
        }
        lines.join("\n")
    }
}

pub(super) async fn register(ctx: &Context, args: RegisterArgs) -> Result<()> {
    let RegisterArgs { brand, price, cpu_cores, ram_gb, storage_gb, bandwidth_mbps, max_nodes, collateral } = args;
    let price128 = u128::try_from(price)
        .map_err(|_| Error::InvalidInput(format!("the price of {} ANKR is too large", format_amount(price))))?;
    let deposit_amount = collateral.map(|c| positive_u128(c, "collateral").map(|a| (c, a))).transpose()?;
    if deposit_amount.is_some() && ctx.tx.unsigned {
        return Err(Error::InvalidInput(
            "--unsigned prints one transaction; register without --collateral, then print the deposit with `stkr provider collateral add AMOUNT --unsigned`".into(),
        )
        .into());
    }
    let capacity = CapacityView { cpu_cores, ram_gb, storage_gb, bandwidth_mbps };
    let session = ctx.session().await?;
    let (contracts, from) = (&session.contracts, session.from);
    let registry = contracts.provider_registry;
    let wallet = read_wallet(&session.chain, contracts, from).await?;
    let tx = ctx.transactor(&session.chain, from);
    let register = request(
        registry,
        ProviderRegistry::registerCall {
            brand: brand.clone(),
            price: price128,
            capacity: capacity.to_registry(),
            maxNodes: max_nodes,
        },
    );
    let label = format!("register {brand} as a provider");
    let receipt = match deposit_amount {
        None => {
            let Some(receipt) = tx.send(label, register).await? else { return Ok(()) };
            receipt
        }
        Some((amount, amount128)) => {
            // Simulate the registration first, so a bad offer is refused before the deposit checks.
            let register = tx.prepare(label, register).await?;
            check_deposit(&wallet, from, amount)?;
            let mut plan = vec![register];
            let allowance = registry_allowance(contracts, &wallet, amount);
            if allowance.is_short() {
                plan.push(tx.prepare(approve_label(amount), allowance.approve_request()).await?);
            }
            let deposit_label = format!("deposit {} ANKR collateral", format_amount(amount));
            tx.confirm_then(&plan, &[deposit_label.as_str()]).await?;
            let mut receipts = Vec::new();
            for step in plan {
                receipts.push(tx.submit(step).await?);
            }
            let deposit = tx
                .prepare(
                    deposit_label,
                    request(registry, ProviderRegistry::depositCollateralCall { amount: amount128 }),
                )
                .await
                .wrap_err(
                    "registered, but the collateral deposit would fail; add it with `stkr provider collateral add`",
                )?;
            tx.submit(deposit).await?;
            receipts.swap_remove(0)
        }
    };
    let applied = event::<ProviderRegistry::ProviderApplied>(&receipt, registry)?;
    let collateral = U256::from(wallet.provider.collateral) + deposit_amount.map(|(a, _)| a).unwrap_or_default();
    ctx.out.result(&OfferReport {
        address: from,
        brand: applied.brand.clone(),
        status: ProviderStatus::Applied,
        price: AmountView::ankr(applied.price),
        capacity: CapacityView::of(&applied.capacity),
        max_nodes: applied.maxNodes.saturating_to(),
        deposited: deposit_amount.map(|(a, _)| AmountView::ankr(a)),
        collateral: AmountView::ankr(collateral),
        headline: format!("registered {} ({from}) as a provider: applied, waiting for governance", applied.brand),
        next_step: Some(
            "Next: governance must qualify you. Ask a governor to propose it (`stkr govern propose ...`); once the vote passes and your collateral is at least p-min, `stkr provider show` says qualified."
                .into(),
        ),
    })?;
    Ok(())
}

pub(super) async fn update(ctx: &Context, args: UpdateArgs) -> Result<()> {
    let UpdateArgs { price, cpu_cores, ram_gb, storage_gb, bandwidth_mbps, max_nodes } = args;
    if price.is_none()
        && cpu_cores.is_none()
        && ram_gb.is_none()
        && storage_gb.is_none()
        && bandwidth_mbps.is_none()
        && max_nodes.is_none()
    {
        return Err(Error::InvalidInput(
            "nothing to update: pass --price, --max-nodes, --cpu-cores, --ram-gb, --storage-gb or --bandwidth-mbps"
                .into(),
        )
        .into());
    }
    let price128 = price
        .map(|p| {
            u128::try_from(p)
                .map_err(|_| Error::InvalidInput(format!("the price of {} ANKR is too large", format_amount(p))))
        })
        .transpose()?;
    let session = ctx.session().await?;
    let registry = session.contracts.provider_registry;
    let current = ProviderRegistry::new(registry, &session.chain.provider)
        .getProvider(session.from)
        .call()
        .await
        .map_err(|e| eyre!("reading the provider record from {registry}: {e}"))?;
    if ProviderStatus::from(current.status) == ProviderStatus::None {
        return Err(Error::Simulation(format!(
            "{} has not registered as a provider; register first with `stkr provider register`",
            session.from
        ))
        .into());
    }
    let old = CapacityView::of(&current.capacity);
    let capacity = CapacityView {
        cpu_cores: cpu_cores.unwrap_or(old.cpu_cores),
        ram_gb: ram_gb.unwrap_or(old.ram_gb),
        storage_gb: storage_gb.unwrap_or(old.storage_gb),
        bandwidth_mbps: bandwidth_mbps.unwrap_or(old.bandwidth_mbps),
    };
    let call = ProviderRegistry::updateOfferCall {
        price: price128.unwrap_or(current.price),
        capacity: capacity.to_registry(),
        maxNodes: max_nodes.unwrap_or(current.maxNodes),
    };
    let tx = ctx.transactor(&session.chain, session.from);
    let Some(receipt) = tx.send(format!("update the offer of {}", current.brand), request(registry, call)).await?
    else {
        return Ok(());
    };
    let applied = event::<ProviderRegistry::ProviderApplied>(&receipt, registry)?;
    ctx.out.result(&OfferReport {
        address: session.from,
        brand: applied.brand.clone(),
        status: ProviderStatus::from(current.status),
        price: AmountView::ankr(applied.price),
        capacity: CapacityView::of(&applied.capacity),
        max_nodes: applied.maxNodes.saturating_to(),
        deposited: None,
        collateral: AmountView::ankr(U256::from(current.collateral)),
        headline: format!("updated the offer of {} ({})", applied.brand, session.from),
        next_step: None,
    })?;
    Ok(())
}
