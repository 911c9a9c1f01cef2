//! `stkr project quote`: what a project would cost and which providers could run it.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::{Marketplace, ProviderRegistry},
    output::{Render, Style, rows},
    provider::Resources as ResourcesView,
    units::AmountView,
};

use super::PROVIDERS_PER_PAGE;
use crate::{
    Context,
    market::{PayoutView, ResourceArgs, duration, param_slot, percent, table},
};

/// A qualified provider that can take the project.
#[derive(Debug, Serialize)]
pub(super) struct OfferView {
    /// Its account.
    pub address: Address,
    /// Its brand name.
    pub brand: String,
    /// Its asking price.
    pub price: AmountView,
    /// What it offers.
    pub capacity: ResourcesView,
    /// Its reputation score out of 10000.
    pub reputation_bps: u64,
    /// Its audited uptime out of 10000.
    pub uptime_bps: u64,
    /// Nodes and projects it finished.
    pub completed_nodes: u64,
    /// Failures on its record.
    pub failures: u64,
}

/// A full quote (§3.4.4).
#[derive(Debug, Serialize)]
pub(super) struct QuoteReport {
    /// What is priced.
    pub resources: ResourcesView,
    /// For how long.
    pub duration_days: u32,
    /// The fixed price FP the requester pays at submission, the ceiling of bids.
    pub fixed_price: AmountView,
    /// The profit X governance expects for this FP.
    pub expected_profit: AmountView,
    /// How FP + X would split were the provider's price FP.
    pub at_ceiling: PayoutView,
    /// The bond each sealed bid locks.
    pub bid_bond: AmountView,
    /// How long sealed bids are taken, in seconds.
    pub commit_period_seconds: u64,
    /// How long bids are revealed, in seconds.
    pub reveal_period_seconds: u64,
    /// Qualified providers whose capacity meets the resources.
    pub eligible_providers: Vec<OfferView>,
}

impl QuoteReport {
    /// X as a share of FP, from the exact amounts.
    pub(super) fn profit_share(&self) -> String {
        match (self.expected_profit.wei.parse::<U256>(), self.fixed_price.wei.parse::<U256>()) {
            (Ok(x), Ok(fp)) if !fp.is_zero() => percent(x * U256::from(10_000u64) / fp),
            _ => "-".into(),
        }
    }
}

impl Render for QuoteReport {
    fn render(&self, style: &Style) -> String {
        let mut out = vec![
            style.bold(&format!("Quote for {} for {} days", self.resources, self.duration_days)),
            rows(
                style,
                &[
                    ("fixed price (FP)", self.fixed_price.to_string()),
                    ("expected profit", format!("{} ({} of FP)", self.expected_profit, self.profit_share())),
                    ("split at ceiling", self.at_ceiling.to_string()),
                    ("bid bond", self.bid_bond.to_string()),
                    (
                        "auction",
                        format!(
                            "sealed bids for {}, then reveals for {}",
                            duration(U256::from(self.commit_period_seconds)),
                            duration(U256::from(self.reveal_period_seconds))
                        ),
                    ),
                ],
            ),
            String::new(),
        ];
        if self.eligible_providers.is_empty() {
            out.push("No qualified provider has the capacity for this yet.".into());
        } else {
            out.push(format!("{} eligible provider(s):", self.eligible_providers.len()));
            let rows: Vec<Vec<String>> = self
                .eligible_providers
                .iter()
                .map(|o| {
                    vec![
                        o.address.to_string(),
                        o.brand.clone(),
                        o.price.to_string(),
                        o.capacity.to_string(),
                        percent(U256::from(o.reputation_bps)),
                        format!(
                            "{} done, {} failed, uptime {}",
                            o.completed_nodes,
                            o.failures,
                            percent(U256::from(o.uptime_bps))
                        ),
                    ]
                })
                .collect();
            out.push(table(style, &["PROVIDER", "BRAND", "PRICE", "CAPACITY", "REPUTATION", "RECORD"], &rows));
        }
        out.join("\n")
    }
}

pub(super) async fn quote(ctx: &Context, args: &ResourceArgs) -> Result<()> {
    let resources = args.resources()?;
    let (chain, contracts) = ctx.reader().await?;
    let mut batch = Batch::new();
    let details = batch.add(
        contracts.marketplace,
        Marketplace::quoteDetailsCall { resources: resources.clone(), durationDays: U256::from(args.days) },
    );
    let count = batch.add(contracts.provider_registry, ProviderRegistry::providerCountCall {});
    let bond = param_slot(&mut batch, &contracts, "bid-bond")?;
    let commit = param_slot(&mut batch, &contracts, "auction-commit-period")?;
    let reveal = param_slot(&mut batch, &contracts, "auction-reveal-period")?;
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let details = answers.get(details)?;
    let count = answers.get(count)?.saturating_to::<u64>();

    // The registry's providers in pages, all pages in one round trip, then their brands in another.
    let mut pages = Batch::new();
    let slots: Vec<_> = (0..count)
        .step_by(PROVIDERS_PER_PAGE as usize)
        .map(|offset| {
            pages.add(
                contracts.marketplace,
                Marketplace::eligibleProvidersCall {
                    resources: resources.clone(),
                    offset: U256::from(offset),
                    limit: U256::from(PROVIDERS_PER_PAGE),
                },
            )
        })
        .collect();
    let page_answers = pages.run(&chain, contracts.multicall3).await?;
    let mut offers = Vec::new();
    for slot in &slots {
        offers.extend(page_answers.get(*slot)?);
    }
    let mut brands = Batch::new();
    let brand_slots: Vec<_> = offers
        .iter()
        .map(|o| brands.add(contracts.provider_registry, ProviderRegistry::getProviderCall { provider: o.provider }))
        .collect();
    let brand_answers = brands.run(&chain, contracts.multicall3).await?;
    let mut eligible = Vec::new();
    for (offer, slot) in offers.iter().zip(&brand_slots) {
        let c = &offer.capacity;
        eligible.push(OfferView {
            address: offer.provider,
            brand: brand_answers.get(*slot)?.brand,
            price: AmountView::ankr(offer.price),
            capacity: ResourcesView::from(c),
            reputation_bps: offer.reputation.saturating_to(),
            uptime_bps: offer.uptimeBps.saturating_to(),
            completed_nodes: offer.completedNodes.saturating_to(),
            failures: offer.failures.saturating_to(),
        });
    }
    ctx.out.result(&QuoteReport {
        resources: ResourcesView::from(&resources),
        duration_days: args.days,
        fixed_price: AmountView::ankr(details.fixedPrice),
        expected_profit: AmountView::ankr(details.expectedProfit),
        at_ceiling: PayoutView::of(&details.atCeiling),
        bid_bond: AmountView::ankr(answers.get(bond)?),
        commit_period_seconds: answers.get(commit)?.saturating_to(),
        reveal_period_seconds: answers.get(reveal)?.saturating_to(),
        eligible_providers: eligible,
    })?;
    Ok(())
}
