//! The devnet's demo actors: two qualified providers, an active micro-pool with three stakers and a
//! pending one with room left, all made with real transactions from the dev accounts.

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
};
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{
    bindings::{AnkrToken, Governance, MicroPool, ProviderRegistry, provider_registry::IProviderRegistry::Capacity},
    chain::{self, Chain},
    deploy::Deployment,
    network::{Network, dev_accounts},
    output::Output,
    tx::Transactor,
    units::format_amount,
};

const ETHER: u128 = 1_000_000_000_000_000_000;
const POOL_DURATION: u64 = 30 * 86_400;
/// `IParameters.TrustLevel` values.
const TRUST_UNTRUSTED: u8 = 0;
const TRUST_SEMI_TRUSTED: u8 = 1;

/// A demo provider.
#[derive(Debug, Serialize)]
pub struct DemoProvider {
    /// Brand name.
    pub brand: &'static str,
    /// Its dev account.
    pub address: Address,
    /// Trust level given by governance.
    pub trust: &'static str,
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
    /// pending or active.
    pub status: &'static str,
    /// ETH in the pool, in whole ETH.
    pub total_eth: String,
    /// How many stakers it has.
    pub stakers: usize,
}

/// What `--demo` set up.
#[derive(Debug, Serialize)]
pub struct Demo {
    /// The providers.
    pub providers: Vec<DemoProvider>,
    /// The pools.
    pub pools: Vec<DemoPool>,
}

fn eth(whole: u128) -> U256 {
    U256::from(whole * ETHER)
}

/// A demo pool to create: its provider's dev account and ETH, its stakers' dev accounts and ETH.
struct PoolPlan {
    provider: usize,
    provider_eth: u128,
    stakes: &'static [(usize, u128)],
    activate: bool,
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
        let tx = Transactor::new(&self.chain, self.address, out, true);
        let prepared = tx.prepare(label, request).await?;
        tx.submit(prepared).await?;
        Ok(())
    }
}

/// Populate the freshly deployed devnet at `url` with the demo actors.
pub async fn populate(url: &str, deployment: &Deployment, out: &Output) -> Result<Demo> {
    let c = &deployment.contracts;
    let governance = Actor::new(url, 0).await?;
    let now = governance
        .chain
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(|e| chain::transport_error(url, &e))?
        .map(|b| b.header.timestamp)
        .unwrap_or_default();
    let end_time = alloy::primitives::Uint::<40, 1>::from(now + POOL_DURATION);

    let offers = [
        (1usize, "Aurora Nodes", 20_000u128, 200_000u128, TRUST_SEMI_TRUSTED, "semi-trusted"),
        (2, "Basalt Staking", 25_000, 150_000, TRUST_UNTRUSTED, "untrusted"),
    ];
    let mut providers = Vec::new();
    for (index, brand, price, collateral, trust, trust_name) in offers {
        let actor = Actor::new(url, index).await?;
        let registry = ProviderRegistry::new(c.provider_registry, &actor.chain.provider);
        let ankr = AnkrToken::new(c.ankr_token, &actor.chain.provider);
        let capacity = Capacity { cpuCores: 16, ramGb: 64, storageGb: 4_000, bandwidthMbps: 1_000 };
        actor
            .send(
                out,
                format!("{brand}: register"),
                registry.register(brand.to_string(), eth(price).to::<u128>(), capacity, 4).into_transaction_request(),
            )
            .await?;
        actor
            .send(
                out,
                format!("{brand}: approve collateral"),
                ankr.approve(c.provider_registry, U256::MAX).into_transaction_request(),
            )
            .await?;
        actor
            .send(
                out,
                format!("{brand}: deposit {collateral} ANKR collateral"),
                registry.depositCollateral(eth(collateral).to::<u128>()).into_transaction_request(),
            )
            .await?;
        let qualify = ProviderRegistry::new(c.provider_registry, &governance.chain.provider)
            .qualify(actor.address, trust)
            .into_transaction_request();
        governance.send(out, format!("governance: qualify {brand} as {trust_name}"), qualify).await?;
        providers.push(DemoProvider {
            brand,
            address: actor.address,
            trust: trust_name,
            collateral_ankr: format_amount(eth(collateral)),
        });
    }

    // Pool 1: k = 8 ETH from Aurora, 4 + 8 + 12 ETH from three stakers, activated.
    // Pool 2: k = 16 ETH from Basalt, 3 + 5 ETH staked, 8 ETH of room left.
    let plans = [
        PoolPlan { provider: 1, provider_eth: 8, stakes: &[(3, 4), (4, 8), (5, 12)], activate: true },
        PoolPlan { provider: 2, provider_eth: 16, stakes: &[(6, 3), (7, 5)], activate: false },
    ];
    let mut pools = Vec::new();
    for (pool_index, plan) in plans.into_iter().enumerate() {
        let PoolPlan { provider: provider_index, provider_eth: k, stakes, activate } = plan;
        let pool_id = pool_index as u64 + 1;
        let provider = Actor::new(url, provider_index).await?;
        let micro = MicroPool::new(c.micro_pool, &provider.chain.provider);
        provider
            .send(
                out,
                format!("pool {pool_id}: open with {k} ETH"),
                micro.openPool(end_time).value(eth(k)).into_transaction_request(),
            )
            .await?;
        for &(staker_index, amount) in stakes {
            let staker = Actor::new(url, staker_index).await?;
            let ankr = AnkrToken::new(c.ankr_token, &staker.chain.provider);
            staker
                .send(
                    out,
                    format!("staker {staker_index}: approve fees"),
                    ankr.approve(c.micro_pool, U256::MAX).into_transaction_request(),
                )
                .await?;
            let stake = MicroPool::new(c.micro_pool, &staker.chain.provider)
                .stake(U256::from(pool_id))
                .value(eth(amount))
                .into_transaction_request();
            staker.send(out, format!("staker {staker_index}: stake {amount} ETH in pool {pool_id}"), stake).await?;
        }
        if activate {
            // The pool's devnet validator key signs real deposit data (see `stkr devnet deposit-data`).
            let deposit = crate::validator::devnet_deposit(pool_id, c.micro_pool)?;
            let bytes = |hex: &str| alloy::hex::decode(hex).wrap_err("devnet deposit data is hex");
            let request = micro
                .activate(
                    U256::from(pool_id),
                    bytes(&deposit.pubkey)?.into(),
                    bytes(&deposit.signature)?.into(),
                    deposit.deposit_data_root.parse().wrap_err("a deposit data root")?,
                )
                .into_transaction_request();
            provider.send(out, format!("pool {pool_id}: activate the validator"), request).await?;
        }
        let total: u128 = k + stakes.iter().map(|(_, a)| a).sum::<u128>();
        pools.push(DemoPool {
            id: pool_id,
            provider: provider.address,
            status: if activate { "active" } else { "pending" },
            total_eth: total.to_string(),
            stakers: stakes.len(),
        });
    }
    Ok(Demo { providers, pools })
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
