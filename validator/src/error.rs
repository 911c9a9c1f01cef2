//! The one error type of the validator crate, each variant a sentence a person can act on.

/// What went wrong with keys, keystores, deposit data or threshold signing.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Malformed input (hex, lengths, files, parameters), already phrased.
    #[error("{0}")]
    Invalid(String),
    /// The mnemonic is not a valid BIP-39 English mnemonic.
    #[error("the mnemonic is not valid: {0}; check every word and their order")]
    Mnemonic(String),
    /// The keystore password does not open the keystore.
    #[error("the password does not open this keystore (its checksum does not match)")]
    WrongPassword,
    /// A keystore uses something this implementation does not (or the file is not a keystore).
    #[error("not a usable EIP-2335 keystore: {0}")]
    Keystore(String),
    /// Too few distinct partial signatures to reach the threshold.
    #[error(
        "{got} valid partial signature(s) from distinct shares, but the threshold is {needed}; collect {missing} more"
    )]
    BelowThreshold {
        /// The threshold T.
        needed: usize,
        /// How many usable ones there are.
        got: usize,
        /// needed - got.
        missing: usize,
    },
    /// A partial signature (or the share behind it) is bad.
    #[error("share {index} is bad: {reason}")]
    BadShare {
        /// The share index (from 1).
        index: u32,
        /// Why.
        reason: String,
    },
    /// A remote-signing (Web3Signer eth2) request that cannot be parsed or whose message is malformed.
    #[error("not a usable remote-signing request: {0}")]
    RemoteSigning(String),
    /// A guardian dealing its part of a distributed key broke the protocol (a share that fails its
    /// commitments, malformed commitments, a proof of possession that does not verify).
    #[error("dealer {dealer} is disqualified: {reason}")]
    BadDealer {
        /// The dealer's guardian index (from 1).
        dealer: u32,
        /// Why.
        reason: String,
    },
}
