//! Contract bindings generated from the forge artifacts checked in under `core/artifacts/`
//! (regenerate with `make generate`). Each carries its bytecode, so `X::deploy` works offline; each lives
//! in its own module because the artifacts share interface types (`IParameters`).

#![allow(missing_docs, unreachable_pub, clippy::too_many_arguments)]

pub mod ankr_token {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        AnkrToken,
        "artifacts/AnkrToken.json"
    );
}
pub use ankr_token::AnkrToken;

pub mod aeth {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        AETH,
        "artifacts/AETH.json"
    );
}
pub use aeth::AETH;

pub mod parameters {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        Parameters,
        "artifacts/Parameters.json"
    );
}
pub use parameters::Parameters;

pub mod multicall3 {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        Multicall3,
        "artifacts/Multicall3.json"
    );
}
pub use multicall3::Multicall3;

pub mod deposit_contract {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        DepositContract,
        "artifacts/DepositContract.json"
    );
}
pub use deposit_contract::DepositContract;

pub mod deposit_guard {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        DepositGuard,
        "artifacts/DepositGuard.json"
    );
}
pub use deposit_guard::{DepositGuard, IDepositGuard};

pub mod provider_registry {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        ProviderRegistry,
        "artifacts/ProviderRegistry.json"
    );
}
pub use provider_registry::ProviderRegistry;

pub mod insurance_pool {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        InsurancePool,
        "artifacts/InsurancePool.json"
    );
}
pub use insurance_pool::InsurancePool;

pub mod reward_pool {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        RewardPool,
        "artifacts/RewardPool.json"
    );
}
pub use reward_pool::RewardPool;

pub mod micro_pool {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        MicroPool,
        "artifacts/MicroPool.json"
    );
}
pub use micro_pool::{IMicroPool, MicroPool};

pub mod node_registry {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        NodeRegistry,
        "artifacts/NodeRegistry.json"
    );
}
pub use node_registry::{INodeRegistry, NodeRegistry};

pub mod marketplace {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        Marketplace,
        "artifacts/Marketplace.json"
    );
}
pub use marketplace::{IMarketplace, Marketplace};

pub mod governance {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        Governance,
        "artifacts/Governance.json"
    );
}
pub use governance::{Governance, IGovernance};

pub mod staker_rewards {
    alloy::sol!(
        #[sol(rpc)]
        #[derive(Debug)]
        StakerRewards,
        "artifacts/StakerRewards.json"
    );
}
pub use staker_rewards::StakerRewards;
