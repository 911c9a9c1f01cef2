//! `stkr validator new`: a BLS key from a fresh mnemonic, confirmed before the deposit data is written.

use std::{io::Write, path::PathBuf};

use alloy::primitives::Address;
use eyre::Result;
use serde::Serialize;
use stkr_core::network::Network;
use stkr_core::{
    Error,
    output::{Render, Style, rows},
};
use stkr_validator::{deposit, deposit::DepositData, derive, keystore::Keystore, mnemonic};
use zeroize::Zeroizing;

use super::{NewArgs, input};
use crate::{
    Context,
    validator::files::{create_private_dir, keystore_password, read_text, unix_time, write_new},
};

/// How many words of a new mnemonic the user retypes to show it was written down.
pub(super) const WORDS_TO_CONFIRM: usize = 3;

/// One validator `new` created.
#[derive(Debug, Serialize)]
pub(super) struct NewValidator {
    pub(super) index: u32,
    pub(super) path: String,
    pubkey: String,
    pub(super) keystore: PathBuf,
}

/// What `new` wrote.
#[derive(Debug, Serialize)]
pub(super) struct NewReport {
    pub(super) chain: String,
    pub(super) fork_version: String,
    pub(super) withdrawal_address: Address,
    pub(super) mnemonic: &'static str,
    pub(super) deposit_data: PathBuf,
    pub(super) validators: Vec<NewValidator>,
}

impl Render for NewReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![
            ("chain", format!("{} (fork version {})", self.chain, self.fork_version)),
            ("withdrawals to", self.withdrawal_address.to_string()),
            ("deposit data", self.deposit_data.display().to_string()),
        ];
        for v in &self.validators {
            lines.push(("validator", format!("{} 0x{}  {}", v.path, v.pubkey, v.keystore.display())));
        }
        format!("{}\n{}", style.good("validator keys created"), rows(style, &lines))
    }
}

/// Show a new mnemonic once and have the user prove it was written down.
pub(super) fn show_and_confirm(ctx: &Context, words: &[String]) -> Result<(), Error> {
    // Without a terminal to confirm at, refuse before a word is shown: words printed into a log are lost
    // secrets, not a backup.
    if !ctx.out.interactive() && !ctx.yes {
        return Err(Error::InvalidInput(
            "a new mnemonic must be confirmed at a terminal: run this in one, pass --yes to accept it unconfirmed (it is printed on stderr), or use --mnemonic-file FILE; nothing was shown or written".into(),
        ));
    }
    let mut stderr = std::io::stderr();
    let shown = format!(
        "\nYour validator mnemonic ({} words). Write it down on paper now: it is shown only this once and is the only way to recover these keys.\n\n    {}\n\n",
        words.len(),
        words.join(" ")
    );
    let shown = Zeroizing::new(shown);
    stderr.write_all(shown.as_bytes()).map_err(Error::io("showing the mnemonic"))?;
    if !ctx.out.interactive() {
        return Ok(()); // --yes: accepted unconfirmed
    }
    ctx.out.confirm("Written down?", true)?;
    // Clear the screen so the words do not stay in view or in the scrollback of a shared screen.
    let _ = stderr.write_all(b"\x1b[2J\x1b[3J\x1b[H");
    use rand::seq::index::sample;
    let mut positions = sample(&mut rand::thread_rng(), words.len(), WORDS_TO_CONFIRM).into_vec();
    positions.sort_unstable();
    for position in positions {
        let mut attempts = 0;
        loop {
            let typed =
                crate::output::prompt_passphrase(&format!("Word #{} of your mnemonic (not shown): ", position + 1))
                    .map(|p| p.expose().trim().to_lowercase())
                    .unwrap_or_default();
            if typed == words[position] {
                break;
            }
            attempts += 1;
            if attempts == 3 {
                return Err(Error::InvalidInput(
                    "the words typed do not match the mnemonic; nothing was written. Run `stkr validator new` again and write the words down carefully".into(),
                ));
            }
            ctx.out.warn("that is not the word; try again");
        }
    }
    Ok(())
}

pub(super) async fn withdrawal_target(ctx: &Context, args: &NewArgs) -> Result<(Address, Option<Network>)> {
    if let Some(address) = args.withdrawal_address {
        return Ok((address, ctx.network));
    }
    let Some(pool) = args.pool else {
        return Err(Error::InvalidInput("pass --withdrawal-address or --pool".into()).into());
    };
    let (reader, contracts) = ctx.reader().await?;
    let connected = reader.network.or(ctx.network);
    // A deposit for another chain than the pool's would be signed over the wrong domain: its 32 ETH lost.
    if let Some(wanted) = args.chain
        && connected != Some(wanted)
    {
        let actual = connected.map_or_else(|| format!("chain {}", reader.chain_id), |n| n.to_string());
        return Err(Error::InvalidInput(format!(
            "--chain {wanted} but pool {pool} is read from {actual}; pass --chain {} or point --rpc-url at {wanted}",
            connected.map_or("devnet", Network::name)
        ))
        .into());
    }
    stkr_core::pool::read_pool(&reader, &contracts, pool, stkr_core::batch::Batch::new()).await?;
    // The pool's own vault, so what the validator returns is attributable to this pool alone.
    let vault = stkr_core::pool::vault_of(contracts.micro_pool, pool);
    Ok((vault, connected))
}

pub(super) async fn new(ctx: &Context, args: NewArgs) -> Result<()> {
    let (withdrawal_address, connected_chain) = withdrawal_target(ctx, &args).await?;
    let network = args.chain.or(connected_chain).ok_or_else(|| {
        Error::InvalidInput(
            "say which beacon chain the deposit is for with --chain (mainnet, hoodi, sepolia or devnet)".into(),
        )
    })?;
    if network.spec().deposit_gated {
        ctx.out.warn(format!(
            "{network}'s deposit contract only takes deposits from holders of its deposit token: the deposit data is \
             valid, but sending it needs that token"
        ));
    }
    let chain = network.deposit_chain();
    let last = args.index.checked_add(args.count - 1).ok_or_else(|| {
        Error::InvalidInput(format!(
            "--index {} with --count {} runs past the last index 2^32 - 1",
            args.index, args.count
        ))
    })?;
    let (mnemonic, source) = match &args.mnemonic_file {
        Some(path) => {
            let text = Zeroizing::new(read_text(path, "mnemonic file")?);
            let parsed = mnemonic::parse(&text).map_err(|e| Error::InvalidInput(format!("{}: {e}", path.display())))?;
            (parsed, "from file")
        }
        None => (mnemonic::generate().map_err(input)?, "generated"),
    };
    // Ask for the password before showing the words, so nothing is left to fail after they are written down.
    let password = keystore_password(ctx, args.keystore_password_file.as_deref(), "the new keystores", true)?;
    create_private_dir(&args.out)?;
    if args.mnemonic_file.is_none() {
        show_and_confirm(ctx, &mnemonic::words(&mnemonic))?;
    }
    let seed = mnemonic::seed(&mnemonic);
    let credentials = deposit::withdrawal_credentials(withdrawal_address.0.0);
    let stamp = unix_time();
    let mut deposits = Vec::new();
    let mut validators = Vec::new();
    for index in args.index..=last {
        let path = derive::signing_key_path(index);
        let key = derive::derive_path(seed.as_slice(), &path).map_err(input)?;
        let pubkey = key.public_key().map_err(input)?;
        deposits.push(DepositData::sign(&key, credentials, deposit::FULL_DEPOSIT_GWEI, chain).map_err(input)?);
        ctx.out.status(format!("encrypting the keystore of {path}"));
        let keystore =
            Keystore::encrypt(key.to_bytes().as_slice(), password.expose(), args.kdf.kdf(), &pubkey, &path, "")
                .map_err(input)?;
        let file = args.out.join(format!("keystore-{}-{stamp}.json", path.replace('/', "_")));
        write_new(&file, &keystore.to_json().map_err(input)?)?;
        validators.push(NewValidator { index, path, pubkey: alloy::hex::encode(pubkey), keystore: file });
    }
    let deposit_file = args.out.join(format!("deposit_data-{stamp}.json"));
    write_new(&deposit_file, &serde_json::to_string(&deposits).map_err(|e| Error::Other(e.to_string()))?)?;
    ctx.out.result(&NewReport {
        chain: chain.name().into(),
        fork_version: alloy::hex::encode(chain.genesis_fork_version()),
        withdrawal_address,
        mnemonic: source,
        deposit_data: deposit_file,
        validators,
    })?;
    Ok(())
}
