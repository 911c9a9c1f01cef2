//! Voluntary exits: the message a validator signs to leave, its signing root, and the signing requests the threshold holders sign.

use serde::{Deserialize, Serialize};

use crate::{Error, deposit, from_hex, ssz, to_hex};

/// What a signing request asks the key (or its share holders) to sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SigningRequest {
    /// A VoluntaryExit of `validator_index` from `epoch`.
    VoluntaryExit {
        /// The validator's public key, hex.
        pubkey: String,
        /// The exit message.
        message: VoluntaryExit,
        /// The fork version exits are signed with (since Deneb, EIP-7044: the Capella fork version).
        fork_version: String,
        /// The chain's genesis_validators_root, 0x hex.
        genesis_validators_root: String,
        /// compute_signing_root(message, domain), 0x hex: for reviewers; always recomputed.
        signing_root: String,
    },
    /// The deposit message of a deposit data entry.
    Deposit {
        /// The deposit (its signature may be empty or stale; it is what gets replaced).
        deposit: deposit::DepositData,
        /// compute_signing_root(deposit message, deposit domain), 0x hex: for reviewers; always recomputed.
        signing_root: String,
    },
}

/// The beacon chain's VoluntaryExit, with numbers as the Beacon API writes them (decimal strings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoluntaryExit {
    /// The earliest epoch it may be included in.
    pub epoch: String,
    /// The validator's index on the beacon chain.
    pub validator_index: String,
}

/// A SignedVoluntaryExit as the Beacon API's POST /eth/v1/beacon/pool/voluntary_exits takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedVoluntaryExit {
    /// The exit.
    pub message: VoluntaryExit,
    /// The signature, 0x hex.
    pub signature: String,
}

/// Where an exit is valid: the fork version it is signed with and the chain's genesis_validators_root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitDomain {
    /// The Capella fork version (EIP-7044 pins exits to it).
    pub fork_version: [u8; 4],
    /// The genesis_validators_root.
    pub genesis_validators_root: [u8; 32],
}

fn parse_number(text: &str, what: &str) -> Result<u64, Error> {
    text.trim().parse().map_err(|_| Error::Invalid(format!("the {what} '{text}' is not a whole number")))
}

impl SigningRequest {
    /// A request to sign the exit of `validator_index` (key `pubkey`) from `epoch`.
    pub fn voluntary_exit(pubkey: [u8; 48], validator_index: u64, epoch: u64, domain: ExitDomain) -> Self {
        let message = VoluntaryExit { epoch: epoch.to_string(), validator_index: validator_index.to_string() };
        let root = exit_signing_root(epoch, validator_index, domain);
        Self::VoluntaryExit {
            pubkey: to_hex(&pubkey),
            message,
            fork_version: to_hex(&domain.fork_version),
            genesis_validators_root: format!("0x{}", to_hex(&domain.genesis_validators_root)),
            signing_root: format!("0x{}", to_hex(&root)),
        }
    }

    /// A request to sign `deposit`'s message on the chain its fork version names.
    pub fn deposit(deposit: deposit::DepositData) -> Result<Self, Error> {
        let root = deposit::deposit_signing_root(
            &deposit.pubkey_bytes()?,
            &deposit.credentials_bytes()?,
            deposit.amount,
            deposit.fork_version_bytes()?,
        );
        Ok(Self::Deposit { deposit, signing_root: format!("0x{}", to_hex(&root)) })
    }

    /// The validator key it is for.
    pub fn pubkey(&self) -> Result<[u8; 48], Error> {
        match self {
            Self::VoluntaryExit { pubkey, .. } => from_hex(pubkey, "the request's pubkey"),
            Self::Deposit { deposit, .. } => deposit.pubkey_bytes(),
        }
    }

    /// The root to sign, recomputed from the message (a stated root that differs means the file was edited).
    pub fn signing_root(&self) -> Result<[u8; 32], Error> {
        let (computed, stated) = match self {
            Self::VoluntaryExit { message, fork_version, genesis_validators_root, signing_root, .. } => {
                let domain = ExitDomain {
                    fork_version: from_hex(fork_version, "the request's fork_version")?,
                    genesis_validators_root: from_hex(
                        genesis_validators_root,
                        "the request's genesis_validators_root",
                    )?,
                };
                let epoch = parse_number(&message.epoch, "epoch")?;
                let index = parse_number(&message.validator_index, "validator index")?;
                (exit_signing_root(epoch, index, domain), signing_root)
            }
            Self::Deposit { deposit, signing_root } => (
                deposit::deposit_signing_root(
                    &deposit.pubkey_bytes()?,
                    &deposit.credentials_bytes()?,
                    deposit.amount,
                    deposit.fork_version_bytes()?,
                ),
                signing_root,
            ),
        };
        if from_hex::<32>(stated, "the request's signing_root")? != computed {
            return Err(Error::Invalid(format!(
                "the request's signing_root does not match its message (it gives 0x{}); the file was edited",
                to_hex(&computed)
            )));
        }
        Ok(computed)
    }

    /// The signed object once `signature` (by the validator key) is known: a SignedVoluntaryExit, or the
    /// deposit data with its signature and deposit_data_root.
    pub fn signed(&self, signature: [u8; 96]) -> Result<serde_json::Value, Error> {
        let json = |v: Result<serde_json::Value, serde_json::Error>| v.map_err(|e| Error::Invalid(e.to_string()));
        match self {
            Self::VoluntaryExit { message, .. } => json(serde_json::to_value(SignedVoluntaryExit {
                message: message.clone(),
                signature: format!("0x{}", to_hex(&signature)),
            })),
            Self::Deposit { deposit, .. } => json(serde_json::to_value([deposit.with_signature(signature)?])),
        }
    }
}

/// compute_signing_root(VoluntaryExit(epoch, validator_index), DOMAIN_VOLUNTARY_EXIT domain).
pub fn exit_signing_root(epoch: u64, validator_index: u64, domain: ExitDomain) -> [u8; 32] {
    let domain = ssz::compute_domain(ssz::DOMAIN_VOLUNTARY_EXIT, domain.fork_version, domain.genesis_validators_root);
    ssz::signing_root(ssz::voluntary_exit_root(epoch, validator_index), domain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SecretKey, deposit::verify_signature};

    #[test]
    fn an_exit_request_round_trips_and_refuses_edits() {
        let key = SecretKey::from_bytes(&[0x2a; 32]).expect("key");
        let pubkey = key.public_key().expect("pk");
        // Mainnet's Capella fork version and genesis_validators_root (stkr-core's network table cites them).
        let domain = ExitDomain {
            fork_version: [0x03, 0x00, 0x00, 0x00],
            genesis_validators_root: from_hex(
                "4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95",
                "genesis_validators_root",
            )
            .expect("hex"),
        };
        let request = SigningRequest::voluntary_exit(pubkey, 1234, 300_000, domain);
        let text = serde_json::to_string(&request).expect("json");
        assert!(text.starts_with(r#"{"kind":"voluntary_exit""#), "{text}");
        let back: SigningRequest = serde_json::from_str(&text).expect("parses");
        let root = back.signing_root().expect("root");
        let signature = key.sign(&root).expect("signs");
        assert!(verify_signature(&pubkey, &root, &signature));
        let signed = back.signed(signature).expect("signed");
        assert_eq!(signed["message"]["validator_index"], "1234");
        assert_eq!(signed["message"]["epoch"], "300000");
        // Another epoch changes the root; a file whose stated root disagrees is refused.
        assert_ne!(exit_signing_root(300_001, 1234, domain), root);
        let edited = text.replace("\"300000\"", "\"1\"");
        let edited: SigningRequest = serde_json::from_str(&edited).expect("parses");
        assert!(edited.signing_root().is_err());
    }
}
