//! Validator deposit data for a pool: a deposit data file parsed, and refused before anything is sent
//! when it could not serve the pool (credentials, amount, network, roots, BLS signature).

use alloy::primitives::{Address, B256, U256};

use crate::{Error, beacon, network::Network, pool::DEPOSIT_GWEI, units::format_amount};

/// Wei in one gwei.
const GWEI: u64 = 1_000_000_000;

/// One deposit of a deposit data file, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepositEntry {
    /// The validator's BLS public key.
    pub pubkey: [u8; 48],
    /// Where the validator's ETH goes when it exits.
    pub withdrawal_credentials: B256,
    /// The deposit in gwei.
    pub amount_gwei: u64,
    /// The BLS signature of the deposit message.
    pub signature: [u8; 96],
    /// The root the signature signs.
    pub deposit_message_root: B256,
    /// The root the deposit contract checks.
    pub deposit_data_root: B256,
    /// The network's genesis fork version, when given.
    pub fork_version: Option<[u8; 4]>,
    /// The network's name, when given.
    pub network_name: Option<String>,
}

fn hex_field<const N: usize>(entry: &serde_json::Value, field: &str, file: &str) -> Result<[u8; N], Error> {
    let text = entry.get(field).ok_or_else(|| {
        Error::InvalidInput(format!(
            "the deposit data in {file} has no '{field}'; use the deposit_data JSON the deposit CLI wrote"
        ))
    })?;
    let text = text
        .as_str()
        .ok_or_else(|| Error::InvalidInput(format!("'{field}' in the deposit data in {file} must be a hex string")))?;
    let digits = text.strip_prefix("0x").unwrap_or(text);
    let bytes = alloy::hex::decode(digits)
        .map_err(|_| Error::InvalidInput(format!("'{field}' in the deposit data in {file} is not valid hex")))?;
    let found = bytes.len();
    bytes.try_into().map_err(|_| {
        Error::InvalidInput(format!("'{field}' in the deposit data in {file} must be {N} bytes, not {found}"))
    })
}

/// The deposit of a deposit data file (`text`, from `file`): a list of deposits or one, with `pubkey`
/// choosing among several.
pub fn parse_deposit_data(text: &str, file: &str, pubkey: Option<&str>) -> Result<DepositEntry, Error> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::InvalidInput(format!("{file} is not valid JSON ({e}); pass the deposit_data JSON the deposit CLI wrote"))
    })?;
    let entries = match value {
        serde_json::Value::Array(entries) => entries,
        entry @ serde_json::Value::Object(_) => vec![entry],
        _ => {
            return Err(Error::InvalidInput(format!(
                "{file} holds neither a deposit nor a list of deposits; pass the deposit_data JSON the deposit CLI wrote"
            )));
        }
    };
    let mut parsed = Vec::new();
    for entry in &entries {
        if !entry.is_object() {
            return Err(Error::InvalidInput(format!("{file} lists something other than deposits")));
        }
        let amount_gwei =
            entry.get("amount").and_then(|a| a.as_u64().or_else(|| a.as_str()?.parse().ok())).ok_or_else(|| {
                Error::InvalidInput(format!(
                    "the deposit data in {file} needs an 'amount' in gwei, such as 32000000000"
                ))
            })?;
        let fork_version = match entry.get("fork_version") {
            Some(_) => Some(hex_field::<4>(entry, "fork_version", file)?),
            None => None,
        };
        parsed.push(DepositEntry {
            pubkey: hex_field::<48>(entry, "pubkey", file)?,
            withdrawal_credentials: B256::from(hex_field::<32>(entry, "withdrawal_credentials", file)?),
            amount_gwei,
            signature: hex_field::<96>(entry, "signature", file)?,
            deposit_message_root: B256::from(hex_field::<32>(entry, "deposit_message_root", file)?),
            deposit_data_root: B256::from(hex_field::<32>(entry, "deposit_data_root", file)?),
            fork_version,
            network_name: entry.get("network_name").and_then(|n| n.as_str()).map(str::to_string),
        });
    }
    match (parsed.len(), pubkey) {
        (0, _) => Err(Error::InvalidInput(format!("{file} holds no deposits"))),
        (1, None) => Ok(parsed.remove(0)),
        (n, None) => Err(Error::InvalidInput(format!(
            "{file} holds {n} deposits; choose the validator with --pubkey (one pool takes one validator)"
        ))),
        (_, Some(wanted)) => {
            let wanted = wanted.trim().trim_start_matches("0x").to_ascii_lowercase();
            parsed
                .into_iter()
                .find(|d| alloy::hex::encode(d.pubkey) == wanted)
                .ok_or_else(|| Error::InvalidInput(format!("{file} holds no deposit for the pubkey 0x{wanted}")))
        }
    }
}

/// Refuse a deposit that could not serve pool `pool_id` of `micro_pool` on `network`: wrong withdrawal
/// credentials (the pool's own vault), amount or network, or roots that do not match the deposit.
pub fn check_deposit(
    entry: &DepositEntry,
    micro_pool: Address,
    pool_id: u64,
    network: Option<Network>,
    file: &str,
) -> Result<(), Error> {
    let vault = crate::pool::vault_of(micro_pool, pool_id);
    let expected = beacon::withdrawal_credentials(vault);
    if entry.withdrawal_credentials != expected {
        let credentials = entry.withdrawal_credentials;
        let points_at = match credentials[0] {
            0x00 => "are BLS (0x00) credentials".to_string(),
            0x01 | 0x02 => format!("pay out to {}", Address::from_slice(&credentials[12..])),
            other => format!("have the unknown prefix 0x{other:02x}"),
        };
        return Err(Error::InvalidInput(format!(
            "the withdrawal credentials in {file} {points_at}, not to pool {pool_id}'s vault {vault}, so the 32 ETH could never come back to the stakers; make the deposit data with {vault} as withdrawal (execution) address (`stkr pool show {pool_id}` prints it)"
        )));
    }
    if entry.amount_gwei != DEPOSIT_GWEI {
        return Err(Error::InvalidInput(format!(
            "the deposit in {file} is for {} ETH, but a pool deposits exactly 32 ETH",
            format_amount(U256::from(entry.amount_gwei) * U256::from(GWEI))
        )));
    }
    // The devnet's deposit files are whatever the local beacon chain takes; public ones must match.
    let public = network.filter(|n| n.is_public());
    if let Some((name, fork)) = public.map(|n| (n.name(), n.deposit_chain().genesis_fork_version())) {
        // Deposit files may carry an empty network name: then the fork version speaks for them.
        let named = entry.network_name.as_deref().filter(|n| !n.is_empty());
        let wrong_name = named.is_some_and(|n| !n.eq_ignore_ascii_case(name));
        let wrong_fork = entry.fork_version.is_some_and(|f| f != fork);
        if wrong_name || wrong_fork {
            let fork_text = entry.fork_version.map(|f| format!("fork version 0x{}", alloy::hex::encode(f)));
            let made_for = named
                .filter(|_| wrong_name)
                .map(str::to_string)
                .or(fork_text)
                .unwrap_or_else(|| "another network".to_string());
            return Err(Error::InvalidInput(format!("the deposit data in {file} was made for {made_for}, not {name}")));
        }
    }
    let message_root = beacon::deposit_message_root(&entry.pubkey, entry.withdrawal_credentials, entry.amount_gwei);
    if message_root != entry.deposit_message_root {
        return Err(Error::InvalidInput(format!(
            "the deposit_message_root in {file} does not match its pubkey, withdrawal credentials and amount (they give {message_root}); the file is corrupt or was edited"
        )));
    }
    let data_root =
        beacon::deposit_data_root(&entry.pubkey, entry.withdrawal_credentials, entry.amount_gwei, &entry.signature);
    if data_root != entry.deposit_data_root {
        return Err(Error::InvalidInput(format!(
            "the deposit_data_root in {file} does not match its pubkey, withdrawal credentials, amount and signature (they give {data_root}); the file is corrupt or was edited"
        )));
    }
    // The beacon chain checks the signature against the deposit domain of its genesis fork version, and a
    // deposit that fails it is never credited: the pool's 32 ETH would be lost for good.
    let (chain_name, fork) = match network {
        Some(network) => (network.name(), network.deposit_chain().genesis_fork_version()),
        None => {
            ("the file's chain", entry.fork_version.unwrap_or(Network::Mainnet.deposit_chain().genesis_fork_version()))
        }
    };
    if !beacon::deposit_signature_verifies(
        &entry.pubkey,
        entry.withdrawal_credentials,
        entry.amount_gwei,
        &entry.signature,
        fork,
    ) {
        return Err(Error::InvalidInput(format!(
            "the BLS signature in {file} does not verify under its pubkey for the deposit domain of {chain_name} (fork version 0x{}), so the beacon chain would never credit the 32 ETH; make the deposit data with the validator's key (`stkr validator new`)",
            alloy::hex::encode(fork)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mainnet deposit signed by a real key; `tamper_root` flips a bit of its deposit_data_root.
    fn deposit_json(credentials: B256, tamper_root: bool) -> String {
        let key = stkr_validator::SecretKey::from_bytes(&[0x2a; 32]).expect("key");
        let mut deposit = stkr_validator::deposit::DepositData::sign(
            &key,
            credentials.0,
            DEPOSIT_GWEI,
            Network::Mainnet.deposit_chain(),
        )
        .expect("signs");
        if tamper_root {
            let mut root: B256 = deposit.deposit_data_root.parse().expect("root");
            root.0[0] ^= 1;
            deposit.deposit_data_root = alloy::hex::encode(root);
        }
        serde_json::to_string(&[deposit]).expect("json")
    }

    #[test]
    fn deposit_data_is_checked_against_the_pool() {
        let micro_pool = Address::repeat_byte(0x11);
        let vault = crate::pool::vault_of(micro_pool, 3);
        let good = deposit_json(beacon::withdrawal_credentials(vault), false);
        let entry = parse_deposit_data(&good, "d.json", None).expect("parses");
        assert!(check_deposit(&entry, micro_pool, 3, Some(Network::Mainnet), "d.json").is_ok());
        // Another pool's vault (or the pool contract itself) is not this pool's withdrawal address.
        let other = crate::pool::vault_of(micro_pool, 4);
        let err = check_deposit(&entry, micro_pool, 4, None, "d.json").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.starts_with(&format!(
                "the withdrawal credentials in d.json pay out to {vault}, not to pool 4's vault {other}"
            )),
            "{err}"
        );
        let (pool, wrong) = (3, Address::repeat_byte(0x22));
        let err = check_deposit(&entry, micro_pool, pool, Some(Network::Hoodi), "d.json").err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("the deposit data in d.json was made for mainnet, not hoodi"));
        // An empty network name leaves no hole in the sentence: the fork version names the network.
        let unnamed = DepositEntry { network_name: Some(String::new()), ..entry.clone() };
        let err =
            check_deposit(&unnamed, micro_pool, pool, Some(Network::Hoodi), "d.json").err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("the deposit data in d.json was made for fork version 0x00000000, not hoodi"));
        assert!(check_deposit(&unnamed, micro_pool, pool, Some(Network::Mainnet), "d.json").is_ok());
        let tampered = parse_deposit_data(&deposit_json(beacon::withdrawal_credentials(vault), true), "d.json", None)
            .expect("parses");
        let err =
            check_deposit(&tampered, micro_pool, pool, None, "d.json").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("the deposit_data_root in d.json does not match"), "{err}");
        // Roots that match a signature by another key: only the BLS check can refuse it.
        let mut forged = entry.clone();
        forged.signature =
            parse_deposit_data(&deposit_json(beacon::withdrawal_credentials(wrong), false), "d.json", None)
                .expect("parses")
                .signature;
        forged.deposit_data_root =
            beacon::deposit_data_root(&forged.pubkey, forged.withdrawal_credentials, DEPOSIT_GWEI, &forged.signature);
        let err =
            check_deposit(&forged, micro_pool, pool, Some(Network::Mainnet), "d.json").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "the BLS signature in d.json does not verify under its pubkey for the deposit domain of mainnet (fork version 0x00000000), so the beacon chain would never credit the 32 ETH; make the deposit data with the validator's key (`stkr validator new`)"
            )
        );
        // The devnet checks it under its own domain: a mainnet file does not pass there.
        let err = check_deposit(&entry, micro_pool, pool, Some(Network::Devnet), "d.json").err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("deposit domain of devnet (fork version 0x00000001)")));
    }

    #[test]
    fn malformed_deposit_data_says_what_is_wrong() {
        let msg =
            |text: &str| parse_deposit_data(text, "d.json", None).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(msg("not json").starts_with("d.json is not valid JSON"));
        assert_eq!(msg("[]"), "d.json holds no deposits");
        assert_eq!(
            msg("7"),
            "d.json holds neither a deposit nor a list of deposits; pass the deposit_data JSON the deposit CLI wrote"
        );
        let good = deposit_json(beacon::withdrawal_credentials(Address::ZERO), false);
        let pubkey = alloy::hex::encode(parse_deposit_data(&good, "d.json", None).expect("parses").pubkey);
        let short = good.replacen(&format!("\"pubkey\":\"{}", &pubkey[..4]), "\"pubkey\":\"", 1);
        assert_eq!(msg(&short), "'pubkey' in the deposit data in d.json must be 48 bytes, not 46");
        let bad_hex = good.replacen(&format!("\"pubkey\":\"{}", &pubkey[..2]), "\"pubkey\":\"zz", 1);
        assert_eq!(msg(&bad_hex), "'pubkey' in the deposit data in d.json is not valid hex");
        let two = format!("[{0},{0}]", &good[1..good.len() - 1]);
        assert_eq!(
            msg(&two),
            "d.json holds 2 deposits; choose the validator with --pubkey (one pool takes one validator)"
        );
        assert!(parse_deposit_data(&two, "d.json", Some(&format!("0x{pubkey}"))).is_ok());
    }
}
