//! `stkr provider score`: a reputation score and how its parts came about.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    output::{Render, Style},
    provider::{ScoreSources, weighted_mean_bps},
};

use super::subject;
use crate::{
    Context,
    common::percent,
    provider::read::{Detail, bps, read_detail},
};

/// One part of the reputation score.
#[derive(Debug, Serialize)]
pub(super) struct ScorePart {
    /// stake, bid, running_time or uptime.
    pub name: &'static str,
    /// The part, 0 to 10000 bps.
    pub value_bps: u64,
    /// Its weight in the mean (a governance parameter; the bid part's is 0 before the first won auction).
    pub weight: u64,
    /// Where the number comes from.
    pub explanation: String,
}

/// A reputation score and how it came about.
#[derive(Debug, Serialize)]
pub(super) struct ScoreView {
    /// The provider.
    pub address: Address,
    /// The score, 0 to 10000 bps.
    pub score_bps: u64,
    /// The weighted mean of the parts, before the failure penalty.
    pub weighted_mean_bps: u64,
    /// Failures on record; the mean is divided by 1 + failures.
    pub failures: u32,
    /// Below this score anyone may disqualify the provider for the disqualification period.
    pub threshold_bps: u64,
    /// Whether the score is below the threshold.
    pub below_threshold: bool,
    /// The four parts.
    pub parts: Vec<ScorePart>,
}

pub(super) fn score_view(detail: &Detail) -> Result<ScoreView> {
    let p = &detail.record.provider;
    let s = &detail.record.score;
    let params = &detail.params;
    let weight = |name: &str| params.get(name).map(|w| w.saturating_to::<u64>());
    let sources = ScoreSources {
        collateral: U256::from(p.collateral),
        p_max: params.get("p-max")?,
        wins: detail.record.bids.wins.saturating_to(),
        average_price_bps: detail.record.bids.averagePriceBps.saturating_to(),
        completed_nodes: p.completedNodes,
        total_running_time: p.totalRunningTime,
        max_pool_duration: params.get("max-pool-duration")?.saturating_to::<u64>(),
    };
    let parts = vec![
        ScorePart {
            name: "stake",
            value_bps: bps(s.stakePart),
            weight: weight("reputation-weight-stake")?,
            explanation: sources.stake(),
        },
        ScorePart {
            name: "bid",
            value_bps: bps(s.bidPart),
            weight: if sources.bid_weighs() { weight("reputation-weight-bid")? } else { 0 },
            explanation: sources.bid(),
        },
        ScorePart {
            name: "running_time",
            value_bps: bps(s.runningTimePart),
            weight: weight("reputation-weight-running-time")?,
            explanation: sources.running_time(),
        },
        ScorePart {
            name: "uptime",
            value_bps: bps(s.uptimePart),
            weight: weight("reputation-weight-uptime")?,
            explanation: sources.uptime().to_string(),
        },
    ];
    let weighted_mean_bps =
        weighted_mean_bps(&parts.iter().map(|part| (part.value_bps, part.weight)).collect::<Vec<_>>());
    let score_bps = bps(s.score);
    let threshold_bps = bps(params.get("reputation-threshold")?);
    Ok(ScoreView {
        address: detail.record.address,
        score_bps,
        weighted_mean_bps,
        failures: p.failures,
        threshold_bps,
        below_threshold: score_bps < threshold_bps,
        parts,
    })
}

impl Render for ScoreView {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![format!(
            "{} {} {}",
            style.bold("reputation score"),
            style.bold(&percent(self.score_bps)),
            style.dim(&format!("of {}", self.address))
        )];
        for part in &self.parts {
            lines.push(format!(
                "  {:<13} {:>8}  weight {:<3} {}",
                part.name.replace('_', " "),
                percent(part.value_bps),
                part.weight,
                style.dim(&part.explanation)
            ));
        }
        lines.push(format!(
            "  weighted mean {}, divided by 1 + {} failure{} = {}",
            percent(self.weighted_mean_bps),
            self.failures,
            if self.failures == 1 { "" } else { "s" },
            percent(self.score_bps)
        ));
        let verdict = if self.below_threshold {
            style.warn(&format!(
                "below the threshold of {}: anyone may disqualify this provider for the disqualification period",
                percent(self.threshold_bps)
            ))
        } else {
            style.good(&format!("at or above the threshold of {}", percent(self.threshold_bps)))
        };
        lines.push(format!("  {verdict}"));
        lines.join("\n")
    }
}

pub(super) async fn score(ctx: &Context, address: Option<Address>) -> Result<()> {
    let address = subject(ctx, address)?;
    let (chain, contracts) = ctx.reader().await?;
    let detail = read_detail(&chain, &contracts, address).await?;
    ctx.out.result(&score_view(&detail)?)?;
    Ok(())
}
