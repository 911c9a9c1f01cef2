//! `stkr validator exit-request`: the voluntary exit the share holders sign.

use std::path::{Path, PathBuf};

use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    output::{Render, Style},
};
use stkr_validator::{
    deposit,
    deposit::{DepositData, Expectations},
    exit::{ExitDomain, SigningRequest},
    threshold::PublicShares,
};

use super::{ExitArgs, input};
use crate::{
    Context,
    validator::files::{read_text, to_json, write_new},
};

pub(super) fn read_public_shares(path: &Path) -> Result<PublicShares, Error> {
    let name = path.display().to_string();
    let public: PublicShares = serde_json::from_str(&read_text(path, "public shares file")?).map_err(|e| {
        Error::InvalidInput(format!("{name} is not a public-shares.json from `stkr validator split` ({e})"))
    })?;
    public.check().map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    Ok(public)
}

/// A request file: an exit request, or deposit data (the deposit of `pubkey` in it).
pub(super) fn read_request(path: &Path, pubkey: &[u8; 48]) -> Result<SigningRequest, Error> {
    let name = path.display().to_string();
    let text = read_text(path, "request")?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| Error::InvalidInput(format!("{name} is not valid JSON ({e})")))?;
    let request = if value.get("kind").is_some() {
        serde_json::from_value(value).map_err(|e| {
            Error::InvalidInput(format!("{name} is not a signing request from `stkr validator exit` ({e})"))
        })?
    } else {
        let wanted = alloy::hex::encode(pubkey);
        let entry = deposit::parse_file(&text)
            .map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?
            .into_iter()
            .find(|e| e.get("pubkey").and_then(|p| p.as_str()).is_some_and(|p| p.trim_start_matches("0x") == wanted))
            .ok_or_else(|| Error::InvalidInput(format!("{name} holds no deposit of the validator 0x{wanted}")))?;
        let deposit: DepositData = serde_json::from_value(entry).map_err(|e| {
            Error::InvalidInput(format!("{name}: a deposit lacks a field the deposit CLI writes ({e})"))
        })?;
        SigningRequest::deposit(deposit).map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?
    };
    if request.pubkey().map_err(input)? != *pubkey {
        return Err(Error::InvalidInput(format!(
            "{name} is for another validator than the public shares' 0x{}",
            alloy::hex::encode(pubkey)
        )));
    }
    Ok(request)
}

/// A file written.
#[derive(Debug, Serialize)]
pub(super) struct Written {
    pub(super) action: &'static str,
    pub(super) file: PathBuf,
    pub(super) signing_root: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) index: Option<u32>,
}

impl Render for Written {
    fn render(&self, style: &Style) -> String {
        let share = self.index.map(|i| format!(" with share {i}")).unwrap_or_default();
        format!("{}: {}{share} (signing root {})", style.good(self.action), self.file.display(), self.signing_root)
    }
}

pub(super) fn exit_request(ctx: &Context, args: ExitArgs) -> Result<()> {
    let pubkey: [u8; 48] = match (&args.public_shares, &args.pubkey) {
        (Some(path), _) => read_public_shares(path)?.pubkey_bytes().map_err(input)?,
        (None, Some(hex)) => hex_bytes(hex, "--pubkey")?,
        (None, None) => return Err(Error::InvalidInput("pass --public-shares or --pubkey".into()).into()),
    };
    blst_pubkey_check(&pubkey)?;
    // Each part defaults to the network table's; the devnet's genesis_validators_root changes with each
    // beacon genesis, so only its beacon node can say it.
    let spec = args.chain.spec();
    let genesis_validators_root = match (&args.genesis_validators_root, spec.genesis_validators_root) {
        (Some(root), _) => hex_bytes(root, "--genesis-validators-root")?,
        (None, Some(root)) => root.0,
        (None, None) => {
            return Err(Error::InvalidInput(format!(
                "the {} beacon chain's genesis_validators_root changes with each genesis: pass --genesis-validators-root (GET /eth/v1/beacon/genesis on its beacon node)",
                args.chain
            ))
            .into());
        }
    };
    let fork_version = match &args.fork_version {
        Some(version) => hex_bytes(version, "--fork-version")?,
        None => spec.exit_fork_version,
    };
    let domain = ExitDomain { fork_version, genesis_validators_root };
    let request = SigningRequest::voluntary_exit(pubkey, args.validator_index, args.epoch, domain);
    let root = request.signing_root().map_err(input)?;
    write_new(&args.out, &to_json(&request)?)?;
    ctx.out.result(&Written {
        action: "exit request written",
        file: args.out,
        signing_root: format!("0x{}", alloy::hex::encode(root)),
        index: None,
    })?;
    Ok(())
}

pub(super) fn hex_bytes<const N: usize>(text: &str, what: &str) -> Result<[u8; N], Error> {
    let digits = text.trim().strip_prefix("0x").unwrap_or(text.trim());
    let bytes = alloy::hex::decode(digits).map_err(|_| Error::InvalidInput(format!("{what} is not valid hex")))?;
    let found = bytes.len();
    bytes.try_into().map_err(|_| Error::InvalidInput(format!("{what} must be {N} bytes, not {found}")))
}

pub(super) fn blst_pubkey_check(pubkey: &[u8; 48]) -> Result<(), Error> {
    // A deposit signature over a key that is not a curve point could never verify; say so early.
    let probe = serde_json::json!({ "pubkey": alloy::hex::encode(pubkey) });
    let problems = deposit::check_entry(&probe, 1, Expectations::default());
    if problems.iter().any(|p| p.contains("not a valid BLS12-381 public key")) {
        return Err(Error::InvalidInput(format!(
            "0x{} is not a valid BLS12-381 public key",
            alloy::hex::encode(pubkey)
        )));
    }
    Ok(())
}
