//! `stkr validator sign-partial` and `combine`: partial signatures of an exit, and their combination.

use std::path::PathBuf;

use eyre::Result;
use serde::Serialize;
use stkr_core::Error;
use stkr_validator::{
    exit::SigningRequest,
    threshold,
    threshold::{PartialSignature, Share},
};

use super::{CombineArgs, SignPartialArgs, input};
use crate::{
    Context,
    validator::{
        exit::{Written, hex_bytes, read_public_shares, read_request},
        files::{open_keystore, read_text, to_json, write_new},
    },
};

/// A partial signature file.
#[derive(Debug, Serialize, serde::Deserialize)]
pub(super) struct PartialFile {
    pub(super) kind: String,
    pubkey: String,
    pub(super) index: u32,
    pub(super) holder: String,
    pub(super) share_pubkey: String,
    pub(super) signing_root: String,
    pub(super) signature: String,
}

pub(super) const PARTIAL_KIND: &str = "partial_signature";

pub(super) fn sign_partial(ctx: &Context, args: SignPartialArgs) -> Result<()> {
    let public = read_public_shares(&args.public_shares)?;
    let pubkey = public.pubkey_bytes().map_err(input)?;
    let request = read_request(&args.request, &pubkey)?;
    let root = request.signing_root().map_err(|e| Error::InvalidInput(format!("{}: {e}", args.request.display())))?;
    let (_, secret) = open_keystore(ctx, &args.share, args.keystore_password_file.as_deref())?;
    let share_pubkey = secret.public_key().map_err(input)?;
    let index = public.index_of(&share_pubkey).ok_or_else(|| {
        Error::InvalidInput(format!(
            "{} is not one of the shares in {}",
            args.share.display(),
            args.public_shares.display()
        ))
    })?;
    let holder = public.share(index).map(|s| s.holder.clone()).unwrap_or_default();
    let partial = threshold::sign_partial(&Share { index, secret }, &root).map_err(input)?;
    let out = args.out.unwrap_or_else(|| PathBuf::from(format!("partial-{index}.json")));
    let file = PartialFile {
        kind: PARTIAL_KIND.into(),
        pubkey: alloy::hex::encode(pubkey),
        index,
        holder,
        share_pubkey: alloy::hex::encode(share_pubkey),
        signing_root: format!("0x{}", alloy::hex::encode(root)),
        signature: format!("0x{}", alloy::hex::encode(partial.signature)),
    };
    write_new(&out, &to_json(&file)?)?;
    ctx.out.result(&Written {
        action: "partial signature written",
        file: out,
        signing_root: file.signing_root,
        index: Some(index),
    })?;
    Ok(())
}

pub(super) fn combine(ctx: &Context, args: CombineArgs) -> Result<()> {
    let public = read_public_shares(&args.public_shares)?;
    let pubkey = public.pubkey_bytes().map_err(input)?;
    let request = read_request(&args.request, &pubkey)?;
    let root = request.signing_root().map_err(|e| Error::InvalidInput(format!("{}: {e}", args.request.display())))?;
    let mut partials = Vec::new();
    for path in &args.partials {
        let name = path.display().to_string();
        let file: PartialFile = serde_json::from_str(&read_text(path, "partial signature")?)
            .ok()
            .filter(|f: &PartialFile| f.kind == PARTIAL_KIND)
            .ok_or_else(|| {
                Error::InvalidInput(format!("{name} is not a partial signature from `stkr validator sign-partial`"))
            })?;
        if hex_bytes::<32>(&file.signing_root, &format!("the signing_root in {name}"))? != root {
            return Err(Error::InvalidInput(format!(
                "share {} is bad: {name} signs another message than {}",
                file.index,
                args.request.display()
            ))
            .into());
        }
        let signature = hex_bytes::<96>(&file.signature, &format!("the signature in {name}"))?;
        partials.push(PartialSignature { index: file.index, signature });
    }
    let signature = threshold::combine_verified(&partials, &public, &root).map_err(input)?;
    let signed = request.signed(signature).map_err(input)?;
    let out = args.out.unwrap_or_else(|| match request {
        SigningRequest::VoluntaryExit { .. } => PathBuf::from("signed-exit.json"),
        SigningRequest::Deposit { .. } => PathBuf::from("deposit_data-combined.json"),
    });
    write_new(&out, &to_json(&signed)?)?;
    ctx.out.result(&Written {
        action: "combined signature verifies under the validator key; written",
        file: out,
        signing_root: format!("0x{}", alloy::hex::encode(root)),
        index: None,
    })?;
    Ok(())
}
