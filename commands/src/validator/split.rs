//! `stkr validator split`: a key split into threshold shares for its holders.

use std::path::{Path, PathBuf};

use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error, accounts,
    output::{Render, Style, rows},
};
use stkr_validator::{SecretKey, keystore::Keystore, threshold, threshold::PublicShares};

use super::{SplitArgs, input};
use crate::{
    Context,
    validator::files::{create_private_dir, keystore_password, open_keystore, to_json, write_new},
};

/// One share `split` wrote.
#[derive(Debug, Serialize)]
pub(super) struct SplitShare {
    pub(super) index: u32,
    pub(super) holder: String,
    pubkey: String,
    pub(super) keystore: PathBuf,
}

/// What `split` wrote.
#[derive(Debug, Serialize)]
pub(super) struct SplitReport {
    /// The validator keystore split.
    validator_keystore: PathBuf,
    pubkey: String,
    pub(super) threshold: u32,
    public_shares: PathBuf,
    pub(super) shares: Vec<SplitShare>,
}

impl Render for SplitReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![
            ("validator", format!("0x{}", self.pubkey)),
            ("from", self.validator_keystore.display().to_string()),
            ("threshold", format!("any {} of {} shares sign", self.threshold, self.shares.len())),
            ("public shares", self.public_shares.display().to_string()),
        ];
        for s in &self.shares {
            lines.push(("share", format!("{} ({}) {}", s.index, s.holder, s.keystore.display())));
        }
        format!(
            "{}\n{}\nGive each holder only their own keystore; the validator keystore is no longer needed.",
            style.good("key split"),
            rows(style, &lines)
        )
    }
}

pub(super) fn holder_names(given: &[String], shares: u32) -> Result<Vec<String>, Error> {
    if !given.is_empty() && given.len() != shares as usize {
        return Err(Error::InvalidInput(format!(
            "{} --holder names for {shares} shares; name every holder or none",
            given.len()
        )));
    }
    let defaults = ["provider", "protocol", "backup"];
    let names: Vec<String> = (0..shares as usize)
        .map(|i| {
            given
                .get(i)
                .cloned()
                .unwrap_or_else(|| defaults.get(i).map_or(format!("holder-{}", i + 1), |d| d.to_string()))
        })
        .collect();
    for name in &names {
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')) {
            return Err(Error::InvalidInput(format!(
                "the holder name '{name}' goes into a file name: use letters, digits, - and _"
            )));
        }
    }
    Ok(names)
}

/// What `split` wrote for several validator keystores, one folder each.
#[derive(Debug, Serialize)]
pub(super) struct SplitReports {
    pub(super) keys: Vec<SplitReport>,
}

impl Render for SplitReports {
    fn render(&self, style: &Style) -> String {
        self.keys.iter().map(|k| k.render(style)).collect::<Vec<_>>().join("\n\n")
    }
}

/// Where the shares of each keystore go: `out` for one, `out/<keystore name>` for each of several.
fn folders(keystores: &[PathBuf], out: &Path) -> Result<Vec<PathBuf>, Error> {
    if keystores.len() == 1 {
        return Ok(vec![out.to_path_buf()]);
    }
    let mut folders: Vec<PathBuf> = Vec::with_capacity(keystores.len());
    for keystore in keystores {
        let stem = keystore.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let folder = out.join(&stem);
        if stem.is_empty() || folders.contains(&folder) {
            return Err(Error::InvalidInput(format!(
                "{} is given twice (or has no file name); give each validator keystore once",
                keystore.display()
            )));
        }
        folders.push(folder);
    }
    Ok(folders)
}

pub(super) fn split(ctx: &Context, args: SplitArgs) -> Result<()> {
    let names = holder_names(&args.holders, args.shares)?;
    let files = &args.share_password_files;
    if files.len() > 1 && files.len() != args.shares as usize {
        return Err(Error::InvalidInput(format!(
            "{} --share-password-file for {} shares: give one for all shares or one per share",
            files.len(),
            args.shares
        ))
        .into());
    }
    let folders = folders(&args.keystores, &args.out)?;
    for folder in &folders {
        let public = folder.join("public-shares.json");
        if public.exists() {
            return Err(Error::InvalidInput(format!(
                "{} already exists; move it away or choose another --out",
                public.display()
            ))
            .into());
        }
    }
    // Every keystore opens before anything is written: a wrong password for the second leaves no
    // half-done split behind.
    let mut keys = Vec::with_capacity(args.keystores.len());
    for path in &args.keystores {
        keys.push(open_keystore(ctx, path, args.keystore_password_file.as_deref())?);
    }
    let several = keys.len() > 1;
    let mut reports = Vec::with_capacity(keys.len());
    for ((path, (keystore, key)), folder) in args.keystores.iter().zip(keys).zip(folders) {
        let of = several.then(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default());
        reports.push(split_one(ctx, &args, &names, (path, &keystore, &key), &folder, of.as_deref())?);
    }
    if several {
        ctx.out.result(&SplitReports { keys: reports })?;
    } else if let Some(report) = reports.first() {
        ctx.out.result(report)?;
    }
    Ok(())
}

/// Split one key into `folder`; `of` names the keystore in prompts when there are several.
fn split_one(
    ctx: &Context,
    args: &SplitArgs,
    names: &[String],
    (path, keystore, key): (&Path, &Keystore, &SecretKey),
    folder: &Path,
    of: Option<&str>,
) -> Result<SplitReport> {
    let files = &args.share_password_files;
    let pubkey = key.public_key().map_err(input)?;
    let shares = threshold::split(key, args.threshold, args.shares, &mut rand::rngs::OsRng).map_err(input)?;
    let public = PublicShares::of(pubkey, args.threshold, &shares, names).map_err(input)?;
    public.check().map_err(input)?;
    create_private_dir(folder)?;
    let mut written = Vec::new();
    for (share, name) in shares.iter().zip(names) {
        let what = match of {
            Some(of) => format!("share {} ({name}) of {of}", share.index),
            None => format!("share {} ({name})", share.index),
        };
        let password = match files.len() {
            0 => keystore_password(ctx, None, &what, true)?,
            1 => accounts::read_password_file(&files[0])?,
            _ => accounts::read_password_file(&files[share.index as usize - 1])?,
        };
        let share_pubkey = share.secret.public_key().map_err(input)?;
        let description = format!(
            "stkr threshold share {} of {} (any {} sign) of validator 0x{}, held by {name}",
            share.index,
            args.shares,
            args.threshold,
            alloy::hex::encode(pubkey)
        );
        ctx.out.status(format!("encrypting {what}"));
        let encrypted = Keystore::encrypt(
            share.secret.to_bytes().as_slice(),
            password.expose(),
            args.kdf.kdf(),
            &share_pubkey,
            &keystore.path,
            &description,
        )
        .map_err(input)?;
        let file = folder.join(format!("share-{}-{name}.json", share.index));
        write_new(&file, &encrypted.to_json().map_err(input)?)?;
        written.push(SplitShare {
            index: share.index,
            holder: name.clone(),
            pubkey: alloy::hex::encode(share_pubkey),
            keystore: file,
        });
    }
    let public_file = folder.join("public-shares.json");
    write_new(&public_file, &to_json(&public)?)?;
    Ok(SplitReport {
        validator_keystore: path.to_path_buf(),
        pubkey: alloy::hex::encode(pubkey),
        threshold: args.threshold,
        public_shares: public_file,
        shares: written,
    })
}
