//! Sealed bids kept for their reveal (`stkr auction bid` and the dashboard write and read the same files):
//! price and salt encrypted with the account's passphrase in the Web3 Secret Storage format of keystores (scrypt, AES-128-CTR, keccak MAC), one owner-only file per
//! project and bidder under `<data>/bids/<chain id>/`, written before the bid is sent.

use std::path::{Path, PathBuf};

use crate::{
    Error, Result,
    accounts::Passphrase,
    dirs::{DataDir, write_private},
};
use alloy::{
    primitives::{Address, B256, U256, keccak256},
    sol_types::SolValue,
};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The key of the plain-text record next to the encrypted part.
const RECORD_KEY: &str = "stkr_sealed_bid";

/// What a bid file says in plain text: nothing that is not on chain once the bid is committed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BidRecord {
    /// The chain.
    pub chain_id: u64,
    /// The marketplace bid on.
    pub marketplace: Address,
    /// The project.
    pub project_id: u64,
    /// The bidder.
    pub bidder: Address,
    /// The commitment sent, which the salt and price open.
    pub commitment: B256,
    /// Unix time the file was written.
    pub created_at: u64,
}

impl BidRecord {
    /// The record of `bidder`'s bid sealing `secret` on project `project_id`, written now.
    pub fn new(chain_id: u64, marketplace: Address, project_id: u64, bidder: Address, secret: &Secret) -> Self {
        Self {
            chain_id,
            marketplace,
            project_id,
            bidder,
            commitment: commitment_of(project_id, bidder, secret),
            created_at: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or_default(),
        }
    }
}

/// The secret half of a sealed bid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Secret {
    /// The price in ANKR wei.
    pub price: U256,
    /// The salt.
    pub salt: B256,
}

impl Secret {
    /// A fresh random salt for `price`.
    pub fn new(price: U256) -> Self {
        let mut salt = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut salt);
        Self { price, salt: B256::from(salt) }
    }
}

/// `Marketplace.commitmentOf`: keccak256(abi.encode(projectId, bidder, price, salt)) with the top bit clear.
pub fn commitment_of(project_id: u64, bidder: Address, secret: &Secret) -> B256 {
    let encoded = (U256::from(project_id), bidder, secret.price, secret.salt).abi_encode_params();
    let mut hash = keccak256(encoded);
    hash[0] &= 0x7f;
    hash
}

/// The directory of a chain's bid files.
pub fn dir(data: &DataDir, chain_id: u64) -> PathBuf {
    data.root().join("bids").join(chain_id.to_string())
}

fn stem(project_id: u64, bidder: Address) -> String {
    format!("{project_id}-{bidder:#x}")
}

/// The bid file of `bidder` on `project_id`.
pub fn path(data: &DataDir, chain_id: u64, project_id: u64, bidder: Address) -> PathBuf {
    dir(data, chain_id).join(format!("{}.json", stem(project_id, bidder)))
}

/// Encrypt `secret` with `passphrase` into the bid file of `record`, owner-only. An earlier file for the
/// same project and bidder is kept under another name, in case its bid was sent after all.
pub fn store(data: &DataDir, record: &BidRecord, secret: &Secret, passphrase: &Passphrase) -> Result<PathBuf> {
    DataDir::ensure_private(&data.root().join("bids"))?;
    let dir = dir(data, record.chain_id);
    DataDir::ensure_private(&dir)?;
    let path = path(data, record.chain_id, record.project_id, record.bidder);
    if path.exists() {
        let kept = dir.join(format!("{}.earlier-{}.json", stem(record.project_id, record.bidder), unique_suffix()));
        std::fs::rename(&path, &kept).map_err(Error::io(format!("keeping {}", path.display())))?;
    }
    let mut payload = Zeroizing::new([0u8; 64]);
    payload[..32].copy_from_slice(secret.salt.as_slice());
    payload[32..].copy_from_slice(&secret.price.to_be_bytes::<32>());
    // eth-keystore writes a file; let it write into a private scratch directory and keep only its JSON.
    let scratch = dir.join(format!(".seal-{}", std::process::id()));
    DataDir::ensure_private(&scratch)?;
    let encrypted = (|| {
        eth_keystore::encrypt_key(
            &scratch,
            &mut rand::rngs::OsRng,
            payload.as_slice(),
            passphrase.expose(),
            Some("bid"),
        )
        .map_err(|e| Error::Other(format!("encrypting the sealed bid failed: {e}")))?;
        let written = scratch.join("bid");
        std::fs::read_to_string(&written).map_err(Error::io(format!("reading {}", written.display())))
    })();
    let _ = std::fs::remove_dir_all(&scratch);
    let mut json: serde_json::Value = serde_json::from_str(&encrypted?)
        .map_err(|e| Error::Other(format!("the encrypted sealed bid is not JSON: {e}")))?;
    json[RECORD_KEY] = serde_json::to_value(record).map_err(|e| Error::Other(e.to_string()))?;
    let mut text = serde_json::to_vec_pretty(&json).map_err(|e| Error::Other(e.to_string()))?;
    text.push(b'\n');
    write_private(&path, &text)?;
    Ok(path)
}

fn unique_suffix() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{nanos}")
}

/// The plain-text record of a bid file.
fn record_of(path: &Path) -> Option<BidRecord> {
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    serde_json::from_value(json.get(RECORD_KEY)?.clone()).ok()
}

/// Every bid file of `bidder` on `project_id`, the current one first.
pub fn files(data: &DataDir, chain_id: u64, project_id: u64, bidder: Address) -> Vec<PathBuf> {
    let prefix = stem(project_id, bidder);
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir(data, chain_id))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name().and_then(|n| n.to_str()).is_some_and(|name| {
                name.ends_with(".json")
                    && (name == format!("{prefix}.json") || name.starts_with(&format!("{prefix}.earlier-")))
            })
        })
        .collect();
    let current = path(data, chain_id, project_id, bidder);
    found.sort_by_key(|p| (p != &current, p.clone()));
    found
}

/// The bid file whose commitment is `commitment` on `marketplace`, if this data dir has one.
pub fn find(
    data: &DataDir,
    chain_id: u64,
    marketplace: Address,
    project_id: u64,
    bidder: Address,
    commitment: B256,
) -> Option<PathBuf> {
    files(data, chain_id, project_id, bidder).into_iter().find(|path| {
        record_of(path).is_some_and(|r| {
            r.commitment == commitment
                && r.marketplace == marketplace
                && r.project_id == project_id
                && r.bidder == bidder
                && r.chain_id == chain_id
        })
    })
}

/// Decrypt the bid file at `path` with the passphrase of `account`.
pub fn open(path: &Path, passphrase: &Passphrase, account: &str) -> Result<Secret> {
    let payload = eth_keystore::decrypt_key(path, passphrase.expose()).map_err(|e| match e {
        eth_keystore::KeystoreError::MacMismatch => Error::Other(format!(
            "the sealed bid {} does not open with the passphrase of account '{account}'; it was sealed by another \
             account's passphrase",
            path.display()
        )),
        other => Error::Other(format!("cannot read the sealed bid {}: {other}", path.display())),
    })?;
    let payload = Zeroizing::new(payload);
    if payload.len() != 64 {
        return Err(Error::Other(format!("the sealed bid {} is corrupt (wrong length)", path.display())));
    }
    let salt = B256::from_slice(&payload[..32]);
    let price = U256::from_be_slice(&payload[32..]);
    Ok(Secret { price, salt })
}

/// Remove every bid file of `bidder` on `project_id` (once revealed, they are of no use).
pub fn remove_all(data: &DataDir, chain_id: u64, project_id: u64, bidder: Address) -> Vec<PathBuf> {
    files(data, chain_id, project_id, bidder).into_iter().filter(|path| std::fs::remove_file(path).is_ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(s: &str) -> Passphrase {
        Passphrase::new(s.into()).expect("non-empty")
    }

    #[test]
    fn commitment_matches_the_contract_encoding() {
        let secret = Secret { price: U256::from(5u64), salt: B256::repeat_byte(0xab) };
        let bidder = Address::repeat_byte(0x11);
        let mut words = Vec::new();
        words.extend_from_slice(&U256::from(3u64).to_be_bytes::<32>());
        words.extend_from_slice(B256::left_padding_from(bidder.as_slice()).as_slice());
        words.extend_from_slice(&U256::from(5u64).to_be_bytes::<32>());
        words.extend_from_slice(secret.salt.as_slice());
        let mut expected = keccak256(&words);
        expected[0] &= 0x7f;
        assert_eq!(commitment_of(3, bidder, &secret), expected);
        assert_eq!(commitment_of(3, bidder, &secret)[0] & 0x80, 0);
    }

    #[test]
    fn stored_bids_round_trip_privately_and_never_in_plain_text() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::resolve(Some(dir.path().to_path_buf())).expect("data dir");
        let secret = Secret::new(U256::from(4_200u64) * U256::from(10u64).pow(U256::from(18u64)));
        let bidder = Address::repeat_byte(0x22);
        let record = BidRecord {
            chain_id: 31337,
            marketplace: Address::repeat_byte(0x33),
            project_id: 7,
            bidder,
            commitment: commitment_of(7, bidder, &secret),
            created_at: 1,
        };
        let path = store(&data, &record, &secret, &pass("pw")).expect("store");
        assert_eq!(path, data.root().join(format!("bids/31337/7-{bidder:#x}.json")));
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(!text.contains(&alloy::hex::encode(secret.salt)));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(open(&path, &pass("pw"), "a").expect("open"), secret);
        assert!(open(&path, &pass("other"), "a").is_err());
        let found = find(&data, 31337, record.marketplace, 7, bidder, record.commitment);
        assert_eq!(found.as_deref(), Some(path.as_path()));

        // A second bid keeps the first file, and both are found and removed together.
        let again = Secret::new(U256::from(1u64));
        let second = BidRecord { commitment: commitment_of(7, bidder, &again), ..record.clone() };
        store(&data, &second, &again, &pass("pw")).expect("store again");
        assert_eq!(files(&data, 31337, 7, bidder).len(), 2);
        assert!(find(&data, 31337, record.marketplace, 7, bidder, record.commitment).is_some());
        assert_eq!(remove_all(&data, 31337, 7, bidder).len(), 2);
        assert!(files(&data, 31337, 7, bidder).is_empty());
    }
}
