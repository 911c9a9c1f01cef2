//! The devnet's demo actors — two qualified providers with three nodes, pools in every state, ANKR on
//! sidecars and a project in its auction — all made with real transactions from the dev accounts.

use super::guardians::{DEMO_QUORUM, DemoGuardian};
use crate::output::{Output, Terminal};
use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{
    bindings::{
        AETH, AnkrToken, DepositGuard, Governance, IMarketplace, Marketplace, MicroPool, NodeRegistry,
        ProviderRegistry, node_registry::IProviderRegistry::Capacity as NodeCapacity,
        provider_registry::IProviderRegistry::Capacity,
    },
    chain::{self, Chain},
    codes::{PoolStatus, TrustLevel},
    deploy::Deployment,
    guardian,
    network::{Network, dev_accounts},
    pool,
    tx::Transactor,
    units::format_amount,
};

const ETHER: u128 = 1_000_000_000_000_000_000;
const POOL_DURATION: u64 = 30 * 86_400;

/// A demo provider.
#[derive(Debug, Serialize)]
pub struct DemoProvider {
    /// Brand name.
    pub brand: &'static str,
    /// Its dev account.
    pub address: Address,
    /// Trust level given by governance.
    pub trust: TrustLevel,
    /// ANKR collateral, in whole ANKR.
    pub collateral_ankr: String,
}

/// A demo pool.
#[derive(Debug, Serialize)]
pub struct DemoPool {
    /// Pool id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// pending, active, completed, cancelled or migrated.
    pub status: PoolStatus,
    /// ETH in the pool, in whole ETH.
    pub total_eth: String,
    /// How many stakers it has.
    pub stakers: usize,
    #[serde(skip)]
    provider_eth: u128,
    #[serde(skip)]
    staked_eth: u128,
}

/// A demo node and its sidecar.
#[derive(Debug, Serialize)]
pub struct DemoNode {
    /// Node id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// The address its sidecar reports from.
    pub sidecar: Address,
    /// Where auditors probe the sidecar.
    pub probe_url: String,
}

/// ANKR a demo account staked on a sidecar.
#[derive(Debug, Serialize)]
pub struct DemoSidecarStake {
    /// The staker.
    pub staker: Address,
    /// The node whose sidecar it backs.
    pub node: u64,
    /// Whole ANKR.
    pub ankr: String,
}

/// The demo project in its auction.
#[derive(Debug, Serialize)]
pub struct DemoProject {
    /// Project id.
    pub id: u64,
    /// Who submitted and paid for it.
    pub requester: Address,
    /// Its fixed price, in whole ANKR.
    pub fixed_price_ankr: String,
    /// How long it runs.
    pub days: u32,
}

/// What `--demo` set up.
#[derive(Debug, Serialize)]
pub struct Demo {
    /// The providers.
    pub providers: Vec<DemoProvider>,
    /// Their nodes.
    pub nodes: Vec<DemoNode>,
    /// The pools.
    pub pools: Vec<DemoPool>,
    /// ANKR staked on sidecars.
    pub sidecar_stakes: Vec<DemoSidecarStake>,
    /// A project whose auction is open.
    pub project: DemoProject,
}

fn eth(whole: u128) -> U256 {
    U256::from(whole * ETHER)
}

/// A demo pool to create: its provider's dev account and ETH, its stakers' dev accounts and ETH.
struct PoolPlan {
    provider: usize,
    provider_eth: u128,
    stakes: &'static [(usize, u128)],
    end: alloy::primitives::Uint<40, 1>,
    fate: Fate,
}

/// Where a demo pool is left.
#[derive(Clone, Copy)]
enum Fate {
    Pending,
    /// Left pending, then its stakers moved into pool `into` by governance.
    Migrated {
        into: u64,
    },
    Active,
    Completed,
    Cancelled,
}

impl Fate {
    /// The pool's status once its fate is met.
    fn status(self) -> PoolStatus {
        match self {
            Self::Pending => PoolStatus::Pending,
            Self::Active => PoolStatus::Active,
            Self::Completed => PoolStatus::Completed,
            Self::Cancelled => PoolStatus::Cancelled,
            Self::Migrated { .. } => PoolStatus::Migrated,
        }
    }
}

/// A dev account able to send transactions without asking.
struct Actor {
    chain: Chain,
    address: Address,
}

impl Actor {
    async fn new(url: &str, index: usize) -> Result<Self> {
        let signer: PrivateKeySigner = dev_accounts::KEYS[index].parse().wrap_err("a dev account key")?;
        let address = signer.address();
        Ok(Self { chain: chain::connect(url, Some(signer), Some(Network::Devnet)).await?, address })
    }

    async fn send(&self, out: &Output, label: String, request: TransactionRequest) -> Result<()> {
        let terminal = Terminal::new(out.clone(), true);
        let tx = Transactor::new(&self.chain, self.address, &terminal);
        let prepared = tx.prepare(label, request).await?;
        tx.submit(prepared).await?;
        Ok(())
    }

    /// The latest block's timestamp.
    async fn now(&self) -> Result<u64> {
        let block = self
            .chain
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .map_err(|e| chain::transport_error(&self.chain.url, &e))?;
        Ok(block.map(|b| b.header.timestamp).unwrap_or_default())
    }

    /// Move the devnet clock `seconds` forward (the next block is that much later).
    async fn advance(&self, seconds: u64) -> Result<()> {
        let _: serde_json::Value = self
            .chain
            .provider
            .raw_request("evm_increaseTime".into(), (seconds,))
            .await
            .map_err(|e| chain::transport_error(&self.chain.url, &e))?;
        Ok(())
    }

    /// Credit `amount` to `to` out of thin air, as validator withdrawals arrive on the devnet.
    async fn credit(&self, to: Address, amount: U256) -> Result<()> {
        let rpc = |e| chain::transport_error(&self.chain.url, &e);
        let balance = self.chain.provider.get_balance(to).await.map_err(rpc)?;
        let _: serde_json::Value =
            self.chain.provider.raw_request("anvil_setBalance".into(), (to, balance + amount)).await.map_err(rpc)?;
        Ok(())
    }
}

/// The demo nodes: (id, provider's dev account). Ids follow registration order.
const NODES: [(u64, usize); 3] = [(1, 1), (2, 1), (3, 2)];
/// The demo's ANKR stakes on sidecars: (staker's dev account, node, whole ANKR).
const SIDECAR_STAKES: [(usize, u64, u128); 2] = [(3, 1, 5_000), (7, 3, 2_500)];
/// ETH each demo sidecar gets for its reports' gas.
const SIDECAR_GAS_ETH: u128 = 100;
/// What the completed demo pool's validator returned: 32 ETH and 0.64 ETH of rewards.
const COMPLETED_RETURN_GWEI: u128 = 32_640_000_000;

/// The key of the demo sidecar of `node`: derived from the node id so every devnet has the same ones
/// (public knowledge, like anvil's dev keys: for the devnet only).
pub fn sidecar_signer(node: u64) -> Result<PrivateKeySigner> {
    let key = alloy::primitives::keccak256(format!("stkr devnet sidecar {node}"));
    PrivateKeySigner::from_bytes(&key).wrap_err("a demo sidecar key")
}

/// Populate the freshly deployed devnet at `url` with the demo actors.
pub async fn populate(
    url: &str,
    deployment: &Deployment,
    out: &Output,
    interop: bool,
    guardians: &[DemoGuardian],
) -> Result<Demo> {
    let governance = Actor::new(url, 0).await?;
    seat_guardians(url, deployment, out, guardians).await?;
    let providers = qualify_providers(url, deployment, &governance, out).await?;
    let nodes = register_nodes(url, deployment, &governance, out).await?;
    let pools = make_pools(url, deployment, &governance, out, interop).await?;
    let sidecar_stakes = stake_on_sidecars(url, deployment, out).await?;
    let project = submit_project(url, deployment, out).await?;
    Ok(Demo { providers, nodes, pools, sidecar_stakes, project })
}

/// Aurora and Basalt register, deposit collateral and are qualified by governance.
async fn qualify_providers(
    url: &str,
    deployment: &Deployment,
    governance: &Actor,
    out: &Output,
) -> Result<Vec<DemoProvider>> {
    let c = &deployment.contracts;
    let offers = [
        (1usize, "Aurora Nodes", 20_000u128, 200_000u128, TrustLevel::SemiTrusted),
        (2, "Basalt Staking", 25_000, 150_000, TrustLevel::Untrusted),
    ];
    let mut providers = Vec::new();
    for (index, brand, price, collateral, trust) in offers {
        let actor = Actor::new(url, index).await?;
        let registry = ProviderRegistry::new(c.provider_registry, &actor.chain.provider);
        let ankr = AnkrToken::new(c.ankr_token, &actor.chain.provider);
        let register =
            registry.register(brand.to_string(), eth(price).to::<u128>(), capacity(), 4).into_transaction_request();
        actor.send(out, format!("{brand}: register"), register).await?;
        let approve = ankr.approve(c.provider_registry, U256::MAX).into_transaction_request();
        actor.send(out, format!("{brand}: approve collateral"), approve).await?;
        let deposit = registry.depositCollateral(eth(collateral).to::<u128>()).into_transaction_request();
        actor.send(out, format!("{brand}: deposit {collateral} ANKR collateral"), deposit).await?;
        let qualify = ProviderRegistry::new(c.provider_registry, &governance.chain.provider)
            .qualify(actor.address, trust.code())
            .into_transaction_request();
        governance.send(out, format!("governance: qualify {brand} as {trust}"), qualify).await?;
        providers.push(DemoProvider {
            brand,
            address: actor.address,
            trust,
            collateral_ankr: format_amount(eth(collateral)),
        });
    }
    Ok(providers)
}

/// The demo pools, each taken to its planned state, then pool 5's stakers moved into pool 6.
async fn make_pools(
    url: &str,
    deployment: &Deployment,
    governance: &Actor,
    out: &Output,
    interop: bool,
) -> Result<Vec<DemoPool>> {
    let now = governance.now().await?;
    let end_time = alloy::primitives::Uint::<40, 1>::from(now + POOL_DURATION);
    // Pool 1: k = 8 ETH from Aurora, 4 + 8 + 12 ETH from three stakers, activated.
    // Pool 2: k = 16 ETH from Basalt, 3 + 5 ETH staked, 8 ETH of room left.
    // Pool 3: Aurora again, full and activated for one day, then settled with 0.64 ETH of rewards.
    // Pool 4: Basalt, 2 ETH staked, cancelled by its provider: the staker may take the ETH back.
    let short_end = alloy::primitives::Uint::<40, 1>::from(now + 86_400);
    let plans = [
        PoolPlan {
            provider: 1,
            provider_eth: 8,
            stakes: &[(3, 4), (4, 8), (5, 12)],
            end: end_time,
            fate: Fate::Active,
        },
        PoolPlan { provider: 2, provider_eth: 16, stakes: &[(6, 3), (7, 5)], end: end_time, fate: Fate::Pending },
        PoolPlan { provider: 1, provider_eth: 8, stakes: &[(4, 12), (5, 12)], end: short_end, fate: Fate::Completed },
        PoolPlan { provider: 2, provider_eth: 16, stakes: &[(7, 2)], end: end_time, fate: Fate::Cancelled },
        PoolPlan { provider: 2, provider_eth: 16, stakes: &[(6, 1)], end: end_time, fate: Fate::Migrated { into: 6 } },
        PoolPlan { provider: 1, provider_eth: 8, stakes: &[], end: end_time, fate: Fate::Pending },
    ];
    let mut pools = Vec::new();
    let mut migrations = Vec::new();
    for (pool_index, mut plan) in plans.into_iter().enumerate() {
        let pool_id = pool_index as u64 + 1;
        // With a beacon chain, anvil's clock must stay the wall clock: the beacon chain counts a deposit
        // only once its block is older than the voting period, by the beacon clock. So pool 3 is not
        // aged a day to be settled; it stays active until its end.
        if interop && matches!(plan.fate, Fate::Completed) {
            plan.fate = Fate::Active;
        }
        if let Fate::Migrated { into } = plan.fate {
            migrations.push((pool_id, into));
        }
        pools.push(make_pool(url, deployment, out, pool_id, plan, interop).await?);
    }
    // Pool 5's provider stopped before it filled: governance moves its staker into Aurora's pool 6.
    for (from, into) in migrations {
        migrate(deployment, governance, out, &mut pools, from, into).await?;
    }
    Ok(pools)
}

/// Governance moves the stakers of pool `from` into pool `into`, and the demo's record follows.
async fn migrate(
    deployment: &Deployment,
    governance: &Actor,
    out: &Output,
    pools: &mut [DemoPool],
    from: u64,
    into: u64,
) -> Result<()> {
    let migrate = MicroPool::new(deployment.contracts.micro_pool, &governance.chain.provider)
        .migrate(U256::from(from), U256::from(into))
        .into_transaction_request();
    governance.send(out, format!("governance: move the stakers of pool {from} into pool {into}"), migrate).await?;
    let moved = pools.iter().find(|p| p.id == from).map(|p| (p.stakers, p.staked_eth)).unwrap_or_default();
    if let Some(target) = pools.iter_mut().find(|p| p.id == into) {
        target.stakers += moved.0;
        target.staked_eth += moved.1;
        target.total_eth = (target.provider_eth + target.staked_eth).to_string();
    }
    if let Some(source) = pools.iter_mut().find(|p| p.id == from) {
        // Its provider's ETH went back as a refund, its stakers with their stakes.
        (source.stakers, source.staked_eth, source.total_eth) = (0, 0, "0".into());
    }
    Ok(())
}

/// The demo's ANKR staked on sidecars.
async fn stake_on_sidecars(url: &str, deployment: &Deployment, out: &Output) -> Result<Vec<DemoSidecarStake>> {
    let c = &deployment.contracts;
    let mut sidecar_stakes = Vec::new();
    for (staker_index, node, whole) in SIDECAR_STAKES {
        let staker = Actor::new(url, staker_index).await?;
        let ankr = AnkrToken::new(c.ankr_token, &staker.chain.provider);
        let approve = ankr.approve(c.node_registry, eth(whole)).into_transaction_request();
        staker.send(out, format!("staker {staker_index}: approve sidecar stake"), approve).await?;
        let stake = NodeRegistry::new(c.node_registry, &staker.chain.provider)
            .stakeOnSidecar(U256::from(node), eth(whole))
            .into_transaction_request();
        staker.send(out, format!("staker {staker_index}: stake {whole} ANKR on node {node}'s sidecar"), stake).await?;
        sidecar_stakes.push(DemoSidecarStake { staker: staker.address, node, ankr: whole.to_string() });
    }
    Ok(sidecar_stakes)
}

/// The demo providers' capacity (every node of theirs has the same).
fn capacity() -> Capacity {
    Capacity { cpuCores: 16, ramGb: 64, storageGb: 4_000, bandwidthMbps: 1_000 }
}

/// Aurora registers two nodes and Basalt one, each with its sidecar's address funded for gas.
async fn register_nodes(url: &str, deployment: &Deployment, funder: &Actor, out: &Output) -> Result<Vec<DemoNode>> {
    let mut nodes = Vec::new();
    for (node, provider_index) in NODES {
        let provider = Actor::new(url, provider_index).await?;
        let sidecar = sidecar_signer(node)?.address();
        let probe_url = format!("http://127.0.0.1:{}/status", super::daemons::free_port()?);
        let register = NodeRegistry::new(deployment.contracts.node_registry, &provider.chain.provider)
            .registerNode(
                sidecar,
                probe_url.clone(),
                NodeCapacity { cpuCores: 16, ramGb: 64, storageGb: 4_000, bandwidthMbps: 1_000 },
            )
            .into_transaction_request();
        provider.send(out, format!("node {node}: register with sidecar {sidecar}"), register).await?;
        let fund = TransactionRequest::default().to(sidecar).value(eth(SIDECAR_GAS_ETH));
        funder.send(out, format!("node {node}: fund its sidecar with {SIDECAR_GAS_ETH} ETH for gas"), fund).await?;
        nodes.push(DemoNode { id: node, provider: provider.address, sidecar, probe_url });
    }
    Ok(nodes)
}

/// Open one demo pool, stake into it and take it to its planned state.
async fn make_pool(
    url: &str,
    deployment: &Deployment,
    out: &Output,
    pool_id: u64,
    plan: PoolPlan,
    interop: bool,
) -> Result<DemoPool> {
    let c = &deployment.contracts;
    let PoolPlan { provider: provider_index, provider_eth: k, stakes, end, fate } = plan;
    let provider = Actor::new(url, provider_index).await?;
    let micro = MicroPool::new(c.micro_pool, &provider.chain.provider);
    provider
        .send(
            out,
            format!("pool {pool_id}: open with {k} ETH"),
            micro.openPool(end).value(eth(k)).into_transaction_request(),
        )
        .await?;
    for &(staker_index, amount) in stakes {
        stake_into(url, deployment, out, pool_id, staker_index, amount).await?;
    }
    if matches!(fate, Fate::Active | Fate::Completed) {
        activate(deployment, &provider, out, pool_id, interop).await?;
    }
    match fate {
        Fate::Completed => {
            let settler = Actor::new(url, 3).await?;
            settle(deployment, &settler, out, pool_id, end.to::<u64>()).await?;
            move_and_redeem(url, deployment, out).await?;
        }
        Fate::Cancelled => {
            let cancel = micro.cancel(U256::from(pool_id)).into_transaction_request();
            provider.send(out, format!("pool {pool_id}: cancelled by its provider"), cancel).await?;
        }
        Fate::Active | Fate::Pending | Fate::Migrated { .. } => {}
    }
    let staked: u128 = stakes.iter().map(|(_, a)| a).sum();
    Ok(DemoPool {
        id: pool_id,
        provider: provider.address,
        status: fate.status(),
        total_eth: (k + staked).to_string(),
        stakers: stakes.len(),
        provider_eth: k,
        staked_eth: staked,
    })
}

/// Staker `staker_index` approves the fees and stakes `amount` ETH in pool `pool_id`.
async fn stake_into(
    url: &str,
    deployment: &Deployment,
    out: &Output,
    pool_id: u64,
    staker_index: usize,
    amount: u128,
) -> Result<()> {
    let c = &deployment.contracts;
    let staker = Actor::new(url, staker_index).await?;
    let ankr = AnkrToken::new(c.ankr_token, &staker.chain.provider);
    let approve = ankr.approve(c.micro_pool, U256::MAX).into_transaction_request();
    staker.send(out, format!("staker {staker_index}: approve fees"), approve).await?;
    let stake = MicroPool::new(c.micro_pool, &staker.chain.provider)
        .stake(U256::from(pool_id))
        .value(eth(amount))
        .into_transaction_request();
    staker.send(out, format!("staker {staker_index}: stake {amount} ETH in pool {pool_id}"), stake).await?;
    Ok(())
}

/// The provider activates pool `pool_id` with its devnet validator's deposit.
async fn activate(deployment: &Deployment, provider: &Actor, out: &Output, pool_id: u64, interop: bool) -> Result<()> {
    let c = &deployment.contracts;
    // The pool's devnet validator key signs real deposit data (see `stkr devnet deposit-data`); with
    // a beacon dev chain, its interop validators 0 (pool 1) and 1 (pool 3) are the pools' validators.
    let deposit = if interop {
        crate::validator::interop_deposit(pool_id / 2, pool::vault_of(c.micro_pool, pool_id))?
    } else {
        crate::validator::devnet_deposit(pool_id, pool::vault_of(c.micro_pool, pool_id))?
    };
    let bytes = |hex: &str| alloy::hex::decode(hex).wrap_err("devnet deposit data is hex");
    let pubkey: [u8; 48] = bytes(&deposit.pubkey)?.as_slice().try_into().wrap_err("a 48-byte pubkey")?;
    let signature: [u8; 96] = bytes(&deposit.signature)?.as_slice().try_into().wrap_err("a 96-byte signature")?;
    let root = deposit.deposit_data_root.parse().wrap_err("a deposit data root")?;
    // The running guardians check the deposit and sign it, as for `stkr pool activate`.
    let attestation = guardian::collect(&provider.chain, c, pool_id, pubkey, signature, root).await?;
    let request = MicroPool::new(c.micro_pool, &provider.chain.provider)
        .activate(
            U256::from(pool_id),
            pubkey.to_vec().into(),
            signature.to_vec().into(),
            root,
            guardian::for_micro_pool(attestation),
        )
        .into_transaction_request();
    provider.send(out, format!("pool {pool_id}: activate the validator"), request).await?;
    Ok(())
}

/// Governance (the deployer, before the hand-over) seats the demo's running guardians at their URLs with a
/// quorum of two.
async fn seat_guardians(url: &str, deployment: &Deployment, out: &Output, guardians: &[DemoGuardian]) -> Result<()> {
    let governance = Actor::new(url, 0).await?;
    let guard = DepositGuard::new(deployment.contracts.deposit_guard, &governance.chain.provider);
    for guardian in guardians {
        let add = guard.addGuardian(guardian.address, guardian.url.clone()).into_transaction_request();
        governance
            .send(out, format!("governance: seat guardian {} at {}", guardian.address, guardian.url), add)
            .await?;
    }
    let quorum = guard.setQuorum(U256::from(DEMO_QUORUM)).into_transaction_request();
    governance
        .send(out, format!("governance: require {DEMO_QUORUM} of {} guardian attestations", guardians.len()), quorum)
        .await?;
    Ok(())
}

/// Pool `pool_id`'s time runs out at `end`, the validator's exit of 32.64 ETH reaches the pool's vault,
/// and a staker (not governance) settles it.
async fn settle(deployment: &Deployment, settler: &Actor, out: &Output, pool_id: u64, end: u64) -> Result<()> {
    let c = &deployment.contracts;
    let wait = end.saturating_sub(settler.now().await?) + 60;
    settler.advance(wait).await?;
    let returned = U256::from(COMPLETED_RETURN_GWEI) * U256::from(1_000_000_000u64);
    settler.credit(pool::vault_of(c.micro_pool, pool_id), returned).await?;
    let settle =
        MicroPool::new(c.micro_pool, &settler.chain.provider).settle(U256::from(pool_id)).into_transaction_request();
    settler.send(out, format!("anyone: settle pool {pool_id} from its vault's 32.64 ETH"), settle).await?;
    Ok(())
}

/// A staker of the settled pool sells 6 aETH to dev account 9, which redeems it for 6 ETH of principal.
async fn move_and_redeem(url: &str, deployment: &Deployment, out: &Output) -> Result<()> {
    let c = &deployment.contracts;
    let (seller, buyer) = (Actor::new(url, 5).await?, Actor::new(url, 9).await?);
    let amount = eth(6);
    let transfer = AETH::new(c.aeth, &seller.chain.provider).transfer(buyer.address, amount).into_transaction_request();
    seller.send(out, "staker 5: transfer 6 aETH to account 9".into(), transfer).await?;
    let redeem = MicroPool::new(c.micro_pool, &buyer.chain.provider).redeem(amount).into_transaction_request();
    buyer.send(out, "account 9: redeem 6 aETH for 6 ETH".into(), redeem).await?;
    Ok(())
}

/// A requester (dev account 6) submits a project, whose sealed-bid auction is then open for commits.
async fn submit_project(url: &str, deployment: &Deployment, out: &Output) -> Result<DemoProject> {
    let c = &deployment.contracts;
    let requester = Actor::new(url, 6).await?;
    let market = Marketplace::new(c.marketplace, &requester.chain.provider);
    let resources = IMarketplace::Resources { cpuCores: 8, ramGb: 32, storageGb: 1_000, bandwidthMbps: 200 };
    let days = 60u32;
    let fixed_price = market
        .quote(resources.clone(), U256::from(days))
        .call()
        .await
        .map_err(|e| eyre::eyre!("quoting the demo project: {e}"))?;
    let ankr = AnkrToken::new(c.ankr_token, &requester.chain.provider);
    requester
        .send(
            out,
            "requester 6: approve the fixed price".into(),
            ankr.approve(c.marketplace, fixed_price).into_transaction_request(),
        )
        .await?;
    requester
        .send(
            out,
            format!("requester 6: submit a {days}-day project"),
            market.submit(resources, days).into_transaction_request(),
        )
        .await?;
    Ok(DemoProject { id: 1, requester: requester.address, fixed_price_ankr: format_amount(fixed_price), days })
}

/// The invited dev accounts join the government, each staking the minimum ANKR.
pub async fn seat_governors(url: &str, deployment: &Deployment, governors: &[usize], out: &Output) -> Result<()> {
    let Some(governance) = deployment.contracts.governance else { return Ok(()) };
    for &index in governors {
        let actor = Actor::new(url, index).await?;
        let government = Governance::new(governance, &actor.chain.provider);
        let ankr = AnkrToken::new(deployment.contracts.ankr_token, &actor.chain.provider);
        let minimum = eth(100_000);
        actor
            .send(
                out,
                format!("governor {index}: approve stake"),
                ankr.approve(governance, minimum).into_transaction_request(),
            )
            .await?;
        actor
            .send(
                out,
                format!("governor {index}: join with 100000 ANKR"),
                government.acceptInvitation(minimum).into_transaction_request(),
            )
            .await?;
    }
    Ok(())
}
