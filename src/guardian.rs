//! `stkr guardian init | run | attest | status | install-service`: the command line of the deposit guardian, whose work the `stkr-guardian` library does.

use std::{net::SocketAddr, path::PathBuf};

use alloy::primitives::{B256, FixedBytes};
use clap::{Args, Subcommand};
use eyre::Result;
use stkr_commands::{Context, output::TerminalPrompt};
use stkr_core::{Error, accounts, guardian::DepositRequest};
use stkr_guardian::commands::{self, InitOptions};

/// Deposit guardians: appointed by governance (M of N), each checks a pool's validator deposit and signs
/// the deposit contract's root, so no deposit for the same pubkey can slip in before the pool's.
///
/// Examples:
///   stkr guardian init --keystore ~/.local/share/stkr/keystores/guardian1 --password-file g1.pass
///   stkr guardian run --config ~/.local/share/stkr/guardian/0x90F7….toml
///   stkr guardian attest --pool 3 --pubkey 0x93… --signature 0xa1… --deposit-data-root 0x5e… --account guardian1
///   stkr guardian status
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GuardianArgs {
    #[command(subcommand)]
    command: GuardianCommand,
}

#[derive(Debug, Subcommand)]
enum GuardianCommand {
    Init(InitArgs),
    Run(RunArgs),
    Attest(AttestArgs),
    Status,
    InstallService(ServiceArgs),
}

/// Write a guardian configuration file (TOML): the key, the chain and its deployment, where to listen,
/// the state dir.
///
/// Examples:
///   stkr guardian init --keystore ~/.local/share/stkr/keystores/guardian1 --password-file g1.pass
///   stkr guardian init --keystore key.json --password-file key.pass --listen 0.0.0.0:9200 --out /etc/stkr/guardian.toml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct InitArgs {
    /// The guardian's key: a keystore file (a stkr account's is under <data dir>/keystores).
    #[arg(long, value_name = "FILE")]
    keystore: PathBuf,
    /// Where to serve attestations (the URL governance registers must reach it).
    #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:9200")]
    listen: SocketAddr,
    /// The state dir (deposit index, attestation record) [default: <data dir>/guardian/ADDRESS].
    #[arg(long, value_name = "DIR")]
    state_dir: Option<PathBuf>,
    /// How often the deposit index catches up with the chain, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 12.0)]
    poll_interval: f64,
    /// Where to write the configuration [default: <data dir>/guardian/ADDRESS.toml].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Overwrite an existing configuration file.
    #[arg(long)]
    force: bool,
}

/// Run the guardian in the foreground until SIGTERM or Ctrl-C (what systemd runs).
///
/// It keeps an index of every pubkey the deposit contract has seen (in its state dir), and serves
/// POST /v1/attestations (a pool id, pubkey, signature and deposit data root: the signed attestation, or
/// 422 with the one sentence that says why not), the rounds of `stkr validator dkg` under /v1/dkg/, the
/// partial signatures of distributed validators (POST /v1/cosign/KEY, the provider's requests only, behind
/// its EIP-3076 record), GET /health and GET /metrics.
///
/// Examples:
///   stkr guardian run --config guardian.toml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct RunArgs {
    /// The configuration file (`stkr guardian init` writes it). The keystore passphrase is read from its
    /// `password_file`, or from systemd's `password` credential when run as a service.
    #[arg(long, value_name = "FILE", env = "STKR_GUARDIAN_CONFIG")]
    config: PathBuf,
}

/// Check a pool's validator deposit and sign its attestation once, by hand, as --account.
///
/// The same checks as the daemon: the pool is pending and full, the deposit data root and BLS signature
/// are right for the pool's withdrawal credentials, and the deposit contract's logs hold no deposit for
/// the pubkey.
///
/// Examples:
///   stkr guardian attest --pool 3 --pubkey 0x93… --signature 0xa1… --deposit-data-root 0x5e… --account guardian1
///   stkr --json guardian attest --pool 3 --pubkey 0x93… --signature 0xa1… --deposit-data-root 0x5e… --account guardian1
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct AttestArgs {
    /// The pool whose validator is deposited.
    #[arg(long, value_name = "ID")]
    pool: u64,
    /// The validator's BLS public key (0x and 96 hex digits).
    #[arg(long, value_name = "HEX")]
    pubkey: FixedBytes<48>,
    /// The deposit's BLS signature (0x and 192 hex digits).
    #[arg(long, value_name = "HEX")]
    signature: FixedBytes<96>,
    /// The deposit's deposit_data_root.
    #[arg(long, value_name = "HEX")]
    deposit_data_root: B256,
    /// The block to attest [default: the head].
    #[arg(long, value_name = "NUMBER")]
    block: Option<u64>,
}

/// Write a hardened systemd unit for the guardian: its own user, NoNewPrivileges, ProtectSystem=strict,
/// only the state dir writable, the passphrase handed over with LoadCredential.
///
/// Examples:
///   sudo stkr guardian install-service --config /etc/stkr/guardian.toml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct ServiceArgs {
    /// The configuration file the service runs with.
    #[arg(long, value_name = "FILE")]
    config: PathBuf,
    /// The user (and group) the service runs as; create it with `useradd --system`.
    #[arg(long, value_name = "NAME", default_value = "stkr-guardian")]
    user: String,
    /// The stkr binary [default: this one].
    #[arg(long, value_name = "PATH")]
    binary: Option<PathBuf>,
    /// Where to write the unit [default: /etc/systemd/system/stkr-guardian.service].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

impl GuardianArgs {
    /// Whether this is the long-running `guardian run`, which logs at info level.
    pub fn is_daemon(&self) -> bool {
        matches!(self.command, GuardianCommand::Run(_))
    }

    /// Run the subcommand.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            GuardianCommand::Init(args) => {
                let password_file = ctx.password_file.clone().ok_or_else(|| {
                    Error::InvalidInput(
                        "guardian init needs --password-file FILE holding the keystore's passphrase".into(),
                    )
                })?;
                let options = InitOptions {
                    keystore: args.keystore,
                    password_file,
                    listen: args.listen,
                    state_dir: args.state_dir,
                    poll_interval: args.poll_interval,
                    out: args.out,
                    force: args.force,
                };
                Ok(ctx.out.result(&commands::init(ctx, options).await?)?)
            }
            GuardianCommand::Run(args) => commands::run(&args.config).await,
            GuardianCommand::Attest(args) => {
                let chain = ctx.chain().await?;
                let deployment = ctx.deployment(&chain).await?;
                let name = ctx.account.as_deref().ok_or(Error::NoAccount)?;
                let (signer, _) =
                    accounts::unlock(&ctx.accounts(), name, ctx.password_file.as_deref(), &TerminalPrompt)?;
                let request = DepositRequest {
                    pool_id: args.pool,
                    pubkey: args.pubkey,
                    signature: args.signature,
                    deposit_data_root: args.deposit_data_root,
                    block_number: args.block,
                };
                Ok(ctx.out.result(&commands::attest(&chain, &deployment, &signer, &request).await?)?)
            }
            GuardianCommand::Status => {
                let (chain, contracts) = ctx.reader().await?;
                Ok(ctx.out.result(&commands::status(&chain, &contracts).await?)?)
            }
            GuardianCommand::InstallService(args) => {
                let report = commands::install_service(&args.config, &args.user, args.binary, args.out)?;
                Ok(ctx.out.result(&report)?)
            }
        }
    }
}
