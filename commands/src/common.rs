//! What the commands share on the command line: value parsers, whose account a read is about, report wording.

use alloy::primitives::{Address, U256};
use stkr_core::{
    Error,
    params::{Unit, display_value},
    units::{Token, parse_amount},
};

use crate::Context;

/// An ETH amount for clap: `4`, `0.5eth`, `100gwei`.
pub(crate) fn eth_amount(input: &str) -> Result<U256, Error> {
    parse_amount(input, Token::Eth)
}

/// An ANKR amount for clap: `2500`, `2500ankr`.
pub(crate) fn ankr_amount(input: &str) -> Result<U256, Error> {
    parse_amount(input, Token::Ankr)
}

/// The account a read is about: `address` when given, else `--account`'s. `missing` says what to pass
/// when neither is.
pub(crate) fn address_or_account(ctx: &Context, address: Option<Address>, missing: &str) -> Result<Address, Error> {
    match address {
        Some(address) => Ok(address),
        None => ctx.account_address().map_err(|e| match e {
            Error::NoAccount => Error::InvalidInput(missing.to_string()),
            other => other,
        }),
    }
}

/// Basis points for people, as the parameters show them.
pub(crate) fn percent(bps: u64) -> String {
    display_value(Unit::Bps, U256::from(bps))
}
