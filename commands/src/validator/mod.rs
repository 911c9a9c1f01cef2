//! `stkr validator`: BLS validator keys from a mnemonic, deposit data, and the key shared between provider and protocol by threshold signing.

use std::path::PathBuf;

use alloy::primitives::Address;

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

use eyre::Result;

use stkr_core::Error;

use crate::Context;

use stkr_core::network::Network;
use stkr_validator::keystore::Kdf;

mod deposits;
mod dkg;
mod exit;
mod files;
mod new;
mod partial;
mod split;
mod verify;

pub(crate) use deposits::{devnet_deposit, interop_deposit, interop_genesis_deposit, interop_pubkey};
use exit::exit_request;
use new::new;
use partial::{combine, sign_partial};
use split::split;
use verify::verify;

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
    /// Check every field, both roots and the BLS signature of deposit data files (any deposit CLI's); one line per problem, exit 2.
    ///
    /// Examples:
    ///   stkr validator verify validator_keys/deposit_data-1700000000.json
    ///   stkr validator verify validator_keys/deposit_data-*.json
    ///   stkr validator verify deposit_data.json --chain mainnet --withdrawal-address 0x5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f
    #[command(verbatim_doc_comment)]
    Verify {
        /// The deposit data JSON files (several, or a shell glob, are each checked).
        #[arg(required = true, num_args = 1.., value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Also require every deposit to be for this chain.
        #[arg(long, value_name = "NAME", value_parser = parse_chain)]
        chain: Option<Network>,
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
    /// Generate a pool's validator key with the guardian committee: it signs only with your share and a quorum of theirs.
    ///
    /// A distributed key generation (joint Feldman VSS over BLS12-381): every guardian deals a share to
    /// each other, sealed to its key for this ceremony; commitments are public, bad dealers are named and
    /// left out; you add your own half. Nobody ever holds the whole key. Writes the key record, your
    /// share (EIP-2335) and the pool's deposit data, signed by the new key. Every guardian must be online.
    ///
    /// Examples:
    ///   stkr validator dkg --pool 3 --account provider
    ///   stkr validator dkg --pool 3 --account provider --keystore-password-file share.pass --out validator_keys
    #[command(verbatim_doc_comment)]
    Dkg(DkgArgs),
}

#[derive(Debug, Args)]
pub(crate) struct DkgArgs {
    /// The pool (yours) whose validator the key becomes; its vault gets the withdrawals.
    #[arg(long, value_name = "ID", value_parser = stkr_core::input::parse_id)]
    pool: u64,
    /// Read your share keystore's password from the first line of FILE [default: asked twice].
    #[arg(long, value_name = "FILE")]
    keystore_password_file: Option<PathBuf>,
    /// Your share keystore's key derivation function.
    #[arg(long, value_enum, default_value_t = KdfChoice::Scrypt)]
    kdf: KdfChoice,
    /// The folder for the key record, your share and the deposit data.
    #[arg(long, value_name = "DIR", default_value = "validator_keys")]
    out: PathBuf,
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
    /// The beacon chain: mainnet, hoodi, sepolia or devnet [default: --network's, or the chain --pool is
    /// read from; with --pool it must be the connected chain].
    #[arg(long, value_name = "NAME", value_parser = parse_chain)]
    chain: Option<Network>,
    /// Where the validator's ETH goes on exit (0x01 withdrawal credentials).
    #[arg(long, value_name = "ADDRESS", value_parser = parse_address)]
    withdrawal_address: Option<Address>,
    /// Pay withdrawals to pool ID's vault (its own withdrawal address in this deployment), checking that the pool exists.
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
    /// The validators' EIP-2335 keystores: one, or several (a shell glob), each split into its own folder
    /// under --out named after the keystore.
    #[arg(required = true, num_args = 1.., value_name = "KEYSTORE")]
    keystores: Vec<PathBuf>,
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
    /// The beacon chain: mainnet, hoodi and sepolia have their exit domain built in; the devnet's beacon
    /// chain needs --genesis-validators-root.
    #[arg(long, value_name = "NAME", value_parser = parse_chain, default_value = "mainnet")]
    chain: Network,
    /// The Capella fork version exits are signed with (EIP-7044) [default: the chain's, from stkr's table].
    #[arg(long, value_name = "HEX")]
    fork_version: Option<String>,
    /// The chain's genesis_validators_root (GET /eth/v1/beacon/genesis) [default: the chain's, from stkr's
    /// table].
    #[arg(long, value_name = "HEX")]
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

fn parse_chain(s: &str) -> Result<Network, String> {
    s.parse().map_err(|e: Error| e.to_string())
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
            ValidatorCommand::Verify { files, chain, withdrawal_address } => {
                verify(ctx, &files, chain, withdrawal_address)
            }
            ValidatorCommand::Split(args) => split(ctx, args),
            ValidatorCommand::Exit(args) => exit_request(ctx, args),
            ValidatorCommand::SignPartial(args) => sign_partial(ctx, args),
            ValidatorCommand::Combine(args) => combine(ctx, args),
            ValidatorCommand::Dkg(args) => dkg::dkg(ctx, args).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{split::holder_names, *};
    use stkr_validator::deposit::{self, Expectations};

    #[test]
    fn devnet_deposits_are_reproducible_valid_and_distinct_per_pool() {
        let pool = Address::repeat_byte(0x42);
        let first = devnet_deposit(1, pool).expect("deposit");
        assert_eq!(first, devnet_deposit(1, pool).expect("deposit"), "the same pool gets the same key");
        assert_ne!(first.pubkey, devnet_deposit(2, pool).expect("deposit").pubkey);
        let text = serde_json::to_string(&[&first]).expect("json");
        let expect = Expectations {
            known: &stkr_core::network::DEPOSIT_CHAINS,
            chain: Some(Network::Devnet.deposit_chain()),
            withdrawal_address: Some(pool.0.0),
        };
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
