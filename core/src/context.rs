//! What every command runs with: the global options, the data dir, and the ways to reach the chain and
//! unlock the account. It writes nothing: the front end brings its prompt and its transaction frontend.

use std::path::PathBuf;

use alloy::primitives::Address;

use crate::{
    Error, Result,
    accounts::{self, AccountStore, PassphrasePrompt},
    chain::{self, Chain},
    deploy::Contracts,
    deploy::Deployment,
    devnet::DevnetState,
    dirs::DataDir,
    network::Network,
    tx::{Transactor, TxFrontend, TxOptions},
};

/// The global settings of one stkr invocation.
#[derive(Debug, Clone)]
pub struct Context {
    /// The data directory.
    pub data: DataDir,
    /// `--rpc-url` / `ETH_RPC_URL`.
    pub rpc_url: Option<String>,
    /// `--network`.
    pub network: Option<Network>,
    /// `--account`.
    pub account: Option<String>,
    /// `--password-file` / `STKR_PASSWORD_FILE`.
    pub password_file: Option<PathBuf>,
    /// `--yes`: send without asking.
    pub yes: bool,
    /// Fees, gas, nonce and `--unsigned`.
    pub tx: TxOptions,
}

/// A connection with the deployment and the account that acts.
#[derive(Debug)]
pub struct Session {
    /// The chain; it signs unless `--unsigned`.
    pub chain: Chain,
    /// The acting account.
    pub from: Address,
    /// The deployed contracts.
    pub contracts: Contracts,
}

impl Context {
    /// The RPC URL to use: the one given, else the running devnet's (when on the devnet), else the
    /// network's default.
    pub fn rpc_url(&self) -> Result<String> {
        if let Some(url) = &self.rpc_url {
            return Ok(url.clone());
        }
        let network = self.network.unwrap_or(Network::Devnet);
        if network == Network::Devnet
            && let Some(devnet) = DevnetState::load_running(&self.data)?
        {
            return Ok(devnet.rpc_url);
        }
        Ok(network.default_rpc_url().to_string())
    }

    /// The account store of the data dir.
    pub fn accounts(&self) -> AccountStore {
        AccountStore::new(&self.data)
    }

    /// Connect for reading.
    pub async fn chain(&self) -> Result<Chain> {
        chain::connect(&self.rpc_url()?, None, self.network).await
    }

    /// Unlock `--account` and connect for signing; `prompt` asks when no password file or keyring has it.
    pub async fn signing_chain(&self, prompt: &dyn PassphrasePrompt) -> Result<(Chain, Address)> {
        let name = self.account.as_deref().ok_or(Error::NoAccount)?;
        // Check the endpoint before asking for a passphrase, so a typo in the URL costs no typing.
        let url = self.rpc_url()?;
        chain::connect(&url, None, self.network).await?;
        let (signer, _) = accounts::unlock(&self.accounts(), name, self.password_file.as_deref(), prompt)?;
        let address = signer.address();
        Ok((chain::connect(&url, Some(signer), self.network).await?, address))
    }

    /// A transactor on `chain` from `from` that confirms through `frontend`, honouring the fee options
    /// and `--unsigned`.
    pub fn transactor<'a>(&'a self, chain: &'a Chain, from: Address, frontend: &'a dyn TxFrontend) -> Transactor<'a> {
        Transactor::new(chain, from, frontend).with_options(self.tx)
    }

    /// Connect for reading and load the deployment.
    pub async fn reader(&self) -> Result<(Chain, Contracts)> {
        let chain = self.chain().await?;
        let contracts = self.deployment(&chain).await?.contracts;
        Ok((chain, contracts))
    }

    /// The `--account`'s address, without unlocking it.
    pub fn account_address(&self) -> Result<Address> {
        let name = self.account.as_deref().ok_or(Error::NoAccount)?;
        Ok(self.accounts().get(name)?.address)
    }

    /// Connect as `--account` to act: unlocked to sign, or with `--unsigned` only its address.
    /// The deployment is checked before a passphrase is asked for.
    pub async fn session(&self, prompt: &dyn PassphrasePrompt) -> Result<Session> {
        let (reader, contracts) = self.reader().await?;
        if self.tx.unsigned {
            let from = self.account_address()?;
            return Ok(Session { chain: reader, from, contracts });
        }
        let (chain, from) = self.signing_chain(prompt).await?;
        Ok(Session { chain, from, contracts })
    }

    /// The live stkr deployment on `chain`.
    pub async fn deployment(&self, chain: &Chain) -> Result<Deployment> {
        Deployment::require(&self.data, chain).await
    }
}
