//! Parsing of what people type besides token amounts: addresses with their checksum, ids, fees in gwei.

use alloy::primitives::{Address, utils::parse_units};

use crate::{Error, Result};

/// An address as 40 hex digits with 0x. All-lowercase or all-uppercase is taken as typed; mixed case must
/// match its EIP-55 checksum, so a mistyped digit is caught.
pub fn parse_address(input: &str) -> Result<Address> {
    let bad = |reason: &str| Error::InvalidAddress { input: input.to_string(), reason: reason.to_string() };
    let text = input.trim();
    let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) else {
        return Err(bad("expected 0x followed by 40 hex digits"));
    };
    if hex.len() != 40 {
        return Err(bad(&format!("expected 40 hex digits after 0x, found {}", hex.len())));
    }
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(bad("expected only hex digits 0-9 and a-f"));
    }
    let address: Address = format!("0x{hex}").parse().map_err(|_| bad("expected 0x followed by 40 hex digits"))?;
    let mixed = hex.chars().any(|c| c.is_ascii_lowercase()) && hex.chars().any(|c| c.is_ascii_uppercase());
    if mixed && address.to_checksum(None)[2..] != *hex {
        return Err(bad("the checksum (its mix of upper and lower case) does not match; check for a typo"));
    }
    Ok(address)
}

/// A numeric id (a pool, project, node or proposal): a whole number from 1.
pub fn parse_id(input: &str) -> Result<u64> {
    let text = input.trim().trim_start_matches('#');
    match text.parse::<u64>() {
        Ok(0) => Err(Error::InvalidInput(format!("invalid id '{input}': ids start at 1"))),
        Ok(id) => Ok(id),
        Err(_) => Err(Error::InvalidInput(format!("invalid id '{input}': expected a whole number such as 7"))),
    }
}

/// A fee per gas in gwei (`30`, `1.5`, `30gwei`), as wei.
pub fn parse_gwei(input: &str) -> Result<u128> {
    let bad = |reason: &str| Error::InvalidAmount { input: input.to_string(), reason: reason.to_string() };
    let lower = input.trim().to_ascii_lowercase();
    let number = lower.strip_suffix("gwei").unwrap_or(&lower).trim();
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '.') || number.matches('.').count() > 1 {
        return Err(bad("expected a fee in gwei such as 30 or 1.5"));
    }
    if number.split_once('.').is_some_and(|(_, fraction)| fraction.len() > 9) {
        return Err(bad("at most 9 decimal places of gwei"));
    }
    let wei = parse_units(number, 9).map_err(|_| bad("the number is too large"))?.get_absolute();
    u128::try_from(wei).map_err(|_| bad("the number is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_checksum_and_case() {
        let checksummed = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        assert!(parse_address(checksummed).is_ok());
        assert!(parse_address(&checksummed.to_lowercase()).is_ok());
        assert!(parse_address("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED").is_ok());
        let typo = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
        assert!(parse_address(typo).expect_err("a typo is refused").to_string().contains("checksum"));
        assert!(parse_address("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").is_err());
        assert!(parse_address("0x1234").expect_err("a short address is refused").to_string().contains("found 4"));
        assert!(parse_address("0xzzAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").is_err());
        assert!(parse_address("alice.eth").is_err());
    }

    #[test]
    fn ids_and_fees() {
        assert_eq!(parse_id("7").ok(), Some(7));
        assert_eq!(parse_id("#7").ok(), Some(7));
        assert!(parse_id("0").is_err());
        assert!(parse_id("-1").is_err());
        assert!(parse_id("seven").is_err());
        assert_eq!(parse_gwei("30").ok(), Some(30_000_000_000));
        assert_eq!(parse_gwei("1.5gwei").ok(), Some(1_500_000_000));
        assert!(parse_gwei("-1").is_err());
        assert!(parse_gwei("1e9").is_err());
    }
}
