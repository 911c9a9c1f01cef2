//! Turns revert data into a plain sentence: the protocol's custom errors, `Error(string)` and panics.

use alloy::{
    primitives::{Address, U256},
    sol_types::{Panic, Revert, SolError, SolInterface},
};

use crate::{
    bindings::{AETH, AnkrToken, Multicall3, Parameters},
    params::{PARAMS, display_value},
    units::format_amount,
};

fn param_name(key: u8) -> &'static str {
    PARAMS.get(usize::from(key)).map(|p| p.name).unwrap_or("unknown-parameter")
}

fn param_value(key: u8, value: U256) -> String {
    PARAMS.get(usize::from(key)).map(|p| display_value(p.unit, value)).unwrap_or_else(|| value.to_string())
}

fn short(address: Address) -> String {
    address.to_checksum(None)
}

/// A sentence for `data`, the revert data of a failed call; `None` when it is empty.
pub fn decode(data: &[u8]) -> Option<String> {
    if data.is_empty() {
        return None;
    }
    if let Ok(revert) = Revert::abi_decode(data) {
        return Some(revert.reason);
    }
    if let Ok(panic) = Panic::abi_decode(data) {
        return Some(format!("the contract panicked ({panic})"));
    }
    if let Ok(err) = Parameters::ParametersErrors::abi_decode(data) {
        use Parameters::ParametersErrors as E;
        return Some(match err {
            E::ParametersNotGovernance(e) => {
                format!("only the governance address may change parameters, not {}", short(e.caller))
            }
            E::ParametersOutOfBounds(e) => format!(
                "{} must lie between {} and {}, not {}",
                param_name(e.key),
                param_value(e.key, e.min),
                param_value(e.key, e.max),
                param_value(e.key, e.value)
            ),
            E::ParametersUseSetRewardSplit(_) => {
                "reward split shares change together: set all four with the reward split call".to_string()
            }
            E::ParametersSplitNotWhole(e) => {
                format!("the four reward split shares must total 10000 bps, not {}", e.total)
            }
            E::ParametersCollateralBoundsInverted(e) => {
                format!("p-min ({} ANKR) may not exceed p-max ({} ANKR)", format_amount(e.pMin), format_amount(e.pMax))
            }
            E::ParametersCutsExceedWhole(e) => {
                format!(
                    "the reward and insurance cuts together may not exceed 100 % (they would be {} bps)",
                    e.totalBps
                )
            }
            E::ParametersZeroAddress(_) => "the zero address is not allowed here".to_string(),
        });
    }
    if let Ok(err) = AETH::AETHErrors::abi_decode(data) {
        use AETH::AETHErrors as E;
        return Some(match err {
            E::AETHNotPool(e) => format!("only the micro-pool contract mints or burns aETH, not {}", short(e.caller)),
            E::AETHNotGovernance(e) => format!("only governance may do this, not {}", short(e.caller)),
            E::AETHZeroAddress(_) => "the zero address is not allowed here".to_string(),
            other => format!("{other:?}"),
        });
    }
    if let Ok(err) = AnkrToken::AnkrTokenErrors::abi_decode(data) {
        use AnkrToken::AnkrTokenErrors as E;
        return Some(match err {
            E::OwnableUnauthorizedAccount(e) => format!("only the token owner may do this, not {}", short(e.account)),
            E::ERC20InsufficientBalance(e) => format!(
                "{} holds {} ANKR but {} ANKR is needed",
                short(e.sender),
                format_amount(e.balance),
                format_amount(e.needed)
            ),
            E::ERC20InsufficientAllowance(e) => format!(
                "the allowance for {} is {} ANKR but {} ANKR is needed; approve it first",
                short(e.spender),
                format_amount(e.allowance),
                format_amount(e.needed)
            ),
            other => format!("{other:?}"),
        });
    }
    if let Ok(err) = Multicall3::Multicall3Errors::abi_decode(data) {
        return Some(format!("a batched call failed: {err:?}"));
    }
    let selector = data.get(..4).map(alloy::hex::encode_prefixed).unwrap_or_default();
    Some(format!("the contract refused with an unknown error (selector {selector})"))
}

#[cfg(test)]
mod tests {
    use alloy::{primitives::U256, sol_types::SolError};

    use super::*;

    #[test]
    fn out_of_bounds_reads_in_units() {
        let data = Parameters::ParametersOutOfBounds {
            key: 1,
            value: U256::from(15u128 * 10u128.pow(18)),
            min: U256::from(16u128 * 10u128.pow(18)),
            max: U256::from(32u128 * 10u128.pow(18)),
        }
        .abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("untrusted-k must lie between 16 ETH and 32 ETH, not 15 ETH"));
    }

    #[test]
    fn string_reverts_and_unknown_errors() {
        let data = Revert::from("no").abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("no"));
        assert_eq!(
            decode(&[0xde, 0xad, 0xbe, 0xef]).as_deref(),
            Some("the contract refused with an unknown error (selector 0xdeadbeef)")
        );
        assert_eq!(decode(&[]), None);
    }
}
