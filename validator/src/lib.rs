//! Validator keys for stkr: EIP-2333/2334 derivation from a BIP-39 mnemonic, EIP-2335 keystores, deposit data, threshold (Shamir) signing shared between provider and protocol, distributed generation of a key needing the provider and t of n guardians, EIP-3076 slashing protection, and the signing roots of Web3Signer remote-signing requests recomputed from their typed messages.

pub mod chain;
pub mod deposit;
pub mod derive;
pub mod dkg;
pub mod error;
pub mod exit;
pub mod keystore;
pub mod mnemonic;
pub mod remote_signing;
pub mod scalar;
pub mod slashing;
pub mod ssz;
pub mod threshold;

pub use chain::Chain;
pub use derive::SecretKey;
pub use error::Error;

/// Lowercase hex without a prefix, as the deposit CLI and EIP-2335 write bytes.
pub(crate) fn to_hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// Bytes of exactly `N` from hex with or without `0x`; `what` names the value in the error.
pub(crate) fn from_hex<const N: usize>(text: &str, what: &str) -> Result<[u8; N], Error> {
    let digits = text.trim().strip_prefix("0x").unwrap_or(text.trim());
    let bytes = hex::decode(digits).map_err(|_| Error::Invalid(format!("{what} is not valid hex")))?;
    let found = bytes.len();
    bytes.try_into().map_err(|_| Error::Invalid(format!("{what} must be {N} bytes, not {found}")))
}
