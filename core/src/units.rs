//! Parsing and formatting of ETH and ANKR amounts: `4eth`, `0.5 ETH`, `100gwei`, `2500ankr`, plain numbers.

use alloy::primitives::{
    U256,
    utils::{format_units, parse_units},
};

use serde::Serialize;

use crate::{Error, Result};

/// Which token an amount is in; both have 18 decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    /// Ether.
    Eth,
    /// The ANKR token.
    Ankr,
}

/// Parse an amount of `token` into wei. A bare number is whole tokens; ETH amounts also accept the
/// suffixes `eth`/`ether`, `gwei` and `wei`, ANKR amounts the suffix `ankr` (any case, space allowed).
pub fn parse_amount(input: &str, token: Token) -> Result<U256> {
    let bad = |reason: &str| Error::InvalidAmount { input: input.to_string(), reason: reason.to_string() };
    let trimmed = input.trim().replace('_', "");
    let lower = trimmed.to_ascii_lowercase();
    let split = lower.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(lower.len());
    // Scientific notation: `1e9gwei`, `2.5e3`.
    if lower[split..].starts_with('e') {
        let digits: String = lower[split + 1..].chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            let exponent: u8 = digits.parse().map_err(|_| bad("the exponent is too large"))?;
            let suffix = lower[split + 1 + digits.len()..].trim();
            return parse_scaled(input, lower[..split].trim(), suffix, exponent, token);
        }
    }
    parse_scaled(input, lower[..split].trim(), lower[split..].trim(), 0, token)
}

/// `number` × 10^`exponent` in the unit `suffix`, as wei.
fn parse_scaled(input: &str, number: &str, suffix: &str, exponent: u8, token: Token) -> Result<U256> {
    let bad = |reason: &str| Error::InvalidAmount { input: input.to_string(), reason: reason.to_string() };
    if number.is_empty() {
        return Err(bad("expected a number such as 4 or 0.5"));
    }
    if number.starts_with('-') {
        return Err(bad("amounts cannot be negative"));
    }
    let decimals: u8 = match (token, suffix) {
        (Token::Eth, "" | "eth" | "ether") | (Token::Ankr, "" | "ankr") => 18,
        (Token::Eth, "gwei") => 9,
        (Token::Eth, "wei") => 0,
        (Token::Eth, _) => return Err(bad("use a unit of eth, gwei or wei, e.g. 4eth")),
        (Token::Ankr, _) => return Err(bad("ANKR amounts take no unit other than ankr, e.g. 2500ankr")),
    };
    if number.matches('.').count() > 1 || !number.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(bad("expected a number such as 4 or 0.5"));
    }
    let scale = decimals.checked_add(exponent).filter(|d| *d <= 77).ok_or_else(|| bad("the number is too large"))?;
    if let Some((_, fraction)) = number.split_once('.')
        && fraction.len() > usize::from(scale)
    {
        return Err(bad(&format!("at most {scale} decimal places for this unit")));
    }
    parse_units(number, scale).map(|v| v.get_absolute()).map_err(|_| bad("the number is too large"))
}

/// Format wei as a whole-token decimal without trailing zeros: `4`, `0.5`, `0.000000001`.
pub fn format_amount(wei: U256) -> String {
    let text = format_units(wei, 18).unwrap_or_else(|_| wei.to_string());
    match text.split_once('.') {
        Some((whole, fraction)) => {
            let fraction = fraction.trim_end_matches('0');
            if fraction.is_empty() { whole.to_string() } else { format!("{whole}.{fraction}") }
        }
        None => text,
    }
}

/// An amount in `--json` output: wei as a decimal string (exact, for programs) and the same for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AmountView {
    /// Base units (wei) as a decimal string.
    pub wei: String,
    /// For people: `4 ETH`, `1500 ANKR`.
    pub formatted: String,
}

impl AmountView {
    /// An ETH (or aETH) amount.
    pub fn eth(wei: U256) -> Self {
        Self::of(wei, "ETH")
    }

    /// An ANKR amount.
    pub fn ankr(wei: U256) -> Self {
        Self::of(wei, "ANKR")
    }

    /// An amount of the token named `symbol` (18 decimals).
    pub fn of(wei: U256, symbol: &str) -> Self {
        Self { wei: wei.to_string(), formatted: format!("{} {symbol}", format_amount(wei)) }
    }
}

impl std::fmt::Display for AmountView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.formatted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eth(s: &str) -> U256 {
        parse_amount(s, Token::Eth).expect("parses")
    }

    #[test]
    fn parses_eth_with_and_without_units() {
        let four = U256::from(4_000_000_000_000_000_000u128);
        assert_eq!(eth("4eth"), four);
        assert_eq!(eth("4 ETH"), four);
        assert_eq!(eth("4"), four);
        assert_eq!(eth("4ether"), four);
        assert_eq!(eth("0.5"), U256::from(500_000_000_000_000_000u128));
        assert_eq!(eth("100gwei"), U256::from(100_000_000_000u128));
        assert_eq!(eth("7wei"), U256::from(7));
        assert_eq!(eth("1_000"), U256::from(1_000u128 * 10u128.pow(18)));
    }

    #[test]
    fn parses_ankr() {
        assert_eq!(parse_amount("2500ankr", Token::Ankr).ok(), Some(U256::from(2_500u128 * 10u128.pow(18))));
        assert_eq!(parse_amount("2500 ANKR", Token::Ankr).ok(), Some(U256::from(2_500u128 * 10u128.pow(18))));
    }

    #[test]
    fn refuses_bad_amounts_with_a_reason() {
        let msg = |s: &str, t| parse_amount(s, t).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(msg("-1", Token::Eth), "invalid amount '-1': amounts cannot be negative");
        assert_eq!(msg("4btc", Token::Eth), "invalid amount '4btc': use a unit of eth, gwei or wei, e.g. 4eth");
        assert_eq!(
            msg("4eth", Token::Ankr),
            "invalid amount '4eth': ANKR amounts take no unit other than ankr, e.g. 2500ankr"
        );
        assert_eq!(msg("1.2.3", Token::Eth), "invalid amount '1.2.3': expected a number such as 4 or 0.5");
        assert_eq!(msg("eth", Token::Eth), "invalid amount 'eth': expected a number such as 4 or 0.5");
        assert_eq!(msg("0.5wei", Token::Eth), "invalid amount '0.5wei': at most 0 decimal places for this unit");
    }

    #[test]
    fn formats_without_trailing_zeros() {
        assert_eq!(format_amount(eth("4")), "4");
        assert_eq!(format_amount(eth("0.5")), "0.5");
        assert_eq!(format_amount(U256::from(1)), "0.000000000000000001");
        assert_eq!(format_amount(U256::ZERO), "0");
    }

    #[test]
    fn format_and_parse_round_trip() {
        for wei in [0u128, 1, 999, 10u128.pow(18), 123_456_789_000_000_000_000] {
            assert_eq!(eth(&format_amount(U256::from(wei))), U256::from(wei));
        }
    }
}
