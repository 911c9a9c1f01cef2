//! Co-signing a distributed validator's duty: how the provider's signer asks the guardians for partial signatures, what every party checks before it signs (the signing root it computes itself, slashing protection), and how the parts combine.

use std::path::PathBuf;

use alloy::transports::http::reqwest;
use alloy::{
    primitives::Address,
    signers::{Signature, SignerSync, local::PrivateKeySigner},
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use stkr_validator::{
    deposit::{deposit_signing_root, verify_signature},
    remote_signing::{BeaconSpec, Preset, SignRequest, Slashable},
    slashing::SlashingProtection,
    threshold::PartialSignature,
};
use tokio::{sync::Mutex, task::JoinSet};

use crate::{Error, Result, dkg::DistributedKey, network::Network};

/// Where a guardian daemon serves partial signatures: `POST /v1/cosign/{validator pubkey}`.
pub const COSIGN_PATH: &str = "/v1/cosign";
/// The header carrying the provider's signature of a co-signing request.
pub const PROVIDER_SIGNATURE_HEADER: &str = "x-stkr-provider-signature";
/// A pool's validator deposit, in gwei.
pub const DEPOSIT_GWEI: u64 = 32_000_000_000;

/// What the provider signs to ask for a partial signature: the validator and the exact request body.
fn request_text(pubkey: &str, body: &[u8]) -> Vec<u8> {
    let mut text = format!("stkr cosign\n0x{}\n", pubkey.trim_start_matches("0x").to_lowercase()).into_bytes();
    text.extend_from_slice(body);
    text
}

/// The provider's signature of a co-signing request for `pubkey`, hex: without it a guardian signs nothing,
/// so nobody else can fill its slashing-protection record with a vote that blocks the validator's real ones.
pub fn authenticate(signer: &PrivateKeySigner, pubkey: &str, body: &[u8]) -> Result<String> {
    let signature = signer
        .sign_message_sync(&request_text(pubkey, body))
        .map_err(|e| Error::Other(format!("cannot sign the co-signing request: {e}")))?;
    Ok(alloy::hex::encode_prefixed(signature.as_bytes()))
}

/// The address that signed a co-signing request.
pub fn request_signer(header: &str, pubkey: &str, body: &[u8]) -> Result<Address> {
    let bytes = alloy::hex::decode(header.trim())
        .map_err(|_| Error::InvalidInput(format!("the {PROVIDER_SIGNATURE_HEADER} header is not hex")))?;
    let signature = Signature::try_from(bytes.as_slice())
        .map_err(|_| Error::InvalidInput(format!("the {PROVIDER_SIGNATURE_HEADER} header is no signature")))?;
    signature
        .recover_address_from_msg(request_text(pubkey, body))
        .map_err(|_| Error::InvalidInput(format!("the {PROVIDER_SIGNATURE_HEADER} header recovers no address")))
}

/// A guardian's partial signature: its share index and H(root)^{x_j}.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partial {
    /// The guardian's share index.
    pub index: u32,
    /// The partial signature, hex.
    pub signature: String,
}

/// The consensus constants of the chain `chain_id`: the devnet's Lodestar runs the minimal preset.
pub fn beacon_spec(chain_id: u64) -> Result<BeaconSpec> {
    let network = Network::from_chain_id(chain_id).ok_or_else(|| {
        Error::InvalidInput(format!("chain {chain_id} is not a network stkr knows, so its beacon chain is unknown"))
    })?;
    let preset = if network == Network::Devnet { Preset::Minimal } else { Preset::Mainnet };
    Ok(BeaconSpec { preset, genesis_fork_version: network.spec().genesis_fork_version })
}

/// A duty checked and ready to sign: the root computed here, what slashing protection must record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedDuty {
    /// The duty's name, for metrics and logs.
    pub kind: &'static str,
    /// The signing root, computed from the typed request, never taken from it.
    pub signing_root: [u8; 32],
    /// A block or attestation slashing protection must allow first.
    pub slashable: Option<Slashable>,
    /// The chain the request is for (none for deposits and builder registrations).
    pub genesis_validators_root: Option<[u8; 32]>,
}

/// The Web3Signer DEPOSIT request (stkr's signer uses it for a pool's deposit data).
#[derive(Debug, Deserialize)]
struct DepositMessage {
    pubkey: String,
    withdrawal_credentials: String,
    #[serde(deserialize_with = "gwei")]
    amount: u64,
    genesis_fork_version: String,
}

fn gwei<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<u64, D::Error> {
    match Value::deserialize(d)? {
        Value::String(s) => s.parse().map_err(serde::de::Error::custom),
        Value::Number(n) => n.as_u64().ok_or_else(|| serde::de::Error::custom("not a gwei amount")),
        _ => Err(serde::de::Error::custom("not a gwei amount")),
    }
}

fn bytes<const N: usize>(text: &str, what: &str) -> Result<[u8; N]> {
    alloy::hex::decode(text.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| Error::InvalidInput(format!("{what} is not {N} bytes of hex")))
}

/// The request a signer sends for a pool's deposit data.
pub fn deposit_request(key: &DistributedKey, genesis_fork_version: [u8; 4]) -> Value {
    serde_json::json!({
        "type": "DEPOSIT",
        "deposit": {
            "pubkey": key.pubkey(),
            "withdrawal_credentials": key.ceremony.withdrawal_credentials.to_string(),
            "amount": DEPOSIT_GWEI.to_string(),
            "genesis_fork_version": alloy::hex::encode_prefixed(genesis_fork_version),
        }
    })
}

/// Check a remote-signing request for the distributed key `key` on chain `chain_id` and compute what to
/// sign. A deposit is signed only with the pool's withdrawal credentials, for 32 ETH, on this chain.
pub fn check_duty(key: &DistributedKey, chain_id: u64, body: &[u8]) -> Result<CheckedDuty> {
    let spec = beacon_spec(chain_id)?;
    let value: Value =
        serde_json::from_slice(body).map_err(|e| Error::InvalidInput(format!("the request is not JSON ({e})")))?;
    if value.get("type").and_then(Value::as_str) == Some("DEPOSIT") {
        let deposit: DepositMessage = serde_json::from_value(value.get("deposit").cloned().unwrap_or_default())
            .map_err(|e| Error::InvalidInput(format!("the DEPOSIT request is malformed ({e})")))?;
        let pubkey: [u8; 48] = bytes(&deposit.pubkey, "the deposit's pubkey")?;
        let credentials: [u8; 32] = bytes(&deposit.withdrawal_credentials, "the deposit's withdrawal credentials")?;
        let fork: [u8; 4] = bytes(&deposit.genesis_fork_version, "the deposit's genesis fork version")?;
        if key.pubkey().trim_start_matches("0x") != alloy::hex::encode(pubkey) {
            return Err(Error::InvalidInput("the deposit is for another validator".into()));
        }
        if credentials != key.ceremony.withdrawal_credentials.0 {
            return Err(Error::InvalidInput(format!(
                "the deposit's withdrawal credentials are not pool {}'s ({}): its ETH would not return to the pool",
                key.ceremony.pool_id, key.ceremony.withdrawal_credentials
            )));
        }
        if deposit.amount != DEPOSIT_GWEI {
            return Err(Error::InvalidInput(format!("the deposit is {} gwei, not a pool's 32 ETH", deposit.amount)));
        }
        if fork != spec.genesis_fork_version {
            return Err(Error::InvalidInput(format!(
                "the deposit is for genesis fork version 0x{}, not this chain's 0x{}",
                alloy::hex::encode(fork),
                alloy::hex::encode(spec.genesis_fork_version)
            )));
        }
        return Ok(CheckedDuty {
            kind: "deposit",
            signing_root: deposit_signing_root(&pubkey, &credentials, DEPOSIT_GWEI, fork),
            slashable: None,
            genesis_validators_root: None,
        });
    }
    let request = SignRequest::from_json(body).map_err(|e| Error::InvalidInput(e.to_string()))?;
    let signing_root = request.signing_root(&spec).map_err(|e| Error::InvalidInput(e.to_string()))?;
    let genesis_validators_root = request.fork_info.map(|f| f.genesis_validators_root);
    let known = Network::from_chain_id(chain_id).and_then(|n| n.spec().genesis_validators_root);
    if let (Some(root), Some(known)) = (genesis_validators_root, known)
        && root != known.0
    {
        return Err(Error::InvalidInput(format!(
            "the request is for the beacon chain with genesis validators root 0x{}, not this network's {known}",
            alloy::hex::encode(root)
        )));
    }
    Ok(CheckedDuty {
        kind: request.duty.kind(),
        signing_root,
        slashable: request.duty.slashable(),
        genesis_validators_root,
    })
}

/// An EIP-3076 slashing-protection store opened at the first duty: it belongs to the chain (genesis
/// validators root) of that duty, and a duty of another chain is refused from then on.
#[derive(Debug)]
pub struct Protection {
    path: PathBuf,
    store: Mutex<Option<SlashingProtection>>,
}

impl Protection {
    /// The store at `path` (opened when the first duty arrives).
    pub fn new(path: PathBuf) -> Self {
        Self { path, store: Mutex::new(None) }
    }

    /// The file it lives in.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Allow (and record on disk) `duty` for `pubkey`, or refuse it with the reason; duties that cannot
    /// be slashed pass.
    pub async fn allow(&self, pubkey: [u8; 48], duty: &CheckedDuty) -> Result<()> {
        let Some(slashable) = duty.slashable else { return Ok(()) };
        let Some(root) = duty.genesis_validators_root else {
            return Err(Error::InvalidInput(format!("the {} request names no chain (fork_info)", duty.kind)));
        };
        let mut store = self.store.lock().await;
        if store.as_ref().is_none_or(|s| s.genesis_validators_root() != root) {
            *store = Some(SlashingProtection::open(&self.path, root).map_err(|e| Error::InvalidInput(e.to_string()))?);
        }
        let Some(store) = store.as_mut() else {
            return Err(Error::Other("the slashing-protection store is closed".into()));
        };
        let recorded = match slashable {
            Slashable::Block { slot } => store.check_and_record_block(pubkey, slot, duty.signing_root),
            Slashable::Attestation { source_epoch, target_epoch } => {
                store.check_and_record_attestation(pubkey, source_epoch, target_epoch, duty.signing_root)
            }
        };
        recorded.map(|_| ()).map_err(|e| Error::InvalidInput(e.to_string()))
    }
}

/// A guardian to ask: its share index and its daemon's URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// Its share index.
    pub index: u32,
    /// Its URL.
    pub url: String,
}

/// Ask every guardian at once for a partial signature of `body` (authenticated by `auth`) and return as
/// soon as the threshold of them verify under their public shares over `root`; a bad one is named and
/// skipped. `on_answer(index, valid)` hears every answer. Without a quorum, the sentence saying who failed.
pub async fn gather(
    client: &reqwest::Client,
    endpoints: &[Endpoint],
    key: &DistributedKey,
    auth: &str,
    body: &[u8],
    root: &[u8; 32],
    mut on_answer: impl FnMut(u32, bool),
) -> std::result::Result<Vec<PartialSignature>, String> {
    let threshold = key.group.guardians.threshold as usize;
    let pubkey = key.pubkey();
    let mut asked: JoinSet<(u32, std::result::Result<Partial, String>)> = JoinSet::new();
    for endpoint in endpoints {
        let url = format!("{}{COSIGN_PATH}/{pubkey}", endpoint.url.trim_end_matches('/'));
        let (client, auth, body, index) = (client.clone(), auth.to_string(), body.to_vec(), endpoint.index);
        asked.spawn(async move { (index, ask(&client, &url, &auth, body).await) });
    }
    let mut valid: Vec<PartialSignature> = Vec::new();
    let mut failures: Vec<String> = Vec::new();
    while let Some(done) = asked.join_next().await {
        let Ok((index, answer)) = done else { continue };
        match answer.and_then(|partial| check_partial(key, index, partial, root)) {
            Ok(partial) => {
                on_answer(index, true);
                valid.push(partial);
                if valid.len() == threshold {
                    // The others may still answer; what they record is theirs to keep.
                    asked.detach_all();
                    return Ok(valid);
                }
            }
            Err(reason) => {
                on_answer(index, false);
                failures.push(format!("guardian {index}: {reason}"));
            }
        }
    }
    failures.sort();
    Err(format!(
        "only {} of the {threshold} guardian signature(s) needed arrived, so nothing was signed ({})",
        valid.len(),
        failures.join("; ")
    ))
}

/// A guardian's answer, checked: its own index and a signature that verifies under its public share.
fn check_partial(
    key: &DistributedKey,
    index: u32,
    partial: Partial,
    root: &[u8; 32],
) -> std::result::Result<PartialSignature, String> {
    if partial.index != index {
        return Err(format!("it answered for share {}", partial.index));
    }
    let signature: [u8; 96] = alloy::hex::decode(&partial.signature)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| "its partial signature is not 96 bytes of hex".to_string())?;
    let share: [u8; 48] = key
        .group
        .guardians
        .share(index)
        .and_then(|s| alloy::hex::decode(s.pubkey.trim_start_matches("0x")).ok())
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| format!("the key lists no public share {index}"))?;
    if !verify_signature(&share, root, &signature) {
        return Err("its partial signature does not verify under its public share".into());
    }
    Ok(PartialSignature { index, signature })
}

/// POST the request to one guardian: its partial, or why not in a few words.
async fn ask(client: &reqwest::Client, url: &str, auth: &str, body: Vec<u8>) -> std::result::Result<Partial, String> {
    let response = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(PROVIDER_SIGNATURE_HEADER, auth)
        .body(body)
        .send()
        .await
        .map_err(|e| {
            if e.is_timeout() {
                "no answer in time".to_string()
            } else {
                match crate::chain::certificate_failure(url, &e) {
                    Some(tls) => tls.to_string(),
                    None => "unreachable".to_string(),
                }
            }
        })?;
    let status = response.status();
    let text = response.text().await.map_err(|_| "its answer broke off".to_string())?;
    if status.is_success() {
        return serde_json::from_str(&text).map_err(|_| "it answered something that is no partial signature".into());
    }
    Err(serde_json::from_str::<Value>(&text)
        .ok()
        .and_then(|v| v.get("error").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| format!("HTTP {}", status.as_u16())))
}

#[cfg(test)]
mod tests {
    use alloy::primitives::B256;
    use stkr_validator::{SecretKey, dkg as math};

    use super::*;
    use crate::dkg::Ceremony;

    /// A key record as a ceremony leaves it: three guardians dealing, threshold 2, pool 4's credentials.
    fn key() -> DistributedKey {
        let dealings: Vec<_> = (1..=3).map(|d| math::deal(d, 2, 3, &mut rand::rngs::OsRng).expect("deal")).collect();
        let commitments: Vec<_> = dealings.iter().map(|d| d.commitments.clone()).collect();
        let qualification = math::qualify(2, 3, &commitments, &[], &[]).expect("qualify");
        let provider = math::ProviderCommitment::of(&SecretKey::from_bytes(&[7; 32]).expect("secret")).expect("pop");
        let group = qualification.group_key(&provider).expect("group");
        let ceremony = Ceremony {
            chain_id: 31337,
            deposit_guard: Address::repeat_byte(1),
            id: B256::repeat_byte(2),
            provider: Address::repeat_byte(3),
            pool_id: 4,
            withdrawal_credentials: B256::repeat_byte(5),
            guardians: vec![Address::repeat_byte(6), Address::repeat_byte(7), Address::repeat_byte(8)],
            threshold: 2,
            expires: 0,
        };
        DistributedKey { ceremony, group, disqualified: Vec::new() }
    }

    fn deposit(key: &DistributedKey, edit: impl Fn(&mut Value)) -> Vec<u8> {
        let mut request = deposit_request(key, [0, 0, 0, 1]);
        edit(&mut request);
        serde_json::to_vec(&request).expect("json")
    }

    #[test]
    fn a_deposit_is_cosigned_only_to_the_pools_credentials_for_32_eth_on_this_chain() {
        let key = key();
        let duty = check_duty(&key, 31337, &deposit(&key, |_| {})).expect("the pool's own deposit");
        assert_eq!(duty.kind, "deposit");
        let pubkey = key.group.pubkey_bytes().expect("pk");
        assert_eq!(duty.signing_root, deposit_signing_root(&pubkey, &[5; 32], DEPOSIT_GWEI, [0, 0, 0, 1]));
        let refused = |edit: &dyn Fn(&mut Value)| {
            check_duty(&key, 31337, &deposit(&key, |v| edit(v))).expect_err("refused").to_string()
        };
        let other = format!("0x{}", "ee".repeat(32));
        assert!(refused(&|v| v["deposit"]["withdrawal_credentials"] = other.clone().into()).contains("not pool 4's"));
        assert!(refused(&|v| v["deposit"]["amount"] = "1000000000".into()).contains("not a pool's 32 ETH"));
        assert!(refused(&|v| v["deposit"]["genesis_fork_version"] = "0x00000000".into()).contains("not this chain's"));
        assert!(
            refused(&|v| v["deposit"]["pubkey"] = format!("0x{}", "aa".repeat(48)).into())
                .contains("another validator")
        );
    }

    #[test]
    fn a_request_is_authenticated_by_the_providers_signature_over_key_and_body() {
        let provider = PrivateKeySigner::random();
        let body = br#"{"type":"RANDAO_REVEAL"}"#;
        let header = authenticate(&provider, "0xABCD", body).expect("sign");
        assert_eq!(request_signer(&header, "abcd", body).expect("recover"), provider.address());
        // Another body or another key recovers someone else.
        assert_ne!(request_signer(&header, "abcd", b"{}").expect("recover"), provider.address());
        assert_ne!(request_signer(&header, "abce", body).expect("recover"), provider.address());
        assert!(request_signer("0xzz", "abcd", body).is_err());
    }

    #[test]
    fn the_devnet_runs_the_minimal_preset_and_unknown_chains_are_refused() {
        assert_eq!(beacon_spec(31337).expect("devnet").preset, Preset::Minimal);
        assert_eq!(beacon_spec(1).expect("mainnet").preset, Preset::Mainnet);
        assert!(beacon_spec(424242).is_err());
    }
}
