//! `stkr pool open`: a qualified provider opens a micro-pool with its own ETH.

use alloy::{network::TransactionBuilder, primitives::U256};
use eyre::Result;
use stkr_core::{
    batch::Batch,
    bindings::{MicroPool, Multicall3, Parameters, ProviderRegistry},
    params::{display_duration, index_of},
    receipt::event,
    time::utc,
    tx::request,
    units::{AmountView, format_amount},
};

use crate::Context;

/// A duration such as `30d`, `12h`, `90m`, `1d12h` or `3600s` (a bare number is seconds), in seconds.
pub(super) fn parse_duration(input: &str) -> Result<u64, String> {
    let bad = || format!("invalid duration '{input}': expected a number and a unit such as 30d, 12h, 90m or 1d12h");
    let text = input.trim().to_ascii_lowercase();
    if text.is_empty() {
        return Err(bad());
    }
    if text.chars().all(|c| c.is_ascii_digit()) {
        return text.parse().map_err(|_| bad());
    }
    let (mut total, mut number) = (0u64, String::new());
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            'w' => 7 * 86_400,
            'd' => 86_400,
            'h' => 3_600,
            'm' => 60,
            's' => 1,
            _ => return Err(bad()),
        };
        let value: u64 = number.parse().map_err(|_| bad())?;
        total = value.checked_mul(unit).and_then(|v| total.checked_add(v)).ok_or_else(bad)?;
        number.clear();
    }
    if !number.is_empty() || total == 0 {
        return Err(bad());
    }
    Ok(total)
}

/// `stkr pool open`: a pool with the provider's own ETH (its k unless given), taking stakes for `duration`.
pub(super) async fn run(ctx: &Context, eth: Option<U256>, duration: u64) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let key = index_of("node-fixed-price").map(|i| i as u8).unwrap_or_default();
    let mut batch = Batch::new();
    let k = batch.add(contracts.provider_registry, ProviderRegistry::kOfCall { provider: from });
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let fixed_price = batch.add(contracts.parameters, Parameters::getCall { key });
    let answers = batch.run(chain, contracts.multicall3).await?;
    let k = answers.get(k)?;
    let now = answers.get(now)?.saturating_to::<u64>();
    let fixed_price = answers.get(fixed_price)?;
    let amount = eth.unwrap_or(k);
    let end_time = now.saturating_add(duration);
    ctx.out.status(format!(
        "Opening a pool with {} ETH of your own (your k is {} ETH), taking stakes for {} until {}; stakers pay {} ANKR per 32 ETH.",
        format_amount(amount),
        format_amount(k),
        display_duration(duration),
        utc(end_time),
        format_amount(fixed_price)
    ));
    let tx = ctx.transactor(chain, from);
    let end = alloy::primitives::Uint::<40, 1>::saturating_from(end_time);
    let label = format!("open a pool with {} ETH", format_amount(amount));
    let Some(receipt) = tx
        .send(label, request(contracts.micro_pool, MicroPool::openPoolCall { endTime: end }).with_value(amount))
        .await?
    else {
        return Ok(());
    };
    let opened = event::<MicroPool::PoolOpened>(&receipt, contracts.micro_pool)?;
    let id = opened.poolId.saturating_to::<u64>();
    let mut report = super::report::report_after(chain, contracts, "open", id, &receipt).await?;
    report.provider_eth = Some(AmountView::eth(opened.providerStake));
    report.lines = vec![
        ("opened", format!("pool {id}")),
        ("your ETH", format!("{} ETH (k {} ETH)", format_amount(opened.providerStake), format_amount(opened.k))),
        ("fixed price", format!("{} ANKR per 32 ETH", format_amount(opened.fixedPrice))),
    ];
    ctx.out.result(&report)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("30d"), Ok(30 * 86_400));
        assert_eq!(parse_duration("1d12h"), Ok(36 * 3_600));
        assert_eq!(parse_duration("90m"), Ok(5_400));
        assert_eq!(parse_duration("3600"), Ok(3_600));
        assert_eq!(parse_duration("2w"), Ok(14 * 86_400));
        for bad in ["", "5x", "d", "12h5", "0d", "-1d"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
