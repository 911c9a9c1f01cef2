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
    bindings::{
        AnkrToken, DepositContract, DepositGuard, Governance, InsurancePool, Marketplace, MicroPool, Multicall3,
        NodeRegistry, Parameters, ProviderRegistry, RewardPool, StakerRewards,
    },
    chain::Chain,
    dirs::{DataDir, write_private},
    network::{MULTICALL3, Network},
    tx::{Prepared, Transactor},
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
    /// The beacon deposit contract (stkr's own on the devnet, the official one elsewhere).
    pub deposit_contract: Address,
    /// The guardian committee whose attestations every validator deposit needs.
    pub deposit_guard: Address,
    /// Providers: applications, qualification, collateral, reputation.
    pub provider_registry: Address,
    /// The insurance pool.
    pub insurance_pool: Address,
    /// The reward pool.
    pub reward_pool: Address,
    /// Micro-pools: stakes, validators, settlement, claims.
    pub micro_pool: Address,
    /// Stkr nodes and sidecars: reports, audits, uptime, ANKR staked on sidecars.
    pub node_registry: Address,
    /// Projects of single requesters: quotes, sealed-bid auctions, completion.
    pub marketplace: Address,
    /// Providers' and requesters' ANKR reward stakes (the reward pool's 40 %).
    pub staker_rewards: Address,
    /// The 2n+1 governors, when deployed with invited governors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governance: Option<Address>,
}

impl Contracts {
    /// (name, address) pairs in deployment order.
    pub fn named(&self) -> Vec<(&'static str, Address)> {
        [
            ("ankr_token", self.ankr_token),
            ("parameters", self.parameters),
            ("aeth", self.aeth),
            ("multicall3", self.multicall3),
            ("deposit_contract", self.deposit_contract),
            ("deposit_guard", self.deposit_guard),
            ("provider_registry", self.provider_registry),
            ("insurance_pool", self.insurance_pool),
            ("reward_pool", self.reward_pool),
            ("micro_pool", self.micro_pool),
            ("node_registry", self.node_registry),
            ("marketplace", self.marketplace),
            ("staker_rewards", self.staker_rewards),
        ]
        .into_iter()
        .chain(self.governance.map(|address| ("governance", address)))
        .collect()
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

/// n + 1 for the default n = 2 of a fresh `Parameters`.
pub const INVITED_GOVERNORS: usize = 3;

/// Whether a deployment to `network` with `governors` invited may go ahead: on any chain but the devnet,
/// deploying without Governance leaves every rule and all the money under the deployer's one key for good,
/// so it takes `single_key` said in so many words.
pub fn check_governance_plan(network: Option<Network>, governors: &[Address], single_key: bool) -> Result<()> {
    if !governors.is_empty() && governors.len() != INVITED_GOVERNORS {
        return Err(Error::InvalidInput(format!(
            "pass exactly {INVITED_GOVERNORS} --governor addresses (the n + 1 invited governors), not {}",
            governors.len()
        )));
    }
    if governors.is_empty() && !single_key && network != Some(Network::Devnet) {
        return Err(Error::InvalidInput(format!(
            "without --governor this deployment stays governed by the deployer's one key forever (it sets every parameter and settles failures); pass {INVITED_GOVERNORS} --governor addresses, or --single-key-governance to accept that"
        )));
    }
    Ok(())
}

/// Where a deployment goes: the network (if stkr knows the chain), whether it may create a test ANKR
/// token and deposit contract, and the ANKR token to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeployTarget {
    /// The known network with this chain id.
    pub network: Option<Network>,
    /// Whether this is a devnet, where a mintable test ANKR and a mock deposit contract may be created.
    pub devnet: bool,
    /// The ANKR token to use instead of creating one.
    pub ankr_token: Option<Address>,
}

impl DeployTarget {
    /// stkr's own devnet.
    pub fn devnet() -> Self {
        Self { network: Some(Network::Devnet), devnet: true, ankr_token: None }
    }

    /// The target for chain `chain_id`. A chain stkr does not know is refused unless `devnet` says it is one;
    /// a known public chain never gets a mock, so it needs a real ANKR token (its own, or `ankr_token`).
    pub fn for_chain(chain_id: u64, devnet: bool, ankr_token: Option<Address>) -> Result<Self> {
        match Network::from_chain_id(chain_id) {
            Some(Network::Devnet) => Ok(Self { network: Some(Network::Devnet), devnet: true, ankr_token }),
            Some(network) => {
                if devnet {
                    return Err(Error::InvalidInput(format!(
                        "chain {chain_id} is {network}, a public network, not a devnet: stkr never deploys a test token or deposit contract there; drop --devnet"
                    )));
                }
                let token = match (network.ankr_token(), ankr_token) {
                    (Some(real), Some(given)) if real != given => {
                        return Err(Error::InvalidInput(format!(
                            "{network}'s ANKR token is {real}; --ankr-token {given} would replace it, drop the flag"
                        )));
                    }
                    (Some(real), _) => real,
                    (None, Some(given)) => given,
                    (None, None) => {
                        return Err(Error::InvalidInput(format!(
                            "{network} has no ANKR token stkr knows: pass --ankr-token ADDRESS (an ERC-20 already on {network}); stkr never deploys a mintable one on a public network"
                        )));
                    }
                };
                Ok(Self { network: Some(network), devnet: false, ankr_token: Some(token) })
            }
            None if devnet => Ok(Self { network: None, devnet: true, ankr_token }),
            None => Err(Error::InvalidInput(format!(
                "chain {chain_id} is not a network stkr knows ({}): if it is a local or private devnet, pass --devnet to deploy a test ANKR token and deposit contract there",
                Network::ALL.iter().map(|n| format!("{n} {}", n.chain_id())).collect::<Vec<_>>().join(", ")
            ))),
        }
    }
}

/// Whether every invited governor has joined `seated`: the hand-over waits for all of them, so no single
/// early joiner holds the protocol alone.
pub fn check_hand_over(seated: usize) -> Result<()> {
    if seated < INVITED_GOVERNORS {
        return Err(Error::Other(format!(
            "{seated} of the {INVITED_GOVERNORS} invited governors have joined; the hand-over waits for all of them (each stakes with `stkr govern join`)"
        )));
    }
    Ok(())
}

/// Hand the protocol to its `Governance` contract: from then on only proposals that pass change
/// parameters, qualify providers, settle pools or name aETH's minter. Parameters' governance address
/// becomes Governance's executor, which runs passed proposals and holds nothing, so no proposal reaches
/// the ANKR staked in Governance; and the node registry locks delegated votes during elections. Sent by
/// the deployer, once the invited governors have joined (a government without governors could never act).
/// Returns the executor.
pub async fn hand_over_governance(tx: &Transactor<'_>, contracts: &Contracts) -> Result<Address> {
    let governance =
        contracts.governance.ok_or_else(|| Error::Other("this deployment has no Governance contract".into()))?;
    let provider = &tx.chain().provider;
    let contract = Governance::new(governance, provider);
    let seated = contract.governors().call().await.map_err(|e| Error::Rpc(format!("reading the governors: {e}")))?;
    check_hand_over(seated.len())?;
    let executor =
        contract.executor().call().await.map_err(|e| Error::Rpc(format!("reading Governance's executor: {e}")))?;
    let registry = NodeRegistry::new(contracts.node_registry, provider);
    let connected =
        registry.elections().call().await.map_err(|e| Error::Rpc(format!("reading the registry's elections: {e}")))?;
    let mut steps = Vec::new();
    if connected == Address::ZERO {
        steps.push((
            "lock delegated votes during Governance's elections",
            registry.connectElections(governance).into_transaction_request(),
        ));
    }
    steps.push((
        "hand Parameters to Governance's executor",
        Parameters::new(contracts.parameters, provider).transferGovernance(executor).into_transaction_request(),
    ));
    for (label, request) in steps {
        let step = tx.prepare(label, request).await?;
        tx.submit(step).await?;
    }
    Ok(executor)
}

/// The calls that connect freshly deployed contracts.
const WIRING: [&str; 5] = [
    "connect InsurancePool to MicroPool and RewardPool",
    "make MicroPool a protocol contract of ProviderRegistry",
    "make NodeRegistry a protocol contract of ProviderRegistry",
    "make Marketplace a protocol contract of ProviderRegistry",
    "connect RewardPool to its categories (the deployer is the development fund until governance names one)",
];

fn creation(bytecode: &Bytes, constructor_args: Vec<u8>) -> TransactionRequest {
    let mut code = bytecode.to_vec();
    code.extend(constructor_args);
    TransactionRequest::default().with_deploy_code(code)
}

/// Contract creations planned at the addresses the deployer's nonces give them.
struct Planner {
    deployer: Address,
    nonce: u64,
    plan: Vec<(&'static str, Address, TransactionRequest)>,
}

impl Planner {
    /// The address of the deployer's next creation.
    fn next_address(&mut self) -> Address {
        let address = self.deployer.create(self.nonce);
        self.nonce += 1;
        address
    }

    /// Plan the creation of `name` from `bytecode` and its constructor arguments; its address.
    fn create(&mut self, name: &'static str, bytecode: &Bytes, constructor_args: Vec<u8>) -> Address {
        let address = self.next_address();
        self.plan.push((name, address, creation(bytecode, constructor_args)));
        address
    }
}

/// What deploying takes: the creations in order, Governance's (sent after them), and where all will be.
struct Creations {
    plan: Vec<(&'static str, Address, TransactionRequest)>,
    governance: Option<(Address, TransactionRequest)>,
    contracts: Contracts,
}

/// Deploy the protocol from `tx`'s account: simulate every contract creation, confirm once, send them in
/// dependency order, then wire them together (aETH's minter, the registry's protocol contracts, the
/// insurance pool's counterparts). Multicall3 and the deposit contract are reused where they exist.
///
/// With `governors` (the n + 1 invited governors), `Governance` is deployed too; it takes over only once
/// they have joined, with [`hand_over_governance`].
pub async fn deploy_protocol(tx: &Transactor<'_>, target: &DeployTarget, governors: &[Address]) -> Result<Deployed> {
    if !governors.is_empty() && governors.len() != INVITED_GOVERNORS {
        return Err(Error::Other(format!(
            "pass exactly {INVITED_GOVERNORS} --governor addresses (n + 1 invited governors, n = {})",
            INVITED_GOVERNORS - 1
        )));
    }
    let chain = tx.chain();
    let deployer = tx.from();
    let Creations { plan, governance, contracts } = plan_creations(chain, deployer, target, governors).await?;
    let mut created: Vec<&'static str> = plan.iter().map(|(name, _, _)| *name).collect();
    let mut prepared = Vec::new();
    for (name, _, request) in &plan {
        prepared.push(tx.prepare(format!("deploy {name}"), request.clone()).await?);
    }
    let mut then: Vec<&str> = Vec::new();
    if governance.is_some() {
        then.push("deploy Governance");
    }
    then.extend(WIRING);
    tx.confirm_then(&prepared, &then).await?;
    let (deploy_block, deploy_block_hash) = send_creations(tx, &plan, prepared).await?;
    if let Some((expected, request)) = governance {
        deploy_governance(tx, expected, request).await?;
        created.push("Governance");
    }
    wire(tx, &contracts).await?;
    let deployment = Deployment {
        chain_id: chain.chain_id,
        deployer,
        deploy_block,
        deploy_block_hash,
        stkr_version: env!("CARGO_PKG_VERSION").to_string(),
        contracts,
    };
    Ok(Deployed { deployment, created })
}

/// A deployment, with the contracts it created (the rest it found on the chain).
#[derive(Debug, Clone)]
pub struct Deployed {
    /// The deployment.
    pub deployment: Deployment,
    /// The contracts created, by name, in order.
    pub created: Vec<&'static str>,
}

/// Every creation at its future address. Contracts whose constructors take other stkr addresses are
/// created at addresses fixed by the deployer's nonce, so the whole plan can be simulated before anything
/// is sent.
async fn plan_creations(
    chain: &Chain,
    deployer: Address,
    target: &DeployTarget,
    governors: &[Address],
) -> Result<Creations> {
    let existing_ankr = target.ankr_token;
    let existing_deposit = target.network.and_then(Network::deposit_contract);
    // What is reused must be there: a public network's deposit contract and token are never replaced by
    // mocks, so an endpoint without them is not the network it claims to be.
    for (what, address) in [("beacon deposit contract", existing_deposit), ("ANKR token", existing_ankr)] {
        let Some(address) = address else { continue };
        let code =
            chain.provider.get_code_at(address).await.map_err(|e| crate::chain::transport_error(&chain.url, &e))?;
        if code.is_empty() {
            let claimed = target.network.map_or_else(|| format!("chain {}", chain.chain_id), |n| n.to_string());
            return Err(Error::InvalidInput(format!(
                "the {what} {address} has no code at {}, so it is not {claimed} as stkr knows it; check --rpc-url",
                chain.url
            )));
        }
    }
    if !target.devnet && (existing_ankr.is_none() || existing_deposit.is_none()) {
        return Err(Error::InvalidInput(
            "a public network needs its real ANKR token and deposit contract; stkr creates mocks on a devnet only"
                .into(),
        ));
    }
    let canonical_multicall = !chain
        .provider
        .get_code_at(MULTICALL3)
        .await
        .map_err(|e| crate::chain::transport_error(&chain.url, &e))?
        .is_empty();
    let nonce = chain
        .provider
        .get_transaction_count(deployer)
        .pending()
        .await
        .map_err(|e| crate::chain::transport_error(&chain.url, &e))?;
    let mut planner = Planner { deployer, nonce, plan: Vec::new() };
    let mut contracts = Contracts {
        ankr_token: existing_ankr.unwrap_or_default(),
        parameters: Address::ZERO,
        aeth: Address::ZERO,
        multicall3: MULTICALL3,
        deposit_contract: existing_deposit.unwrap_or_default(),
        deposit_guard: Address::ZERO,
        provider_registry: Address::ZERO,
        insurance_pool: Address::ZERO,
        reward_pool: Address::ZERO,
        micro_pool: Address::ZERO,
        node_registry: Address::ZERO,
        marketplace: Address::ZERO,
        staker_rewards: Address::ZERO,
        governance: None,
    };
    if existing_ankr.is_none() {
        let args = AnkrToken::constructorCall { owner_: deployer }.abi_encode();
        contracts.ankr_token = planner.create("AnkrToken", &AnkrToken::BYTECODE, args);
    }
    let args = Parameters::constructorCall { governance_: deployer }.abi_encode();
    contracts.parameters = planner.create("Parameters", &Parameters::BYTECODE, args);
    if !canonical_multicall {
        contracts.multicall3 = planner.create("Multicall3", &Multicall3::BYTECODE, Vec::new());
    }
    if existing_deposit.is_none() {
        contracts.deposit_contract = planner.create("DepositContract", &DepositContract::BYTECODE, Vec::new());
    }
    plan_protocol(&mut planner, &mut contracts);
    let governance = plan_governance(&mut planner, &mut contracts, governors);
    Ok(Creations { plan: planner.plan, governance, contracts })
}

/// The protocol's own contracts, after the tokens, parameters and deposit contract they take. The deposit
/// guard comes first, so MicroPool's constructor can take its address.
fn plan_protocol(planner: &mut Planner, contracts: &mut Contracts) {
    let (params_, ankr_) = (contracts.parameters, contracts.ankr_token);
    let args = DepositGuard::constructorCall { params_, depositContract_: contracts.deposit_contract }.abi_encode();
    contracts.deposit_guard = planner.create("DepositGuard", &DepositGuard::BYTECODE, args);
    let args = ProviderRegistry::constructorCall { params_, ankr_ }.abi_encode();
    contracts.provider_registry = planner.create("ProviderRegistry", &ProviderRegistry::BYTECODE, args);
    let args = InsurancePool::constructorCall { params_, ankr_ }.abi_encode();
    contracts.insurance_pool = planner.create("InsurancePool", &InsurancePool::BYTECODE, args);
    let args = RewardPool::constructorCall { params_, ankr_ }.abi_encode();
    contracts.reward_pool = planner.create("RewardPool", &RewardPool::BYTECODE, args);
    let args = MicroPool::constructorCall {
        params_,
        registry_: contracts.provider_registry,
        ankr_,
        depositContract_: contracts.deposit_contract,
        depositGuard_: contracts.deposit_guard,
        insurancePool_: contracts.insurance_pool,
        rewardPool_: contracts.reward_pool,
    }
    .abi_encode();
    contracts.micro_pool = planner.create("MicroPool", &MicroPool::BYTECODE, args);
    // MicroPool creates aETH, its only minter, as its first contract.
    contracts.aeth = crate::pool::aeth_of(contracts.micro_pool);
    let args = NodeRegistry::constructorCall {
        params_,
        registry_: contracts.provider_registry,
        ankr_,
        rewardPool_: contracts.reward_pool,
    }
    .abi_encode();
    contracts.node_registry = planner.create("NodeRegistry", &NodeRegistry::BYTECODE, args);
    let args = Marketplace::constructorCall {
        params_,
        registry_: contracts.provider_registry,
        ankr_,
        rewardPool_: contracts.reward_pool,
        insurancePool_: contracts.insurance_pool,
    }
    .abi_encode();
    contracts.marketplace = planner.create("Marketplace", &Marketplace::BYTECODE, args);
    let args = StakerRewards::constructorCall { rewardPool_: contracts.reward_pool, ankr_ }.abi_encode();
    contracts.staker_rewards = planner.create("StakerRewards", &StakerRewards::BYTECODE, args);
}

/// Governance's creation, when there are invited governors. Its constructor reads Parameters, so it can
/// only be simulated once that exists: it goes right after the plan, at the next nonce.
fn plan_governance(
    planner: &mut Planner,
    contracts: &mut Contracts,
    governors: &[Address],
) -> Option<(Address, TransactionRequest)> {
    if governors.is_empty() {
        return None;
    }
    let address = planner.next_address();
    contracts.governance = Some(address);
    let args = Governance::constructorCall {
        params_: contracts.parameters,
        ankr_: contracts.ankr_token,
        delegation_: contracts.node_registry,
        slashRecipient_: contracts.insurance_pool,
        rewardPool_: contracts.reward_pool,
        invited: governors.to_vec(),
    }
    .abi_encode();
    Some((address, creation(&Governance::BYTECODE, args)))
}

/// Send the confirmed creations, each checked to land where the plan put it; the first one's block.
async fn send_creations(
    tx: &Transactor<'_>,
    plan: &[(&'static str, Address, TransactionRequest)],
    prepared: Vec<Prepared>,
) -> Result<(u64, B256)> {
    let deployer = tx.from();
    let mut first_block: Option<(u64, B256)> = None;
    for ((name, expected, _), step) in plan.iter().zip(prepared) {
        let receipt = tx.submit(step).await?;
        let address = receipt
            .contract_address
            .ok_or_else(|| Error::Other(format!("the {name} deployment receipt names no contract")))?;
        if address != *expected {
            return Err(Error::Other(format!(
                "{name} landed at {address}, not {expected}: another transaction from {deployer} interleaved; deploy from an account used for nothing else"
            )));
        }
        if first_block.is_none() {
            first_block = Some((receipt.block_number.unwrap_or_default(), receipt.block_hash.unwrap_or_default()));
        }
    }
    Ok(first_block.unwrap_or_default())
}

/// Create Governance, checked to land at `expected`.
async fn deploy_governance(tx: &Transactor<'_>, expected: Address, request: TransactionRequest) -> Result<()> {
    let step = tx.prepare("deploy Governance", request).await?;
    let receipt = tx.submit(step).await?;
    if receipt.contract_address != Some(expected) {
        return Err(Error::Other(format!(
            "Governance landed at {:?}, not {expected}: another transaction from {} interleaved",
            receipt.contract_address,
            tx.from()
        )));
    }
    Ok(())
}

/// Wire the contracts together, in the order that makes the protocol usable; each step is simulated
/// before it is sent.
async fn wire(tx: &Transactor<'_>, contracts: &Contracts) -> Result<()> {
    let provider = &tx.chain().provider;
    let registry = ProviderRegistry::new(contracts.provider_registry, provider);
    let mut wiring = vec![(
        WIRING[0],
        InsurancePool::new(contracts.insurance_pool, provider)
            .wire(contracts.micro_pool, contracts.reward_pool)
            .into_transaction_request(),
    )];
    wiring.push((
        WIRING[4],
        RewardPool::new(contracts.reward_pool, provider)
            .wire(
                contracts.governance.unwrap_or_default(),
                contracts.staker_rewards,
                contracts.node_registry,
                tx.from(),
            )
            .into_transaction_request(),
    ));
    let protocol = [contracts.micro_pool, contracts.node_registry, contracts.marketplace];
    for (label, address) in WIRING[1..4].iter().zip(protocol) {
        wiring.push((*label, registry.setProtocolContract(address, true).into_transaction_request()));
    }
    for (label, request) in wiring {
        let step = tx.prepare(label.to_string(), request).await?;
        tx.submit(step).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_devnet_or_a_flag_that_says_so_leaves_governance_with_one_key() {
        let three = [Address::repeat_byte(1), Address::repeat_byte(2), Address::repeat_byte(3)];
        assert!(check_governance_plan(Some(Network::Devnet), &[], false).is_ok());
        assert!(check_governance_plan(Some(Network::Hoodi), &three, false).is_ok());
        assert!(check_governance_plan(None, &[], true).is_ok());
        let refused = check_governance_plan(None, &[], false).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(refused.contains("--single-key-governance"), "{refused}");
        assert!(check_governance_plan(Some(Network::Mainnet), &three[..2], true).is_err());
        assert!(check_hand_over(2).is_err_and(|e| e.to_string().starts_with("2 of the 3 invited governors")));
        assert!(check_hand_over(3).is_ok());
    }
}
