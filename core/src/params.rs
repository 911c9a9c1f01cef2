//! The catalogue of governance parameters: names and units of the `IParameters.Key` enum, in its order.

use alloy::primitives::U256;
use serde::Serialize;

use crate::{
    Error, Result,
    units::{Token, format_amount, parse_amount},
};

/// How a parameter's number reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Wei of ETH.
    Eth,
    /// Wei of ANKR.
    Ankr,
    /// Seconds.
    Seconds,
    /// Basis points (1/100 of a percent).
    Bps,
    /// A plain count or weight.
    Count,
}

/// One parameter: its CLI name (kebab-case), unit and what it means.
#[derive(Debug, Clone, Copy)]
pub struct ParamInfo {
    /// The name on the command line and in JSON.
    pub name: &'static str,
    /// The unit of its value.
    pub unit: Unit,
    /// One line on what it governs.
    pub about: &'static str,
}

const fn p(name: &'static str, unit: Unit, about: &'static str) -> ParamInfo {
    ParamInfo { name, unit, about }
}

/// Every key of `IParameters.Key`, indexed by its enum value.
pub const PARAMS: [ParamInfo; 49] = [
    p("semi-trusted-k", Unit::Eth, "ETH a semi-trusted provider stakes per validator"),
    p("untrusted-k", Unit::Eth, "ETH an untrusted provider stakes per validator"),
    p("p-min", Unit::Ankr, "minimum ANKR collateral of a qualified provider"),
    p("p-max", Unit::Ankr, "maximum ANKR collateral of a qualified provider"),
    p("max-bid-price", Unit::Ankr, "highest price a provider may ask or bid"),
    p("node-fixed-price", Unit::Ankr, "fixed price FP of one 32 ETH validator node"),
    p("cpu-price-per-core-day", Unit::Ankr, "quote price per CPU core per day"),
    p("ram-price-per-gb-day", Unit::Ankr, "quote price per GB of RAM per day"),
    p("storage-price-per-gb-day", Unit::Ankr, "quote price per GB of storage per day"),
    p("bandwidth-price-per-mbps-day", Unit::Ankr, "quote price per Mbit/s per day"),
    p("service-fee-reward-bps", Unit::Bps, "share of each processing fee for the reward pool"),
    p("profit-reward-bps", Unit::Bps, "share of profit or pool rewards for the reward pool"),
    p("profit-insurance-bps", Unit::Bps, "share of profit or pool rewards for the insurance pool"),
    p("split-governors-bps", Unit::Bps, "reward pool share for governors"),
    p("split-stakers-bps", Unit::Bps, "reward pool share for ETH stakers"),
    p("split-sidecar-stakers-bps", Unit::Bps, "reward pool share for ANKR stakers on sidecars"),
    p("split-development-bps", Unit::Bps, "reward pool share for development and marketing"),
    p("reputation-weight-stake", Unit::Count, "weight of collateral in the reputation score"),
    p("reputation-weight-bid", Unit::Count, "weight of the bid record (average price of won auctions) in the score"),
    p("reputation-weight-running-time", Unit::Count, "weight of average running time in the reputation score"),
    p("reputation-weight-uptime", Unit::Count, "weight of uptime in the reputation score"),
    p("reputation-threshold", Unit::Bps, "score below which a provider is disqualified"),
    p("disqualification-period", Unit::Seconds, "how long a disqualification lasts"),
    p("governor-min-stake", Unit::Ankr, "minimum ANKR a governor keeps staked"),
    p("governor-seats-n", Unit::Count, "n in the 2n+1 governors"),
    p("initialization-period", Unit::Seconds, "initialization phase before elections open"),
    p("governor-term", Unit::Seconds, "length of a governor term"),
    p("voting-period", Unit::Seconds, "how long a proposal is open for votes"),
    p("quorum-bps", Unit::Bps, "share of governors that must vote"),
    p("majority-bps", Unit::Bps, "share of votes cast that must be yes (strictly more)"),
    p("missed-votes-limit", Unit::Count, "consecutive missed votes before a governor is slashed"),
    p("governor-slash-amount", Unit::Ankr, "ANKR slashed from a governor who misses too many votes"),
    p("report-period", Unit::Seconds, "length of one sidecar report and audit period"),
    p("audit-k", Unit::Count, "auditors per node and targets per sidecar"),
    p("auction-commit-period", Unit::Seconds, "sealed-bid commit phase of an auction"),
    p("auction-reveal-period", Unit::Seconds, "reveal phase of an auction"),
    p("bid-bond", Unit::Ankr, "bond locked with a sealed bid"),
    p("auction-shortlist", Unit::Count, "lowest bids ranked: bonds locked until settle, next in line on a default"),
    p("insurance-surplus-threshold", Unit::Eth, "insurance balance above which surplus may move"),
    p("min-pool-stake", Unit::Eth, "smallest stake a micro-investor may add"),
    p("max-pool-duration", Unit::Seconds, "longest staking period of a micro-pool"),
    p("auction-second-price", Unit::Count, "1: winners pay the lowest losing bid (Vickrey); 0: their own bid"),
    p("reward-period", Unit::Seconds, "how often the reward pool distributes"),
    p("expected-profit-bps", Unit::Bps, "profit X a quote expects, as a share of FP"),
    p("timelock-delay", Unit::Seconds, "wait between a proposal passing and its execution"),
    p("proposal-expiry", Unit::Seconds, "how long a passed proposal may run after its timelock"),
    p("proposal-bond", Unit::Ankr, "ANKR locked with a proposal, returned once it reaches quorum"),
    p("max-open-proposals", Unit::Count, "most proposals one governor may have open at once"),
    p("auction-tie-band", Unit::Bps, "bids within this of the lowest share a draw by reputation (0: exact ties)"),
];

/// The index of the parameter called `name`.
pub fn index_of(name: &str) -> Option<usize> {
    PARAMS.iter().position(|p| p.name == name)
}

/// A value in its unit for people: `100000 ANKR`, `16 ETH`, `10.00 %`, `3d 0h`, `3`.
pub fn display_value(unit: Unit, value: U256) -> String {
    match unit {
        Unit::Eth => format!("{} ETH", format_amount(value)),
        Unit::Ankr => format!("{} ANKR", format_amount(value)),
        Unit::Bps => {
            let bps = value.saturating_to::<u64>();
            format!("{}.{:02} %", bps / 100, bps % 100)
        }
        Unit::Seconds => display_duration(value.saturating_to::<u64>()),
        Unit::Count => value.to_string(),
    }
}

/// A value for parameter `unit` as people write it: `16eth`, `100000ankr` (bare numbers are whole
/// tokens), `10%` or `1000bps` (bare numbers are basis points), `3d` or seconds, a plain count.
pub fn parse_value(unit: Unit, input: &str) -> Result<U256> {
    let text = input.trim();
    match unit {
        Unit::Eth => parse_amount(text, Token::Eth),
        Unit::Ankr => parse_amount(text, Token::Ankr),
        Unit::Seconds => crate::input::parse_duration(text).map(U256::from),
        Unit::Bps => {
            let bad = || {
                Error::InvalidInput(format!(
                    "invalid share '{input}': expected a percentage such as 10% or basis points such as 1000bps"
                ))
            };
            if let Some(percent) = text.strip_suffix('%') {
                let bps = parse_amount(percent.trim(), Token::Ankr).map_err(|_| bad())? / U256::from(10u64.pow(16));
                let exact = parse_amount(percent.trim(), Token::Ankr).map_err(|_| bad())? % U256::from(10u64.pow(16));
                if !exact.is_zero() {
                    return Err(Error::InvalidInput(format!(
                        "invalid share '{input}': at most two decimals of a percent"
                    )));
                }
                return Ok(bps);
            }
            text.trim_end_matches("bps").trim().parse::<u64>().map(U256::from).map_err(|_| bad())
        }
        Unit::Count => text
            .parse::<U256>()
            .map_err(|_| Error::InvalidInput(format!("invalid value '{input}': expected a whole number"))),
    }
}

/// Seconds as the two largest units: `30d 0h`, `1h 0m`, `45s`.
pub fn display_duration(seconds: u64) -> String {
    let (d, h, m, s) = (seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60);
    if d > 0 {
        format!("{d}d {h}h")
    } else if h > 0 {
        format!("{h}h {m}m")
    } else if m > 0 {
        format!("{m}m {s}s")
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_parse_in_their_units() {
        use super::{Unit, parse_value};
        use alloy::primitives::U256;
        assert_eq!(parse_value(Unit::Bps, "10%").ok(), Some(U256::from(1_000)));
        assert_eq!(parse_value(Unit::Bps, "12.5%").ok(), Some(U256::from(1_250)));
        assert_eq!(parse_value(Unit::Bps, "1000bps").ok(), Some(U256::from(1_000)));
        assert!(parse_value(Unit::Bps, "12.345%").is_err());
        assert_eq!(parse_value(Unit::Seconds, "3d").ok(), Some(U256::from(259_200)));
        assert_eq!(parse_value(Unit::Ankr, "100000").ok(), Some(U256::from(100_000u64) * U256::from(10u64.pow(18))));
        assert!(parse_value(Unit::Count, "three").is_err());
    }

    use super::*;

    #[test]
    fn names_are_unique_and_kebab_case() {
        for (i, param) in PARAMS.iter().enumerate() {
            assert_eq!(index_of(param.name), Some(i), "{} is not unique", param.name);
            assert!(param.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
    }

    #[test]
    fn values_read_in_their_unit() {
        let ether = U256::from(10u128.pow(18));
        assert_eq!(display_value(Unit::Eth, ether * U256::from(16)), "16 ETH");
        assert_eq!(display_value(Unit::Ankr, ether * U256::from(100_000)), "100000 ANKR");
        assert_eq!(display_value(Unit::Bps, U256::from(1_000)), "10.00 %");
        assert_eq!(display_value(Unit::Bps, U256::from(5_001)), "50.01 %");
        assert_eq!(display_value(Unit::Seconds, U256::from(30 * 86_400)), "30d 0h");
        assert_eq!(display_value(Unit::Seconds, U256::from(3_600)), "1h 0m");
        assert_eq!(display_value(Unit::Seconds, U256::from(59)), "59s");
        assert_eq!(display_value(Unit::Count, U256::from(3)), "3");
    }
}
