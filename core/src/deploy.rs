//! Deploying the protocol in dependency order from the embedded bytecode, and the deployment file that
//! records it per chain (chain id, addresses, deploy block).

use std::path::PathBuf;

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, Bytes},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol_types::SolConstructor,
};
use serde::{Deserialize, Serialize};

use crate::{
    Error, Result,
    bindings::{AETH, AnkrToken, Multicall3, Parameters},
    chain::Chain,
    dirs::{DataDir, write_private},
    network::{MULTICALL3, Network},
    tx::Transactor,
};

/// The addresses of a deployment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contracts {
    /// The ANKR token (the real one on mainnet, a test token elsewhere).
    pub ankr_token: Address,
    /// Governance parameters.
    pub parameters: Address,
    /// The aETH token.
    pub aeth: Address,
    /// Multicall3, for batched reads.
    pub multicall3: Address,
}

impl Contracts {
    /// (name, address) pairs in deployment order.
    pub fn named(&self) -> Vec<(&'static str, Address)> {
        vec![
            ("ankr_token", self.ankr_token),
            ("parameters", self.parameters),
            ("aeth", self.aeth),
            ("multicall3", self.multicall3),
        ]
    }
}

/// The stkr protocol as deployed on one chain.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Deployment {
    /// The chain.
    pub chain_id: u64,
    /// The deploying account, which holds governance until a Governance contract takes over.
    pub deployer: Address,
    /// The block of the first deployment transaction.
    pub deploy_block: u64,
    /// Its hash, to tell a reset devnet from the chain that was deployed to.
    pub deploy_block_hash: B256,
    /// The stkr version that deployed.
    pub stkr_version: String,
    /// The addresses.
    pub contracts: Contracts,
}

impl Deployment {
    /// The deployment file for `chain_id`.
    pub fn path(data: &DataDir, chain_id: u64) -> PathBuf {
        data.deployments().join(format!("{chain_id}.json"))
    }

    /// The recorded deployment for `chain_id`, if any.
    pub fn load(data: &DataDir, chain_id: u64) -> Result<Option<Self>> {
        let path = Self::path(data, chain_id);
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map(Some).map_err(|e| {
                Error::Other(format!(
                    "the deployment file {} is corrupt ({e}); remove it and deploy again",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(format!("reading {}", path.display()))(e)),
        }
    }

    /// Write the deployment file.
    pub fn save(&self, data: &DataDir) -> Result<PathBuf> {
        let path = Self::path(data, self.chain_id);
        let mut text = serde_json::to_vec_pretty(self).map_err(|e| Error::Other(e.to_string()))?;
        text.push(b'\n');
        write_private(&path, &text)?;
        Ok(path)
    }

    /// Whether the chain still holds this deployment: the deploy block is the same block and the
    /// contracts have code.
    pub async fn is_live(&self, chain: &Chain) -> Result<bool> {
        let provider = &chain.provider;
        let block = provider
            .get_block_by_number(self.deploy_block.into())
            .await
            .map_err(|e| crate::chain::transport_error(&chain.url, &e))?;
        if block.map(|b| b.header.hash) != Some(self.deploy_block_hash) {
            return Ok(false);
        }
        let code = provider
            .get_code_at(self.contracts.parameters)
            .await
            .map_err(|e| crate::chain::transport_error(&chain.url, &e))?;
        Ok(!code.is_empty())
    }

    /// The live deployment on `chain`, or the error that says how to get one.
    pub async fn require(data: &DataDir, chain: &Chain) -> Result<Self> {
        let deployment = Self::load(data, chain.chain_id)?.ok_or(Error::NotDeployed { chain_id: chain.chain_id })?;
        if deployment.is_live(chain).await? {
            Ok(deployment)
        } else {
            Err(Error::StaleDeployment { chain_id: chain.chain_id })
        }
    }
}

fn creation(bytecode: &Bytes, constructor_args: Vec<u8>) -> TransactionRequest {
    let mut code = bytecode.to_vec();
    code.extend(constructor_args);
    TransactionRequest::default().with_deploy_code(code)
}

/// Deploy the protocol from `tx`'s account: simulate every step, confirm once, then send in
/// dependency order. Multicall3 is reused where the canonical one exists.
pub async fn deploy_protocol(tx: &Transactor<'_>, network: Option<Network>) -> Result<Deployment> {
    let chain = tx.chain();
    let deployer = tx.from();
    let existing_ankr = network.and_then(Network::ankr_token);
    let canonical_multicall = !chain
        .provider
        .get_code_at(MULTICALL3)
        .await
        .map_err(|e| crate::chain::transport_error(&chain.url, &e))?
        .is_empty();

    let mut steps = Vec::new();
    if existing_ankr.is_none() {
        let args = AnkrToken::constructorCall { owner_: deployer }.abi_encode();
        steps.push(("ankr_token", tx.prepare("deploy AnkrToken", creation(&AnkrToken::BYTECODE, args)).await?));
    }
    let args = Parameters::constructorCall { governance_: deployer }.abi_encode();
    steps.push(("parameters", tx.prepare("deploy Parameters", creation(&Parameters::BYTECODE, args)).await?));
    let args = AETH::constructorCall { governance_: deployer }.abi_encode();
    steps.push(("aeth", tx.prepare("deploy AETH", creation(&AETH::BYTECODE, args)).await?));
    if !canonical_multicall {
        steps.push(("multicall3", tx.prepare("deploy Multicall3", creation(&Multicall3::BYTECODE, Vec::new())).await?));
    }

    let plan: Vec<_> = steps.iter().map(|(_, p)| p.clone()).collect();
    tx.confirm(&plan).await?;

    let mut first_block: Option<(u64, B256)> = None;
    let mut contracts = Contracts {
        ankr_token: existing_ankr.unwrap_or_default(),
        parameters: Address::ZERO,
        aeth: Address::ZERO,
        multicall3: MULTICALL3,
    };
    for (name, prepared) in steps {
        let receipt = tx.submit(prepared).await?;
        let address = receipt
            .contract_address
            .ok_or_else(|| Error::Other(format!("the {name} deployment receipt names no contract")))?;
        if first_block.is_none() {
            first_block = Some((receipt.block_number.unwrap_or_default(), receipt.block_hash.unwrap_or_default()));
        }
        match name {
            "ankr_token" => contracts.ankr_token = address,
            "parameters" => contracts.parameters = address,
            "aeth" => contracts.aeth = address,
            _ => contracts.multicall3 = address,
        }
    }
    let (deploy_block, deploy_block_hash) = first_block.unwrap_or_default();
    Ok(Deployment {
        chain_id: chain.chain_id,
        deployer,
        deploy_block,
        deploy_block_hash,
        stkr_version: env!("CARGO_PKG_VERSION").to_string(),
        contracts,
    })
}
