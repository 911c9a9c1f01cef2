//! `stkr provider list`: every provider that applied.

use alloy::primitives::U256;
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::ProviderRegistry,
    codes::ProviderStatus,
    output::{Render, Style},
    units::AmountView,
};

use crate::{
    Context,
    common::percent,
    provider::{
        read::{RecordSlots, bps},
        show::ProviderSummary,
    },
};

/// One row of `provider list`.
#[derive(Debug, Serialize)]
pub(super) struct ProviderRow {
    /// Who it is and where it stands.
    #[serde(flatten)]
    pub summary: ProviderSummary,
    /// The asking price per node.
    pub price: AmountView,
    /// ANKR collateral.
    pub collateral: AmountView,
    /// Stkr nodes running.
    pub active_nodes: u32,
    /// Pools running.
    pub active_pools: u32,
    /// Its limit of nodes and pools.
    pub max_nodes: u16,
    /// The reputation score, 0 to 10000 bps.
    pub score_bps: u64,
}

/// `provider list`.
#[derive(Debug, Serialize)]
pub(super) struct ProviderList {
    /// Every provider that applied, in order of application.
    pub providers: Vec<ProviderRow>,
}

impl Render for ProviderList {
    fn render(&self, style: &Style) -> String {
        if self.providers.is_empty() {
            return "no provider has registered yet; `stkr provider register` applies".into();
        }
        let brand_width = self.providers.iter().map(|p| p.summary.brand.len()).max().unwrap_or(0).max(5);
        let mut lines = vec![style.dim(&format!(
            "{:<42}  {:<brand_width$}  {:<22}  {:>14}  {:>14}  {:>7}  {:>7}  {:>8}",
            "address", "brand", "status", "price", "collateral", "nodes", "pools", "score"
        ))];
        for p in &self.providers {
            let status = match (p.summary.qualified, p.summary.status) {
                (true, _) => format!("qualified, {}", p.summary.trust_level),
                (false, ProviderStatus::Qualified) => "qualified, inactive".to_string(),
                (false, status) => status.to_string(),
            };
            lines.push(format!(
                "{:<42}  {:<brand_width$}  {:<22}  {:>14}  {:>14}  {:>7}  {:>7}  {:>8}",
                p.summary.address.to_string(),
                p.summary.brand,
                status,
                p.price.to_string(),
                p.collateral.to_string(),
                format!("{}/{}", p.active_nodes, p.max_nodes),
                format!("{}/{}", p.active_pools, p.max_nodes),
                percent(p.score_bps)
            ));
        }
        lines.push(style.dim("nodes, pools: running / max nodes"));
        lines.join("\n")
    }
}

pub(super) async fn list(ctx: &Context) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let registry = contracts.provider_registry;
    let count = ProviderRegistry::new(registry, &chain.provider)
        .providerCount()
        .call()
        .await
        .map_err(|e| eyre!("reading the provider count from {registry}: {e}"))?
        .saturating_to::<usize>();
    let mut batch = Batch::new();
    let at: Vec<_> =
        (0..count).map(|i| batch.add(registry, ProviderRegistry::providerAtCall { index: U256::from(i) })).collect();
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut batch = Batch::new();
    let records = at
        .into_iter()
        .map(|slot| Ok(RecordSlots::add(&mut batch, registry, answers.get(slot)?)))
        .collect::<Result<Vec<_>>>()?;
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut providers = Vec::with_capacity(records.len());
    for slots in &records {
        let r = slots.get(&answers)?;
        let p = &r.provider;
        providers.push(ProviderRow {
            summary: ProviderSummary::of(&r),
            price: AmountView::ankr(U256::from(p.price)),
            collateral: AmountView::ankr(U256::from(p.collateral)),
            active_nodes: p.activeNodes,
            active_pools: p.activeCommitments,
            max_nodes: p.maxNodes,
            score_bps: bps(r.score.score),
        });
    }
    ctx.out.result(&ProviderList { providers })?;
    Ok(())
}
