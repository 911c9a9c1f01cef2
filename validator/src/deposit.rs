//! Deposit data as the ethstaker deposit CLI writes it: signing a deposit, and checking every field and the BLS signature of any deposit data file.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Chain, Error, SecretKey, from_hex, ssz, to_hex};

/// The proof-of-possession ciphersuite Ethereum signs with.
pub const SIGNATURE_DST: &[u8] = b"BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";
/// The deposit of one validator, in gwei.
pub const FULL_DEPOSIT_GWEI: u64 = 32_000_000_000;
/// The smallest deposit the deposit contract takes, in gwei.
const MIN_DEPOSIT_GWEI: u64 = 1_000_000_000;
/// The largest balance a compounding (0x02) validator counts, in gwei.
const MAX_COMPOUNDING_GWEI: u64 = 2_048_000_000_000;
/// The `deposit_cli_version` written: the file layout is the one the deposit CLI 2.7.0 writes, which the
/// Launchpad and the deposit contract tooling accept.
pub const DEPOSIT_CLI_VERSION: &str = "2.7.0";

/// 0x01 withdrawal credentials paying out to an execution address.
pub fn withdrawal_credentials(address: [u8; 20]) -> [u8; 32] {
    let mut credentials = [0u8; 32];
    credentials[0] = 0x01;
    credentials[12..].copy_from_slice(&address);
    credentials
}

/// 0x00 (BLS) withdrawal credentials of `pubkey`, as interop genesis validators have them: the key's
/// SHA-256 with its first byte replaced by the prefix.
pub fn bls_withdrawal_credentials(pubkey: &[u8; 48]) -> [u8; 32] {
    use sha2::Digest;
    let mut credentials: [u8; 32] = sha2::Sha256::digest(pubkey).into();
    credentials[0] = 0x00;
    credentials
}

/// One deposit of a deposit data file, with its fields as the deposit CLI writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepositData {
    /// The validator's public key, hex.
    pub pubkey: String,
    /// Where the validator's ETH goes, hex.
    pub withdrawal_credentials: String,
    /// The deposit in gwei.
    pub amount: u64,
    /// The BLS signature of the deposit message, hex.
    pub signature: String,
    /// hash_tree_root(DepositMessage), hex.
    pub deposit_message_root: String,
    /// hash_tree_root(DepositData), hex.
    pub deposit_data_root: String,
    /// The chain's genesis fork version, hex.
    pub fork_version: String,
    /// The chain's name.
    pub network_name: String,
    /// The deposit CLI format version.
    pub deposit_cli_version: String,
}

/// The signing root of a deposit message on a chain with `fork_version`.
pub fn deposit_signing_root(
    pubkey: &[u8; 48],
    credentials: &[u8; 32],
    amount_gwei: u64,
    fork_version: [u8; 4],
) -> [u8; 32] {
    ssz::signing_root(ssz::deposit_message_root(pubkey, credentials, amount_gwei), ssz::deposit_domain(fork_version))
}

impl DepositData {
    /// A deposit signed with `key` by the full key.
    pub fn sign(key: &SecretKey, credentials: [u8; 32], amount_gwei: u64, chain: Chain) -> Result<Self, Error> {
        let pubkey = key.public_key()?;
        let root = deposit_signing_root(&pubkey, &credentials, amount_gwei, chain.genesis_fork_version());
        let signature = key.sign(&root)?;
        Ok(Self::assemble(pubkey, credentials, amount_gwei, signature, chain))
    }

    /// A deposit from its parts, with both roots computed.
    pub fn assemble(
        pubkey: [u8; 48],
        credentials: [u8; 32],
        amount_gwei: u64,
        signature: [u8; 96],
        chain: Chain,
    ) -> Self {
        Self {
            pubkey: to_hex(&pubkey),
            withdrawal_credentials: to_hex(&credentials),
            amount: amount_gwei,
            signature: to_hex(&signature),
            deposit_message_root: to_hex(&ssz::deposit_message_root(&pubkey, &credentials, amount_gwei)),
            deposit_data_root: to_hex(&ssz::deposit_data_root(&pubkey, &credentials, amount_gwei, &signature)),
            fork_version: to_hex(&chain.genesis_fork_version()),
            network_name: chain.name().into(),
            deposit_cli_version: DEPOSIT_CLI_VERSION.into(),
        }
    }

    /// The public key's bytes.
    pub fn pubkey_bytes(&self) -> Result<[u8; 48], Error> {
        from_hex(&self.pubkey, "pubkey")
    }

    /// The withdrawal credentials' bytes.
    pub fn credentials_bytes(&self) -> Result<[u8; 32], Error> {
        from_hex(&self.withdrawal_credentials, "withdrawal_credentials")
    }

    /// The signature's bytes.
    pub fn signature_bytes(&self) -> Result<[u8; 96], Error> {
        from_hex(&self.signature, "signature")
    }

    /// The fork version's bytes.
    pub fn fork_version_bytes(&self) -> Result<[u8; 4], Error> {
        from_hex(&self.fork_version, "fork_version")
    }

    /// The same deposit with `signature` (by its key) in place, its data root recomputed; the chain it
    /// names stays as written.
    pub fn with_signature(&self, signature: [u8; 96]) -> Result<Self, Error> {
        let (pubkey, credentials) = (self.pubkey_bytes()?, self.credentials_bytes()?);
        Ok(Self {
            signature: to_hex(&signature),
            deposit_message_root: to_hex(&ssz::deposit_message_root(&pubkey, &credentials, self.amount)),
            deposit_data_root: to_hex(&ssz::deposit_data_root(&pubkey, &credentials, self.amount, &signature)),
            ..self.clone()
        })
    }
}

/// Whether `signature` over `message` verifies under `pubkey` (both group-checked).
pub fn verify_signature(pubkey: &[u8; 48], message: &[u8], signature: &[u8; 96]) -> bool {
    let Ok(pk) = blst::min_pk::PublicKey::key_validate(pubkey) else { return false };
    let Ok(sig) = blst::min_pk::Signature::sig_validate(signature, true) else { return false };
    sig.verify(true, message, SIGNATURE_DST, &[], &pk, true) == blst::BLST_ERROR::BLST_SUCCESS
}

/// Whether a deposit's signature verifies under its pubkey for the deposit domain of `fork_version`.
pub fn signature_verifies(
    pubkey: &[u8; 48],
    credentials: &[u8; 32],
    amount_gwei: u64,
    signature: &[u8; 96],
    fork_version: [u8; 4],
) -> bool {
    verify_signature(pubkey, &deposit_signing_root(pubkey, credentials, amount_gwei, fork_version), signature)
}

/// What a check may additionally require of every deposit.
#[derive(Debug, Clone, Copy, Default)]
pub struct Expectations {
    /// The chains known by name, so a deposit naming one must carry its fork version (stkr-core's table).
    pub known: &'static [Chain],
    /// The chain the deposits must be for.
    pub chain: Option<Chain>,
    /// The execution address withdrawals must go to.
    pub withdrawal_address: Option<[u8; 20]>,
}

/// The deposits of a deposit data file (a list, or one object), as JSON values to check one by one.
pub fn parse_file(text: &str) -> Result<Vec<Value>, Error> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        Error::Invalid(format!("not valid JSON ({e}); a deposit data file is what the deposit CLI writes"))
    })?;
    match value {
        Value::Array(entries) if entries.is_empty() => Err(Error::Invalid("it holds no deposits".into())),
        Value::Array(entries) => Ok(entries),
        entry @ Value::Object(_) => Ok(vec![entry]),
        _ => Err(Error::Invalid("it holds neither a deposit nor a list of deposits".into())),
    }
}

/// The fields of one deposit, each `None` when missing or malformed (its problem already said).
#[derive(Debug, Clone, Copy)]
struct Fields<'a> {
    pubkey: Option<[u8; 48]>,
    credentials: Option<[u8; 32]>,
    signature: Option<[u8; 96]>,
    message_root: Option<[u8; 32]>,
    data_root: Option<[u8; 32]>,
    fork_version: Option<[u8; 4]>,
    amount: Option<u64>,
    network_name: Option<&'a str>,
}

/// One hex field of `N` bytes, or why not.
fn field<const N: usize>(entry: &Value, name: &str) -> Result<[u8; N], String> {
    match entry.get(name) {
        None => Err(format!("has no '{name}'")),
        Some(Value::String(text)) => from_hex::<N>(text, &format!("'{name}'")).map_err(|e| e.to_string()),
        Some(_) => Err(format!("'{name}' must be a hex string")),
    }
}

/// Read the fields of `entry`, saying what is missing or malformed.
fn read_fields<'a>(entry: &'a Value, say: &mut impl FnMut(String)) -> Fields<'a> {
    let pubkey = field::<48>(entry, "pubkey").map_err(&mut *say).ok();
    let credentials = field::<32>(entry, "withdrawal_credentials").map_err(&mut *say).ok();
    let signature = field::<96>(entry, "signature").map_err(&mut *say).ok();
    let message_root = field::<32>(entry, "deposit_message_root").map_err(&mut *say).ok();
    let data_root = field::<32>(entry, "deposit_data_root").map_err(&mut *say).ok();
    let fork_version = field::<4>(entry, "fork_version").map_err(&mut *say).ok();
    let amount = match entry.get("amount") {
        Some(a) => a.as_u64().or_else(|| a.as_str()?.parse().ok()).or_else(|| {
            say("'amount' must be a whole number of gwei, such as 32000000000".into());
            None
        }),
        None => {
            say("has no 'amount' (in gwei)".into());
            None
        }
    };
    let network_name = entry.get("network_name").and_then(Value::as_str);
    if network_name.is_none() {
        say("has no 'network_name'".into());
    }
    if entry.get("deposit_cli_version").and_then(Value::as_str).is_none() {
        say("has no 'deposit_cli_version'".into());
    }
    Fields { pubkey, credentials, signature, message_root, data_root, fork_version, amount, network_name }
}

/// Every problem with one deposit (`entry`, the `number`th of its file), each a sentence; empty when it is
/// sound, its signature verifies for its chain's deposit domain and it meets `expect`.
pub fn check_entry(entry: &Value, number: usize, expect: Expectations) -> Vec<String> {
    let mut problems = Vec::new();
    let label = match entry.get("pubkey").and_then(Value::as_str) {
        Some(pk) if pk.len() > 12 => format!("deposit {number} (pubkey {}…)", &pk[..pk.len().min(12)]),
        _ => format!("deposit {number}"),
    };
    let mut say = |text: String| problems.push(format!("{label}: {text}"));
    if !entry.is_object() {
        say("is not a JSON object".into());
        return problems;
    }
    let fields = read_fields(entry, &mut say);
    check_points(&fields, &mut say);
    if let Some(credentials) = fields.credentials {
        check_credentials(credentials, fields.amount, expect, &mut say);
    }
    check_chain(&fields, expect, &mut say);
    check_roots(&fields, &mut say);
    problems
}

/// The pubkey and signature must be points of BLS12-381.
fn check_points(fields: &Fields<'_>, say: &mut impl FnMut(String)) {
    if let Some(pubkey) = fields.pubkey
        && blst::min_pk::PublicKey::key_validate(&pubkey).is_err()
    {
        say("the pubkey is not a valid BLS12-381 public key".into());
    }
    if let Some(signature) = fields.signature
        && blst::min_pk::Signature::sig_validate(&signature, true).is_err()
    {
        say("the signature is not a valid BLS12-381 signature (not a G2 point in the group)".into());
    }
}

/// The withdrawal credentials: a known prefix, the expected address, and an amount they allow.
fn check_credentials(credentials: [u8; 32], amount: Option<u64>, expect: Expectations, say: &mut impl FnMut(String)) {
    match credentials[0] {
        0x00 => {}
        0x01 | 0x02 if credentials[1..12].iter().any(|&b| b != 0) => say(format!(
            "the withdrawal credentials 0x{} must have 11 zero bytes after the prefix",
            to_hex(&credentials)
        )),
        0x01 | 0x02 => {}
        other => say(format!("the withdrawal credentials have the unknown prefix 0x{other:02x} (0x00, 0x01 or 0x02)")),
    }
    if let Some(address) = expect.withdrawal_address
        && credentials != withdrawal_credentials(address)
    {
        say(format!(
            "the withdrawal credentials 0x{} do not pay out to 0x{} as required",
            to_hex(&credentials),
            to_hex(&address)
        ));
    }
    if let Some(amount) = amount {
        let max = if credentials[0] == 0x02 { MAX_COMPOUNDING_GWEI } else { FULL_DEPOSIT_GWEI };
        if !(MIN_DEPOSIT_GWEI..=max).contains(&amount) {
            say(format!("the amount {amount} gwei is outside {MIN_DEPOSIT_GWEI}..={max} gwei for these credentials"));
        }
    }
}

/// The chain: the named chain's fork version, and the chain expected.
fn check_chain(fields: &Fields<'_>, expect: Expectations, say: &mut impl FnMut(String)) {
    let (network_name, fork_version) = (fields.network_name, fields.fork_version);
    // Custom chains are named "custom" by the deposit CLI: an unknown name is fine, its fork version decides.
    let named_chain = network_name.and_then(|n| Chain::named(expect.known, n));
    if let (Some(chain), Some(version)) = (named_chain, fork_version)
        && chain.genesis_fork_version() != version
    {
        say(format!(
            "the fork_version {} is not {chain}'s genesis fork version {}",
            to_hex(&version),
            to_hex(&chain.genesis_fork_version())
        ));
    }
    if let Some(wanted) = expect.chain {
        let made_for = named_chain.or_else(|| fork_version.and_then(|v| Chain::with_fork_version(expect.known, v)));
        // A chain is the same chain by its fork version, whatever it is called.
        if made_for.map(Chain::genesis_fork_version) != Some(wanted.genesis_fork_version()) {
            let what = made_for.map(|c| c.name().to_string()).or(network_name.map(str::to_string)).unwrap_or_default();
            say(format!("it was made for {what}, not {wanted}"));
        }
    }
}

/// The roots must be those of the deposit's fields, and the signature must verify.
fn check_roots(fields: &Fields<'_>, say: &mut impl FnMut(String)) {
    let (Some(pubkey), Some(credentials), Some(amount)) = (fields.pubkey, fields.credentials, fields.amount) else {
        return;
    };
    let computed = ssz::deposit_message_root(&pubkey, &credentials, amount);
    if fields.message_root.is_some_and(|root| root != computed) {
        say(format!(
            "the deposit_message_root does not match the pubkey, credentials and amount (they give {})",
            to_hex(&computed)
        ));
    }
    let Some(signature) = fields.signature else { return };
    let computed = ssz::deposit_data_root(&pubkey, &credentials, amount, &signature);
    if fields.data_root.is_some_and(|root| root != computed) {
        say(format!(
            "the deposit_data_root does not match the pubkey, credentials, amount and signature (they give {})",
            to_hex(&computed)
        ));
    }
    if let Some(version) = fields.fork_version
        && !signature_verifies(&pubkey, &credentials, amount, &signature, version)
    {
        say(format!(
            "the BLS signature does not verify under the pubkey for the deposit domain of fork version {}",
            to_hex(&version)
        ));
    }
}

/// Every problem in a deposit data file's text, each a sentence; empty when all deposits are sound.
pub fn check_file(text: &str, expect: Expectations) -> Result<(usize, Vec<String>), Error> {
    let entries = parse_file(text)?;
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, entry) in entries.iter().enumerate() {
        problems.extend(check_entry(entry, i + 1, expect));
        if let Some(pk) = entry.get("pubkey").and_then(Value::as_str)
            && !seen.insert(pk.trim_start_matches("0x").to_ascii_lowercase())
        {
            problems.push(format!("deposit {}: the pubkey {pk} appears more than once", i + 1));
        }
    }
    Ok((entries.len(), problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hoodi's genesis fork version (eth-clients/hoodi metadata/config.yaml) and mainnet's.
    const HOODI: Chain = Chain::new("hoodi", [0x10, 0x00, 0x09, 0x10]);
    const MAINNET: Chain = Chain::new("mainnet", [0, 0, 0, 0]);
    const KNOWN: &[Chain] = &[MAINNET, HOODI];

    fn key(byte: u8) -> SecretKey {
        let mut bytes = [0u8; 32];
        bytes[31] = byte;
        SecretKey::from_bytes(&bytes).expect("key")
    }

    #[test]
    fn a_signed_deposit_passes_every_check_and_tampering_is_named() {
        let address = [0x11u8; 20];
        let deposit =
            DepositData::sign(&key(9), withdrawal_credentials(address), FULL_DEPOSIT_GWEI, HOODI).expect("signs");
        assert_eq!(deposit.fork_version, "10000910");
        let value = serde_json::to_value([&deposit]).expect("json");
        let expect = Expectations { known: KNOWN, chain: Some(HOODI), withdrawal_address: Some(address) };
        let (count, problems) = check_file(&value.to_string(), expect).expect("parses");
        assert_eq!((count, problems), (1, Vec::<String>::new()));

        // Another chain's domain: the signature no longer verifies, and the chain is named.
        let mut other = deposit.clone();
        other.fork_version = "00000000".into();
        other.network_name = "mainnet".into();
        let problems = check_entry(&serde_json::to_value(&other).expect("json"), 1, expect);
        assert!(problems.iter().any(|p| p.ends_with("it was made for mainnet, not hoodi")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("the BLS signature does not verify")), "{problems:?}");

        // A signature by another key with consistent roots: only the BLS check can tell.
        let forged = DepositData::assemble(
            deposit.pubkey_bytes().expect("pk"),
            withdrawal_credentials(address),
            FULL_DEPOSIT_GWEI,
            DepositData::sign(&key(10), withdrawal_credentials(address), FULL_DEPOSIT_GWEI, HOODI)
                .expect("signs")
                .signature_bytes()
                .expect("sig"),
            HOODI,
        );
        let problems = check_entry(&serde_json::to_value(&forged).expect("json"), 1, Expectations::default());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("the BLS signature does not verify under the pubkey"), "{problems:?}");

        // Missing and malformed fields, one sentence each.
        let mut broken = serde_json::to_value(&deposit).expect("json");
        broken["amount"] = Value::from(5u64);
        broken.as_object_mut().expect("object").remove("deposit_message_root");
        broken["withdrawal_credentials"] = Value::from("zz");
        let problems = check_entry(&broken, 3, Expectations::default());
        assert!(problems.iter().any(|p| p.ends_with("has no 'deposit_message_root'")), "{problems:?}");
        assert!(problems.iter().any(|p| p.ends_with("'withdrawal_credentials' is not valid hex")), "{problems:?}");
        assert!(problems.iter().all(|p| p.starts_with("deposit 3 (pubkey ")), "{problems:?}");
    }

    /// A deposit data file written by the deposit CLI 2.7.0 for a custom chain (genesis fork version
    /// 0x20000089) from the published mnemonic below: EIP-2333/2334 derivation gives its pubkey, and
    /// signing its deposit message reproduces its signature byte for byte (BLS signatures are deterministic).
    #[test]
    fn reproduces_a_deposit_cli_file_from_its_mnemonic() {
        let mnemonic =
            crate::mnemonic::parse("margin tank lunch prison top episode peanut approve dish seat nominee illness")
                .expect("mnemonic");
        let key = crate::derive::derive_path(crate::mnemonic::seed(&mnemonic).as_slice(), "m/12381/3600/0/0/0")
            .expect("derives");
        let credentials = from_hex::<32>("010000000000000000000000468c15d616b52fcef0b932bf89d42157984be2a5", "wc")
            .expect("credentials");
        let pubkey = key.public_key().expect("pk");
        assert_eq!(
            to_hex(&pubkey),
            "98db81971df910a5d46314d21320f897060d76fdf137d22f0eb91a8693a4767d2a22730a3aaa955f07d13ad604f968e9"
        );
        let root = deposit_signing_root(&pubkey, &credentials, FULL_DEPOSIT_GWEI, [0x20, 0x00, 0x00, 0x89]);
        assert_eq!(
            to_hex(&key.sign(&root).expect("signs")),
            "a20d736d6807720cb2a2f48526eb3df83162b387b806bdf7d0d08bb31d3d4e4daaf4a11120dc194b188035e9e5c9bdbf\
             00c3be3ca68adec9c4fb2fb59d936337b750ae08a9e7add56fb82526792876066456010a64c5629b7f1f564f9923ff8e"
        );
    }
}
