//! `stkr validator dkg`: a validator key for a pool made with the guardian committee, so that it signs only when the provider and a quorum of guardians both sign.

use std::path::PathBuf;

use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error, accounts, dkg,
    output::{Render, Style, rows},
};
use stkr_validator::keystore::Keystore;

use super::DkgArgs;
use crate::{
    Context,
    output::TerminalPrompt,
    validator::files::{create_private_dir, keystore_password, to_json, unix_time, write_new},
};

/// What `dkg` wrote.
#[derive(Debug, Serialize)]
struct DkgReport {
    validator: String,
    pool_id: u64,
    threshold: u32,
    guardians: Vec<String>,
    disqualified: Vec<String>,
    key_file: PathBuf,
    share_keystore: PathBuf,
    deposit_data: PathBuf,
}

impl Render for DkgReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![
            ("validator", self.validator.clone()),
            ("pool", self.pool_id.to_string()),
            ("signs with", format!("your share and {} of {} guardians", self.threshold, self.guardians.len())),
            ("key record", self.key_file.display().to_string()),
            ("your share", self.share_keystore.display().to_string()),
            ("deposit data", self.deposit_data.display().to_string()),
        ];
        for out in &self.disqualified {
            lines.push(("left out", style.warn(out)));
        }
        format!(
            "{}\n{}\nNext: `stkr pool activate {} --deposit-data {}`, then `stkr signer init --key {} --share {} …` for your validator client.",
            style.good("generated a distributed validator key: nobody holds it whole"),
            rows(style, &lines),
            self.pool_id,
            self.deposit_data.display(),
            self.key_file.display(),
            self.share_keystore.display(),
        )
    }
}

/// Run the ceremony as the pool's provider and write the key record, the provider's share and the deposit data.
pub(super) async fn dkg(ctx: &Context, args: DkgArgs) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let name = ctx.account.as_deref().ok_or(Error::NoAccount)?;
    let (provider, _) = accounts::unlock(&ctx.accounts(), name, ctx.password_file.as_deref(), &TerminalPrompt)?;
    // Asked before the ceremony, so nobody waits on the guardians and then on a password prompt.
    let password =
        keystore_password(ctx, args.keystore_password_file.as_deref(), "your share of the validator key", true)?;
    create_private_dir(&args.out)?;
    let status = |round: &str| ctx.out.status(format!("{round}…"));
    let generated = dkg::generate(&chain, &contracts, &provider, args.pool, &status).await?;
    let key = &generated.key;
    let short = &key.pubkey()[2..10];
    let public = generated.provider_share.public_key().map_err(|e| Error::Other(e.to_string()))?;
    let keystore = Keystore::encrypt(
        generated.provider_share.to_bytes().as_slice(),
        password.expose(),
        args.kdf.kdf(),
        &public,
        "",
        &format!("the provider's share of validator {} (pool {})", key.pubkey(), key.ceremony.pool_id),
    )
    .map_err(|e| Error::Other(e.to_string()))?;
    let key_file = args.out.join(format!("distributed-key-{short}.json"));
    let share_keystore = args.out.join(format!("provider-share-{short}.json"));
    let deposit_data = args.out.join(format!("deposit_data-{short}-{}.json", unix_time()));
    write_new(&key_file, &to_json(key)?)?;
    write_new(&share_keystore, &keystore.to_json().map_err(|e| Error::Other(e.to_string()))?)?;
    write_new(&deposit_data, &to_json(&[&generated.deposit])?)?;
    let report = DkgReport {
        validator: key.pubkey(),
        pool_id: key.ceremony.pool_id,
        threshold: key.ceremony.threshold,
        guardians: dkg::guardians_of(key).iter().map(|(i, a)| format!("{i}: {a}")).collect(),
        disqualified: key.disqualified.iter().map(|d| format!("guardian {}: {}", d.dealer, d.reason)).collect(),
        key_file,
        share_keystore,
        deposit_data,
    };
    Ok(ctx.out.result(&report)?)
}
