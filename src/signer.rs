//! `stkr signer init | run | status | install-service | slashing-protection export | import`: the command line of the threshold signer, whose work the `stkr-signer` library does.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Args, Subcommand};
use eyre::Result;
use stkr_commands::Context;
use stkr_core::Error;
use stkr_signer::commands::{self, InitOptions};

/// The threshold signer of a distributed validator: the Web3Signer API your validator client speaks,
/// signing each duty with the provider's share and a quorum of the guardians' partial signatures, behind
/// EIP-3076 slashing protection.
///
/// Examples:
///   stkr signer init --key validator_keys/distributed-key-0x93….json --share validator_keys/provider-share-0x93….json \
///       --account-keystore ~/.local/share/stkr/keystores/provider --password-file signer.pass
///   stkr signer run --config ~/.local/share/stkr/signer/0x93….toml
///   stkr signer status --config ~/.local/share/stkr/signer/0x93….toml
///   stkr signer slashing-protection export --config signer.toml > interchange.json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SignerArgs {
    #[command(subcommand)]
    command: SignerCommand,
}

#[derive(Debug, Subcommand)]
enum SignerCommand {
    Init(InitArgs),
    Run(ConfigArg),
    Status(ConfigArg),
    InstallService(ServiceArgs),
    #[command(subcommand)]
    SlashingProtection(SlashingCommand),
}

/// Write a signer configuration file (TOML): the distributed key, the provider's share and account
/// keystores, the guardians' URLs (read from the chain now), where to listen, the state dir.
///
/// Both keystores are unlocked here with --password-file, so a wrong passphrase shows now.
///
/// Examples:
///   stkr signer init --key distributed-key.json --share provider-share.json --account-keystore provider.json \
///       --password-file signer.pass --listen 127.0.0.1:9000
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct InitArgs {
    /// The distributed key's record (`stkr validator dkg` wrote it).
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
    /// The provider's share of the validator key (an EIP-2335 keystore `stkr validator dkg` wrote).
    #[arg(long, value_name = "FILE")]
    share: PathBuf,
    /// The provider's Ethereum keystore (a stkr account's file): it signs every request to the guardians.
    #[arg(long, value_name = "FILE")]
    account_keystore: PathBuf,
    /// Where the validator client reaches the API; keep it on loopback or a private network.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:9000")]
    listen: SocketAddr,
    /// The state dir (slashing-protection record) [default: <data dir>/signer/PUBKEY].
    #[arg(long, value_name = "DIR")]
    state_dir: Option<PathBuf>,
    /// Where to write the configuration [default: <data dir>/signer/PUBKEY.toml].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Overwrite an existing configuration file.
    #[arg(long)]
    force: bool,
}

/// The configuration file.
#[derive(Debug, Args)]
struct ConfigArg {
    /// The configuration file (`stkr signer init` writes it).
    #[arg(long, value_name = "FILE", env = "STKR_SIGNER_CONFIG")]
    config: PathBuf,
}

/// Write a hardened systemd unit for the signer: its own user, ProtectSystem=strict, only the state dir
/// writable, the passphrase handed over with LoadCredential.
///
/// Examples:
///   sudo stkr signer install-service --config /etc/stkr/signer.toml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct ServiceArgs {
    /// The configuration file the service runs with.
    #[arg(long, value_name = "FILE")]
    config: PathBuf,
    /// The user (and group) the service runs as; create it with `useradd --system`.
    #[arg(long, value_name = "NAME", default_value = "stkr-signer")]
    user: String,
    /// The stkr binary [default: this one].
    #[arg(long, value_name = "PATH")]
    binary: Option<PathBuf>,
    /// Where to write the unit [default: /etc/systemd/system/stkr-signer.service].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// Move the signer's slashing-protection record in or out as an EIP-3076 interchange (the signer must be stopped).
#[derive(Debug, Subcommand)]
enum SlashingCommand {
    /// Print the record as an EIP-3076 interchange (version 5).
    ///
    /// Examples:
    ///   stkr signer slashing-protection export --config signer.toml > interchange.json
    #[command(verbatim_doc_comment)]
    Export(ConfigArg),
    /// Merge an EIP-3076 interchange (another client's export, or this signer's) into the record.
    ///
    /// Examples:
    ///   stkr signer slashing-protection import --config signer.toml interchange.json
    #[command(verbatim_doc_comment)]
    Import {
        /// The configuration file.
        #[arg(long, value_name = "FILE", env = "STKR_SIGNER_CONFIG")]
        config: PathBuf,
        /// The interchange file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

impl SignerArgs {
    /// Whether this is the long-running `signer run`, which logs at info level.
    pub fn is_daemon(&self) -> bool {
        matches!(self.command, SignerCommand::Run(_))
    }

    /// Run the subcommand.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            SignerCommand::Init(args) => {
                let password_file = ctx.password_file.clone().ok_or_else(|| {
                    Error::InvalidInput(
                        "signer init needs --password-file FILE holding the keystores' passphrase".into(),
                    )
                })?;
                let options = InitOptions {
                    key_file: args.key,
                    share_keystore: args.share,
                    account_keystore: args.account_keystore,
                    password_file,
                    listen: args.listen,
                    state_dir: args.state_dir,
                    out: args.out,
                    force: args.force,
                };
                Ok(ctx.out.result(&commands::init(ctx, options).await?)?)
            }
            SignerCommand::Run(args) => commands::run(&args.config).await,
            SignerCommand::Status(args) => Ok(ctx.out.result(&commands::status(&args.config).await?)?),
            SignerCommand::InstallService(args) => {
                let report = commands::install_service(&args.config, &args.user, args.binary, args.out)?;
                Ok(ctx.out.result(&report)?)
            }
            SignerCommand::SlashingProtection(SlashingCommand::Export(args)) => {
                Ok(ctx.out.result(&commands::export(&args.config)?)?)
            }
            SignerCommand::SlashingProtection(SlashingCommand::Import { config, file }) => {
                Ok(ctx.out.result(&commands::import(&config, &file)?)?)
            }
        }
    }
}
