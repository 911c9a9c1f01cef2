//! The error type of stkr: every variant reads as one sentence that says what to do, and maps to an exit code.

use std::path::PathBuf;

/// Result with the stkr [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Process exit codes that scripts can rely on.
pub mod exit {
    /// Anything not listed below: not deployed, a wrong passphrase, a cancelled prompt, a file error.
    pub const FAILURE: u8 = 1;
    /// Bad input: a malformed amount, address, id, file or flag, or a missing `--yes` (clap uses 2 too).
    pub const USAGE: u8 = 2;
    /// A transaction reverted (in simulation, so nothing was sent, or on chain) or was rejected.
    pub const REVERTED: u8 = 3;
    /// The RPC endpoint could not be reached or answered badly.
    pub const RPC: u8 = 4;
}

/// What can go wrong in stkr, each phrased for the person at the terminal.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The RPC URL does not parse.
    #[error("invalid RPC URL '{url}': {reason}; pass a URL such as http://127.0.0.1:8545")]
    InvalidRpcUrl {
        /// The URL given.
        url: String,
        /// Why it does not parse.
        reason: String,
    },
    /// Nothing answered at the RPC URL.
    #[error(
        "could not reach the RPC endpoint at {url} ({reason}); check --rpc-url / ETH_RPC_URL, or start a local chain with `stkr devnet up`"
    )]
    Unreachable {
        /// The URL tried.
        url: String,
        /// The transport's complaint.
        reason: String,
    },
    /// An https endpoint's certificate does not verify, so nothing was sent to it.
    #[error("the TLS certificate of {host} does not verify: {reason}")]
    Certificate {
        /// The host named in the URL.
        host: String,
        /// Why it does not verify, and what to do about it.
        reason: String,
    },
    /// The endpoint answered with an error.
    #[error("the RPC endpoint failed: {0}")]
    Rpc(String),
    /// The chain id of the endpoint differs from the chosen network.
    #[error(
        "the RPC endpoint is on chain {actual} but --network {network} is chain {expected}; pass the matching --network or --rpc-url"
    )]
    ChainMismatch {
        /// The network chosen.
        network: String,
        /// Its chain id.
        expected: u64,
        /// The endpoint's chain id.
        actual: u64,
    },
    /// No deployment is recorded for the chain.
    #[error(
        "stkr is not deployed on chain {chain_id}; run `stkr deploy --account NAME` (or `stkr devnet up` for a local chain)"
    )]
    NotDeployed {
        /// The chain.
        chain_id: u64,
    },
    /// A deployment is recorded but the chain no longer holds it (a devnet that was reset).
    #[error(
        "the stkr deployment recorded for chain {chain_id} is not on this chain any more (it was reset); run `stkr deploy` again"
    )]
    StaleDeployment {
        /// The chain.
        chain_id: u64,
    },
    /// No local devnet is running.
    #[error("no stkr devnet is running; start one with `stkr devnet up`")]
    DevnetNotRunning,
    /// anvil is nowhere to be found.
    #[error(
        "anvil was not found: set STKR_ANVIL to its path, put it on PATH, or run `make toolchain` in the stkr checkout to install it under contracts/node_modules"
    )]
    AnvilNotFound,
    /// The devnet port is taken by something else.
    #[error("port {port} on 127.0.0.1 is already in use; pass another one with --port")]
    PortInUse {
        /// The port.
        port: u16,
    },
    /// No account chosen for a command that signs.
    #[error("this command signs a transaction: pass --account NAME (see `stkr account list`)")]
    NoAccount,
    /// The named account does not exist.
    #[error("no account named '{0}'; see `stkr account list`, or create it with `stkr account new {0}`")]
    AccountNotFound(String),
    /// The name is taken.
    #[error("an account named '{0}' already exists; choose another name or remove it with `stkr account remove {0}`")]
    AccountExists(String),
    /// The name would make a bad file name.
    #[error("invalid account name '{0}': use 1-64 letters, digits, '-', '_' or '.', not starting with '.'")]
    InvalidAccountName(String),
    /// The keystore did not decrypt with the passphrase.
    #[error("wrong passphrase for account '{0}'")]
    WrongPassphrase(String),
    /// No way to get a passphrase: no password file, no terminal, and the OS keyring holds none for it.
    #[error(
        "no passphrase for account '{0}': the OS keyring holds none for it; pass --password-file FILE (or STKR_PASSWORD_FILE), or run in a terminal to be asked"
    )]
    NoPassphrase(String),
    /// No way to get a passphrase, and the OS keyring (where `--keyring` may have kept it) cannot be reached.
    #[error(
        "no passphrase for account '{name}': the OS keyring cannot be reached ({reason}); pass --password-file FILE (or STKR_PASSWORD_FILE), or run in a terminal to be asked"
    )]
    NoPassphraseKeyringUnreachable {
        /// The account.
        name: String,
        /// Why the keyring cannot be reached, in one line.
        reason: String,
    },
    /// No way to get the passphrase of a keystore being made or imported (no keyring entry exists yet).
    #[error(
        "no passphrase for the new account '{0}': pass --password-file FILE (or STKR_PASSWORD_FILE), or run in a terminal to be asked"
    )]
    NoNewPassphrase(String),
    /// The two passphrases typed differ.
    #[error("the passphrases do not match; nothing was created")]
    PassphraseMismatch,
    /// An empty passphrase.
    #[error("the passphrase is empty; choose a non-empty one")]
    EmptyPassphrase,
    /// The password file cannot be used.
    #[error("cannot read the password file {path}: {reason}")]
    PasswordFile {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A private key that does not parse.
    #[error("that is not a private key: expected 64 hex digits (with or without 0x)")]
    InvalidPrivateKey,
    /// A keystore file that cannot be used.
    #[error("cannot use the keystore {path}: {reason}")]
    Keystore {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// An amount that does not parse.
    #[error("invalid amount '{input}': {reason}")]
    InvalidAmount {
        /// What was typed.
        input: String,
        /// Why it does not parse.
        reason: String,
    },
    /// An address that does not parse or fails its checksum.
    #[error("invalid address '{input}': {reason}")]
    InvalidAddress {
        /// What was typed.
        input: String,
        /// Why it is refused.
        reason: String,
    },
    /// Any other bad input, already phrased as one sentence that says what is expected.
    #[error("{0}")]
    InvalidInput(String),
    /// An unknown network name.
    #[error("{0}")]
    UnknownNetwork(String),
    /// A transaction reverted.
    #[error("the transaction would fail: {0}; nothing was sent")]
    Simulation(String),
    /// A transaction reverted on chain.
    #[error("transaction {hash} reverted on chain: {reason}")]
    Reverted {
        /// The transaction hash.
        hash: String,
        /// The decoded reason.
        reason: String,
    },
    /// The node refused a transaction (nonce, fee or funds).
    #[error("the node rejected the transaction: {0}; nothing was sent")]
    Rejected(String),
    /// A confirmation was needed but could not be asked.
    #[error("this needs a confirmation and there is no terminal to ask: pass --yes to go ahead without asking")]
    NeedsConfirmation,
    /// The user declined.
    #[error("cancelled; nothing was changed")]
    Cancelled,
    /// A file operation failed.
    #[error("{context}: {source}")]
    Io {
        /// What stkr was doing.
        context: String,
        /// The OS error (shown in the message, so not chained again).
        source: std::io::Error,
    },
    /// Anything else, already phrased.
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self.kind() {
            "invalid_input" | "needs_confirmation" | "no_account" => exit::USAGE,
            "reverted" | "rejected" => exit::REVERTED,
            "unreachable" | "certificate" => exit::RPC,
            _ => exit::FAILURE,
        }
    }

    /// A stable machine-readable name of the error's kind, for `--json` error output.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::InvalidRpcUrl { .. }
            | Self::UnknownNetwork(_)
            | Self::InvalidAmount { .. }
            | Self::InvalidAddress { .. }
            | Self::InvalidInput(_)
            | Self::InvalidAccountName(_)
            | Self::AccountNotFound(_)
            | Self::InvalidPrivateKey
            | Self::PasswordFile { .. }
            | Self::ChainMismatch { .. } => "invalid_input",
            Self::NoAccount => "no_account",
            Self::Unreachable { .. } | Self::Rpc(_) | Self::DevnetNotRunning => "unreachable",
            Self::Certificate { .. } => "certificate",
            Self::NotDeployed { .. } | Self::StaleDeployment { .. } => "not_deployed",
            Self::AccountExists(_)
            | Self::WrongPassphrase(_)
            | Self::NoPassphrase(_)
            | Self::NoPassphraseKeyringUnreachable { .. }
            | Self::NoNewPassphrase(_)
            | Self::PassphraseMismatch
            | Self::EmptyPassphrase
            | Self::Keystore { .. } => "auth",
            Self::Simulation(_) | Self::Reverted { .. } => "reverted",
            Self::Rejected(_) => "rejected",
            Self::NeedsConfirmation => "needs_confirmation",
            Self::Cancelled => "cancelled",
            Self::AnvilNotFound | Self::PortInUse { .. } | Self::Io { .. } | Self::Other(_) => "failure",
        }
    }

    /// Wrap an I/O error with what stkr was doing.
    pub fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> Self {
        let context = context.into();
        move |source| Self::Io { context, source }
    }
}
