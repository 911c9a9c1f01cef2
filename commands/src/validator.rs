//! `stkr validator`: BLS validator keys from a mnemonic, deposit data, and the key shared between provider and protocol by threshold signing.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use alloy::primitives::Address;
use clap::{ArgGroup, Args, Subcommand, ValueEnum};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error, accounts,
    network::Network,
    output::{Render, Style, rows},
};

use crate::Context;
use stkr_validator::{
    Chain, SecretKey,
    deposit::{self, DepositData, Expectations},
    derive,
    exit::{ExitDomain, SigningRequest},
    keystore::{Kdf, Keystore},
    mnemonic,
    threshold::{self, PartialSignature, PublicShares, Share},
};
use zeroize::Zeroizing;

/// The devnet's validator mnemonic: anvil's well-known one, so devnet deposit data is reproducible. Never
/// use it for anything of value: everyone knows it.
const DEVNET_MNEMONIC: &str = "test test test test test test test test test test test junk";
/// How many words of a new mnemonic the user retypes to show it was written down.
const WORDS_TO_CONFIRM: usize = 3;

/// Create validator keys and deposit data, check deposit data, and share a key between provider and protocol.
#[derive(Debug, Args)]
pub struct ValidatorArgs {
    #[command(subcommand)]
    command: ValidatorCommand,
}

#[derive(Debug, Subcommand)]
enum ValidatorCommand {
    /// Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.
    ///
    /// Keys are derived per EIP-2333 at m/12381/3600/INDEX/0/0 (EIP-2334), as the ethstaker deposit CLI
    /// does. A new mnemonic is shown once on the terminal and you retype some of its words; without a
    /// terminal pass --yes (it is printed on stderr) or bring your own with --mnemonic-file.
    ///
    /// Examples:
    ///   stkr validator new --chain mainnet --withdrawal-address 0x5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f
    ///   stkr validator new --pool 3 --keystore-password-file validator.pass
    ///   stkr validator new --chain hoodi --pool 3 --mnemonic-file words.txt --index 2 --count 2
    #[command(verbatim_doc_comment)]
    New(NewArgs),
    /// Check every field, both roots and the BLS signature of a deposit data file (any deposit CLI's); one line per problem, exit 2.
    ///
    /// Examples:
    ///   stkr validator verify validator_keys/deposit_data-1700000000.json
    ///   stkr validator verify deposit_data.json --chain mainnet --withdrawal-address 0x5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f
    #[command(verbatim_doc_comment)]
    Verify {
        /// The deposit data JSON file.
        file: PathBuf,
        /// Also require every deposit to be for this chain.
        #[arg(long, value_name = "NAME", value_parser = parse_chain)]
        chain: Option<Chain>,
        /// Also require withdrawals to go to this address.
        #[arg(long, value_name = "ADDRESS", value_parser = parse_address)]
        withdrawal_address: Option<Address>,
    },
    /// Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.
    ///
    /// The key is never needed again after the split; keep its mnemonic offline as the last resort.
    ///
    /// Examples:
    ///   stkr validator split validator_keys/keystore-m_12381_3600_0_0_0-1700000000.json --threshold 2 --shares 3
    ///   stkr validator split KEYSTORE --threshold 2 --shares 3 --holder provider --holder protocol --holder backup
    #[command(verbatim_doc_comment)]
    Split(SplitArgs),
    /// Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.
    ///
    /// Examples:
    ///   stkr validator exit --public-shares shares/public-shares.json --validator-index 1234 --epoch 300000
    ///   stkr validator exit --pubkey 0x93… --validator-index 7 --epoch 100 --chain hoodi \
    ///       --fork-version 40000910 --genesis-validators-root 0x212f…
    #[command(verbatim_doc_comment)]
    Exit(ExitArgs),
    /// Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.
    ///
    /// Examples:
    ///   stkr validator sign-partial exit-request.json --share shares/share-1-provider.json --public-shares shares/public-shares.json
    ///   stkr validator sign-partial validator_keys/deposit_data-1700000000.json --share shares/share-2-protocol.json \
    ///       --public-shares shares/public-shares.json
    #[command(verbatim_doc_comment)]
    SignPartial(SignPartialArgs),
    /// Check partial signatures against their public shares and combine T of them into the validator's signature (Lagrange in G2).
    ///
    /// Examples:
    ///   stkr validator combine partial-1.json partial-2.json --request exit-request.json --public-shares shares/public-shares.json
    #[command(verbatim_doc_comment)]
    Combine(CombineArgs),
}

/// The key derivation function of new keystores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum KdfChoice {
    /// scrypt, n = 2^18, r = 8, p = 1 (the deposit CLI's default).
    Scrypt,
    /// PBKDF2-HMAC-SHA256, c = 2^18.
    Pbkdf2,
}

impl KdfChoice {
    fn kdf(self) -> Kdf {
        match self {
            Self::Scrypt => Kdf::SCRYPT,
            Self::Pbkdf2 => Kdf::PBKDF2,
        }
    }
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("withdrawal").required(true).args(["withdrawal_address", "pool"])))]
struct NewArgs {
    /// The beacon chain: mainnet, hoodi, holesky, sepolia or devnet [default: --network's, or the chain
    /// --pool is read from].
    #[arg(long, value_name = "NAME", value_parser = parse_chain)]
    chain: Option<Chain>,
    /// Where the validator's ETH goes on exit (0x01 withdrawal credentials).
    #[arg(long, value_name = "ADDRESS", value_parser = parse_address)]
    withdrawal_address: Option<Address>,
    /// Pay withdrawals to the MicroPool contract of this deployment, checking that pool ID exists.
    #[arg(long, value_name = "ID", value_parser = stkr_core::input::parse_id)]
    pool: Option<u64>,
    /// The first validator index in the key tree.
    #[arg(long, default_value_t = 0, value_name = "I")]
    index: u32,
    /// How many validators.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100), value_name = "N")]
    count: u32,
    /// Use the mnemonic in FILE instead of creating one (recovers or adds keys).
    #[arg(long, value_name = "FILE")]
    mnemonic_file: Option<PathBuf>,
    /// Read the keystores' password from the first line of FILE [default: asked twice].
    #[arg(long, value_name = "FILE")]
    keystore_password_file: Option<PathBuf>,
    /// The keystores' key derivation function.
    #[arg(long, value_enum, default_value_t = KdfChoice::Scrypt)]
    kdf: KdfChoice,
    /// The folder for the keystores and the deposit data.
    #[arg(long, value_name = "DIR", default_value = "validator_keys")]
    out: PathBuf,
}

#[derive(Debug, Args)]
struct SplitArgs {
    /// The validator's EIP-2335 keystore.
    keystore: PathBuf,
    /// How many shares must sign (T).
    #[arg(long, value_name = "T")]
    threshold: u32,
    /// How many shares to make (N).
    #[arg(long, value_name = "N")]
    shares: u32,
    /// Who holds each share, in order [default: provider, protocol, backup, holder-4, …].
    #[arg(long = "holder", value_name = "NAME")]
    holders: Vec<String>,
    /// Read the validator keystore's password from the first line of FILE [default: asked].
    #[arg(long, value_name = "FILE")]
    keystore_password_file: Option<PathBuf>,
    /// The share keystores' password: once for all, or once per share in order [default: asked per share].
    #[arg(long = "share-password-file", value_name = "FILE")]
    share_password_files: Vec<PathBuf>,
    /// The share keystores' key derivation function.
    #[arg(long, value_enum, default_value_t = KdfChoice::Scrypt)]
    kdf: KdfChoice,
    /// The folder for the share keystores and public-shares.json.
    #[arg(long, value_name = "DIR", default_value = "shares")]
    out: PathBuf,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("key").required(true).args(["public_shares", "pubkey"])))]
struct ExitArgs {
    /// The validator's public-shares.json (names its public key).
    #[arg(long, value_name = "FILE")]
    public_shares: Option<PathBuf>,
    /// The validator's public key.
    #[arg(long, value_name = "HEX")]
    pubkey: Option<String>,
    /// The validator's index on the beacon chain.
    #[arg(long, value_name = "N")]
    validator_index: u64,
    /// The earliest epoch the exit may be included in (the current epoch will do).
    #[arg(long, value_name = "EPOCH")]
    epoch: u64,
    /// The beacon chain; its exit domain is built in for mainnet only.
    #[arg(long, value_name = "NAME", value_parser = parse_chain, default_value = "mainnet")]
    chain: Chain,
    /// The Capella fork version exits are signed with (EIP-7044), for chains other than mainnet.
    #[arg(long, value_name = "HEX", requires = "genesis_validators_root")]
    fork_version: Option<String>,
    /// The chain's genesis_validators_root (GET /eth/v1/beacon/genesis), for chains other than mainnet.
    #[arg(long, value_name = "HEX", requires = "fork_version")]
    genesis_validators_root: Option<String>,
    /// Where to write the request.
    #[arg(long, value_name = "FILE", default_value = "exit-request.json")]
    out: PathBuf,
}

#[derive(Debug, Args)]
struct SignPartialArgs {
    /// What to sign: an exit request from `stkr validator exit`, or a deposit data file.
    request: PathBuf,
    /// This holder's share keystore.
    #[arg(long, value_name = "FILE")]
    share: PathBuf,
    /// The validator's public-shares.json.
    #[arg(long, value_name = "FILE")]
    public_shares: PathBuf,
    /// Read the share keystore's password from the first line of FILE [default: asked].
    #[arg(long, value_name = "FILE")]
    keystore_password_file: Option<PathBuf>,
    /// Where to write the partial signature [default: partial-INDEX.json].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct CombineArgs {
    /// The partial signatures (at least the threshold, from distinct shares).
    #[arg(required = true, value_name = "PARTIAL")]
    partials: Vec<PathBuf>,
    /// The request they sign.
    #[arg(long, value_name = "FILE")]
    request: PathBuf,
    /// The validator's public-shares.json.
    #[arg(long, value_name = "FILE")]
    public_shares: PathBuf,
    /// Where to write the signed result [default: signed-exit.json, or deposit_data-combined.json].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

fn parse_chain(s: &str) -> Result<Chain, String> {
    s.parse().map_err(|e: stkr_validator::Error| e.to_string())
}

fn parse_address(s: &str) -> Result<Address, String> {
    stkr_core::input::parse_address(s).map_err(|e| e.to_string())
}

/// Validator errors are about what the user passed in: bad input, exit 2.
fn input(error: stkr_validator::Error) -> Error {
    Error::InvalidInput(error.to_string())
}

impl ValidatorArgs {
    /// Run the validator command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            ValidatorCommand::New(args) => new(ctx, args).await,
            ValidatorCommand::Verify { file, chain, withdrawal_address } => {
                verify(ctx, &file, chain, withdrawal_address)
            }
            ValidatorCommand::Split(args) => split(ctx, args),
            ValidatorCommand::Exit(args) => exit_request(ctx, args),
            ValidatorCommand::SignPartial(args) => sign_partial(ctx, args),
            ValidatorCommand::Combine(args) => combine(ctx, args),
        }
    }
}

// ---------------------------------------------------------------- files and passwords

fn read_text(path: &Path, what: &str) -> Result<String, Error> {
    std::fs::read_to_string(path)
        .map_err(|e| Error::InvalidInput(format!("cannot read the {what} {}: {e}", path.display())))
}

fn create_private_dir(dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(Error::io(format!("creating {}", dir.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(Error::io(format!("restricting {}", dir.display())))?;
    }
    Ok(())
}

/// Write a new file (never over an existing one), readable by its owner only.
fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            Error::InvalidInput(format!("{} already exists; move it away or choose another --out", path.display()))
        }
        _ => Error::Io { context: format!("creating {}", path.display()), source: e },
    })?;
    file.write_all(text.as_bytes()).map_err(Error::io(format!("writing {}", path.display())))?;
    file.write_all(b"\n").map_err(Error::io(format!("writing {}", path.display())))
}

fn to_json<T: Serialize>(value: &T) -> Result<String, Error> {
    serde_json::to_string_pretty(value).map_err(|e| Error::Other(format!("encoding JSON: {e}")))
}

/// A keystore password: from `file`, or asked (twice when `new`) at the terminal.
fn keystore_password(ctx: &Context, file: Option<&Path>, what: &str, new: bool) -> Result<accounts::Passphrase, Error> {
    if let Some(path) = file {
        return accounts::read_password_file(path);
    }
    if !ctx.out.interactive() {
        return Err(Error::InvalidInput(format!(
            "no terminal to ask the password of {what}: pass --keystore-password-file FILE"
        )));
    }
    let first = crate::output::prompt_passphrase(&format!("Password for {what}: "))?;
    if new {
        // The deposit CLI's rule: keystores travel and meet brute force offline.
        if first.expose().chars().count() < 8 {
            return Err(Error::InvalidInput("a keystore password needs at least 8 characters".into()));
        }
        let second = crate::output::prompt_passphrase("Repeat it: ")?;
        if first.expose() != second.expose() {
            return Err(Error::PassphraseMismatch);
        }
    }
    Ok(first)
}

fn open_keystore(ctx: &Context, path: &Path, password_file: Option<&Path>) -> Result<(Keystore, SecretKey), Error> {
    let name = path.display().to_string();
    let keystore =
        Keystore::from_json(&read_text(path, "keystore")?).map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    let password = keystore_password(ctx, password_file, &name, false)?;
    let secret = keystore.decrypt(password.expose()).map_err(|e| match e {
        stkr_validator::Error::WrongPassword => {
            Error::InvalidInput(format!("the password does not open {name}; check the password (file)"))
        }
        other => Error::InvalidInput(format!("{name}: {other}")),
    })?;
    let key = SecretKey::from_bytes(&secret).map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    if keystore.pubkey().ok() != Some(key.public_key().map_err(input)?) {
        return Err(Error::InvalidInput(format!(
            "{name} declares a pubkey that is not its key's; the file was edited"
        )));
    }
    Ok((keystore, key))
}

fn unix_time() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

fn chain_of(network: Network) -> Chain {
    match network {
        Network::Mainnet => Chain::Mainnet,
        Network::Holesky => Chain::Holesky,
        Network::Sepolia => Chain::Sepolia,
        Network::Devnet => Chain::Devnet,
    }
}

// ---------------------------------------------------------------- new

/// One validator `new` created.
#[derive(Debug, Serialize)]
struct NewValidator {
    index: u32,
    path: String,
    pubkey: String,
    keystore: PathBuf,
}

/// What `new` wrote.
#[derive(Debug, Serialize)]
struct NewReport {
    chain: String,
    fork_version: String,
    withdrawal_address: Address,
    mnemonic: &'static str,
    deposit_data: PathBuf,
    validators: Vec<NewValidator>,
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
fn show_and_confirm(ctx: &Context, words: &[String]) -> Result<(), Error> {
    let mut stderr = std::io::stderr();
    let shown = format!(
        "\nYour validator mnemonic ({} words). Write it down on paper now: it is shown only this once and is the only way to recover these keys.\n\n    {}\n\n",
        words.len(),
        words.join(" ")
    );
    let shown = Zeroizing::new(shown);
    stderr.write_all(shown.as_bytes()).map_err(Error::io("showing the mnemonic"))?;
    if !ctx.out.interactive() {
        if ctx.yes {
            return Ok(());
        }
        return Err(Error::InvalidInput(
            "a new mnemonic must be confirmed at a terminal: run this in one, pass --yes to accept it unconfirmed (printed above, on stderr), or use --mnemonic-file FILE".into(),
        ));
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

async fn withdrawal_target(ctx: &Context, args: &NewArgs) -> Result<(Address, Option<Chain>)> {
    if let Some(address) = args.withdrawal_address {
        return Ok((address, ctx.network.map(chain_of)));
    }
    let Some(pool) = args.pool else {
        return Err(Error::InvalidInput("pass --withdrawal-address or --pool".into()).into());
    };
    let (reader, contracts) = ctx.reader().await?;
    crate::pool::read_pool(&reader, &contracts, pool).await?;
    Ok((contracts.micro_pool, reader.network.or(ctx.network).map(chain_of)))
}

async fn new(ctx: &Context, args: NewArgs) -> Result<()> {
    let (withdrawal_address, connected_chain) = withdrawal_target(ctx, &args).await?;
    let chain = args.chain.or(connected_chain).ok_or_else(|| {
        Error::InvalidInput(
            "say which beacon chain the deposit is for with --chain (mainnet, hoodi, holesky, sepolia or devnet)"
                .into(),
        )
    })?;
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

/// The devnet deposit of pool `pool_id`'s validator: the key at m/12381/3600/POOL/0/0 of the devnet
/// mnemonic, withdrawals to `micro_pool`, signed for the devnet's deposit domain.
pub fn devnet_deposit(pool_id: u64, micro_pool: Address) -> Result<DepositData, Error> {
    let index = u32::try_from(pool_id)
        .map_err(|_| Error::InvalidInput(format!("pool {pool_id} is beyond the devnet's key tree (2^32 keys)")))?;
    let words = mnemonic::parse(DEVNET_MNEMONIC).map_err(input)?;
    let key =
        derive::derive_path(mnemonic::seed(&words).as_slice(), &derive::signing_key_path(index)).map_err(input)?;
    DepositData::sign(&key, deposit::withdrawal_credentials(micro_pool.0.0), deposit::FULL_DEPOSIT_GWEI, Chain::Devnet)
        .map_err(input)
}

/// Deposit data for interop validator `index` of a beacon dev chain (`devnet up --beacon`), paying out to
/// `micro_pool`: the pool's validator is then one the dev chain runs, with a live balance.
pub fn interop_deposit(index: u64, micro_pool: Address) -> Result<DepositData, Error> {
    let key = stkr_validator::derive::interop_secret_key(index).map_err(input)?;
    DepositData::sign(&key, deposit::withdrawal_credentials(micro_pool.0.0), deposit::FULL_DEPOSIT_GWEI, Chain::Devnet)
        .map_err(input)
}

/// The 0x-hex pubkey of interop validator `index`.
pub fn interop_pubkey(index: u64) -> Result<String, Error> {
    let key = stkr_validator::derive::interop_secret_key(index).map_err(input)?;
    Ok(format!("0x{}", alloy::hex::encode(key.public_key().map_err(input)?)))
}

// ---------------------------------------------------------------- verify

/// What `verify` found.
#[derive(Debug, Serialize)]
struct VerifyReport {
    file: PathBuf,
    deposits: usize,
    valid: bool,
    problems: Vec<String>,
}

impl Render for VerifyReport {
    fn render(&self, style: &Style) -> String {
        style.good(&format!(
            "{}: {} deposit(s), every field, root and BLS signature checks out",
            self.file.display(),
            self.deposits
        ))
    }
}

fn verify(ctx: &Context, file: &Path, chain: Option<Chain>, withdrawal_address: Option<Address>) -> Result<()> {
    let name = file.display().to_string();
    let text = read_text(file, "deposit data file")?;
    let expect = Expectations { chain, withdrawal_address: withdrawal_address.map(|a| a.0.0) };
    let (deposits, problems) =
        deposit::check_file(&text, expect).map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    let report = VerifyReport { file: file.to_path_buf(), deposits, valid: problems.is_empty(), problems };
    if report.valid {
        ctx.out.result(&report)?;
        return Ok(());
    }
    if ctx.out.json() {
        ctx.out.result(&report)?;
    } else {
        let mut stderr = std::io::stderr().lock();
        for problem in &report.problems {
            let _ = writeln!(stderr, "{name}: {problem}");
        }
    }
    let n = report.problems.len();
    Err(Error::InvalidInput(format!(
        "{name} has {n} problem{} (listed above); do not deposit it",
        if n == 1 { "" } else { "s" }
    ))
    .into())
}

// ---------------------------------------------------------------- split

/// One share `split` wrote.
#[derive(Debug, Serialize)]
struct SplitShare {
    index: u32,
    holder: String,
    pubkey: String,
    keystore: PathBuf,
}

/// What `split` wrote.
#[derive(Debug, Serialize)]
struct SplitReport {
    pubkey: String,
    threshold: u32,
    public_shares: PathBuf,
    shares: Vec<SplitShare>,
}

impl Render for SplitReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![
            ("validator", format!("0x{}", self.pubkey)),
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

fn holder_names(given: &[String], shares: u32) -> Result<Vec<String>, Error> {
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

fn split(ctx: &Context, args: SplitArgs) -> Result<()> {
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
    let (keystore, key) = open_keystore(ctx, &args.keystore, args.keystore_password_file.as_deref())?;
    let pubkey = key.public_key().map_err(input)?;
    let shares = threshold::split(&key, args.threshold, args.shares, &mut rand::rngs::OsRng).map_err(input)?;
    let public = PublicShares::of(pubkey, args.threshold, &shares, &names).map_err(input)?;
    public.check().map_err(input)?;
    create_private_dir(&args.out)?;
    let mut written = Vec::new();
    for (share, name) in shares.iter().zip(&names) {
        let what = format!("share {} ({name})", share.index);
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
        let file = args.out.join(format!("share-{}-{name}.json", share.index));
        write_new(&file, &encrypted.to_json().map_err(input)?)?;
        written.push(SplitShare {
            index: share.index,
            holder: name.clone(),
            pubkey: alloy::hex::encode(share_pubkey),
            keystore: file,
        });
    }
    let public_file = args.out.join("public-shares.json");
    write_new(&public_file, &to_json(&public)?)?;
    ctx.out.result(&SplitReport {
        pubkey: alloy::hex::encode(pubkey),
        threshold: args.threshold,
        public_shares: public_file,
        shares: written,
    })?;
    Ok(())
}

// ---------------------------------------------------------------- exit, sign-partial, combine

fn read_public_shares(path: &Path) -> Result<PublicShares, Error> {
    let name = path.display().to_string();
    let public: PublicShares = serde_json::from_str(&read_text(path, "public shares file")?).map_err(|e| {
        Error::InvalidInput(format!("{name} is not a public-shares.json from `stkr validator split` ({e})"))
    })?;
    public.check().map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    Ok(public)
}

/// A request file: an exit request, or deposit data (the deposit of `pubkey` in it).
fn read_request(path: &Path, pubkey: &[u8; 48]) -> Result<SigningRequest, Error> {
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
struct Written {
    action: &'static str,
    file: PathBuf,
    signing_root: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<u32>,
}

impl Render for Written {
    fn render(&self, style: &Style) -> String {
        let share = self.index.map(|i| format!(" with share {i}")).unwrap_or_default();
        format!("{}: {}{share} (signing root {})", style.good(self.action), self.file.display(), self.signing_root)
    }
}

fn exit_request(ctx: &Context, args: ExitArgs) -> Result<()> {
    let pubkey: [u8; 48] = match (&args.public_shares, &args.pubkey) {
        (Some(path), _) => read_public_shares(path)?.pubkey_bytes().map_err(input)?,
        (None, Some(hex)) => hex_bytes(hex, "--pubkey")?,
        (None, None) => return Err(Error::InvalidInput("pass --public-shares or --pubkey".into()).into()),
    };
    blst_pubkey_check(&pubkey)?;
    let domain = match (&args.fork_version, &args.genesis_validators_root) {
        (Some(version), Some(root)) => ExitDomain {
            fork_version: hex_bytes(version, "--fork-version")?,
            genesis_validators_root: hex_bytes(root, "--genesis-validators-root")?,
        },
        _ => ExitDomain::known(args.chain).ok_or_else(|| {
            Error::InvalidInput(format!(
                "stkr knows the exit domain of mainnet only: for {} pass --fork-version (its Capella fork version) and --genesis-validators-root (from GET /eth/v1/beacon/genesis)",
                args.chain
            ))
        })?,
    };
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

fn hex_bytes<const N: usize>(text: &str, what: &str) -> Result<[u8; N], Error> {
    let digits = text.trim().strip_prefix("0x").unwrap_or(text.trim());
    let bytes = alloy::hex::decode(digits).map_err(|_| Error::InvalidInput(format!("{what} is not valid hex")))?;
    let found = bytes.len();
    bytes.try_into().map_err(|_| Error::InvalidInput(format!("{what} must be {N} bytes, not {found}")))
}

fn blst_pubkey_check(pubkey: &[u8; 48]) -> Result<(), Error> {
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

/// A partial signature file.
#[derive(Debug, Serialize, serde::Deserialize)]
struct PartialFile {
    kind: String,
    pubkey: String,
    index: u32,
    holder: String,
    share_pubkey: String,
    signing_root: String,
    signature: String,
}

const PARTIAL_KIND: &str = "partial_signature";

fn sign_partial(ctx: &Context, args: SignPartialArgs) -> Result<()> {
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

fn combine(ctx: &Context, args: CombineArgs) -> Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devnet_deposits_are_reproducible_valid_and_distinct_per_pool() {
        let pool = Address::repeat_byte(0x42);
        let first = devnet_deposit(1, pool).expect("deposit");
        assert_eq!(first, devnet_deposit(1, pool).expect("deposit"), "the same pool gets the same key");
        assert_ne!(first.pubkey, devnet_deposit(2, pool).expect("deposit").pubkey);
        let text = serde_json::to_string(&[&first]).expect("json");
        let expect = Expectations { chain: Some(Chain::Devnet), withdrawal_address: Some(pool.0.0) };
        assert_eq!(deposit::check_file(&text, expect).expect("parses"), (1, Vec::new()));
    }

    #[test]
    fn holder_names_default_and_must_fit_file_names() {
        assert_eq!(
            holder_names(&[], 4).expect("names"),
            ["provider", "protocol", "backup", "holder-4"].map(String::from).to_vec()
        );
        assert!(holder_names(&["a".into()], 3).is_err());
        assert!(holder_names(&["a/b".into(), "c".into()], 2).is_err());
    }
}
