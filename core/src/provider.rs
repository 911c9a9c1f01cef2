//! A provider's rules: what it offers against what a project needs, whether it is disqualified, how much
//! collateral it may deposit, how its reputation's parts average and where each part comes from.

use std::fmt;

use alloy::primitives::{Address, U256};
use serde::Serialize;

use crate::{
    Error,
    bindings::{IMarketplace, provider_registry::IProviderRegistry::Capacity},
    units::format_amount,
};

/// Resources per node: what a provider offers or a project needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Resources {
    /// CPU cores.
    pub cpu_cores: u32,
    /// RAM in GB.
    pub ram_gb: u32,
    /// Storage in GB.
    pub storage_gb: u32,
    /// Bandwidth in Mbit/s.
    pub bandwidth_mbps: u32,
}

impl Resources {
    /// Whether these resources meet `needs` in every dimension, as the marketplace's eligibility check
    /// counts them.
    pub fn covers(&self, needs: &Resources) -> bool {
        self.cpu_cores >= needs.cpu_cores
            && self.ram_gb >= needs.ram_gb
            && self.storage_gb >= needs.storage_gb
            && self.bandwidth_mbps >= needs.bandwidth_mbps
    }

    /// What is left of these resources once `used` is taken, never below zero in any dimension.
    pub fn minus(&self, used: &Resources) -> Resources {
        Resources {
            cpu_cores: self.cpu_cores.saturating_sub(used.cpu_cores),
            ram_gb: self.ram_gb.saturating_sub(used.ram_gb),
            storage_gb: self.storage_gb.saturating_sub(used.storage_gb),
            bandwidth_mbps: self.bandwidth_mbps.saturating_sub(used.bandwidth_mbps),
        }
    }
}

impl From<&Capacity> for Resources {
    fn from(c: &Capacity) -> Self {
        Self { cpu_cores: c.cpuCores, ram_gb: c.ramGb, storage_gb: c.storageGb, bandwidth_mbps: c.bandwidthMbps }
    }
}

impl From<&crate::bindings::marketplace::IProviderRegistry::Capacity> for Resources {
    fn from(c: &crate::bindings::marketplace::IProviderRegistry::Capacity) -> Self {
        Self { cpu_cores: c.cpuCores, ram_gb: c.ramGb, storage_gb: c.storageGb, bandwidth_mbps: c.bandwidthMbps }
    }
}

impl From<&IMarketplace::Resources> for Resources {
    fn from(r: &IMarketplace::Resources) -> Self {
        Self { cpu_cores: r.cpuCores, ram_gb: r.ramGb, storage_gb: r.storageGb, bandwidth_mbps: r.bandwidthMbps }
    }
}

impl fmt::Display for Resources {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} cores, {} GB RAM, {} GB storage, {} Mbit/s",
            self.cpu_cores, self.ram_gb, self.storage_gb, self.bandwidth_mbps
        )
    }
}

/// Whether a provider disqualified until `until` is still disqualified at chain time `now`.
pub fn is_disqualified(until: u64, now: u64) -> bool {
    until > now
}

/// Refuse a collateral deposit of `amount` the registry would refuse: the collateral may not pass
/// `p_max`, and `from` must hold the ANKR.
pub fn check_collateral_deposit(
    from: Address,
    collateral: U256,
    amount: U256,
    p_max: U256,
    balance: U256,
) -> Result<(), Error> {
    let total = collateral.saturating_add(amount);
    if total > p_max {
        return Err(Error::Simulation(format!(
            "collateral may be at most p-max, {} ANKR, not {} ANKR",
            format_amount(p_max),
            format_amount(total)
        )));
    }
    if balance < amount {
        return Err(Error::Simulation(format!(
            "{from} holds {} ANKR but {} ANKR is needed",
            format_amount(balance),
            format_amount(amount)
        )));
    }
    Ok(())
}

/// The weighted mean of a reputation's parts `(value in bps, weight)`, before the failure penalty; 0
/// when no part weighs anything.
pub fn weighted_mean_bps(parts: &[(u64, u64)]) -> u64 {
    let weights: u64 = parts.iter().map(|(_, weight)| weight).sum();
    let weighted: u128 = parts.iter().map(|(value, weight)| u128::from(*value) * u128::from(*weight)).sum();
    if weights == 0 { 0 } else { u64::try_from(weighted / u128::from(weights)).unwrap_or(u64::MAX) }
}

/// Where the parts of a provider's reputation score (§3.1.1) come from, as the registry computes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreSources {
    /// Collateral held now.
    pub collateral: U256,
    /// The most collateral that counts (p-max).
    pub p_max: U256,
    /// Auctions won.
    pub wins: u64,
    /// The average price paid for them, in bps of their fixed prices.
    pub average_price_bps: u64,
    /// Finished nodes and pools.
    pub completed_nodes: u32,
    /// Their total running time, in seconds.
    pub total_running_time: u64,
    /// The longest pool duration, in seconds.
    pub max_pool_duration: u64,
}

impl ScoreSources {
    /// Whether the bid part weighs in the score: only once the provider won an auction, so having no
    /// record neither helps a newcomer nor pushes it under the threshold.
    pub fn bid_weighs(&self) -> bool {
        self.wins > 0
    }

    /// The stake part's source.
    pub fn stake(&self) -> String {
        format!(
            "collateral of {} ANKR against p-max, {} ANKR: more collateral, higher (an auction weighs the smaller of \
             the collateral at the end of its commit phase and at its last reveal)",
            format_amount(self.collateral),
            format_amount(self.p_max)
        )
    }

    /// The bid part's source.
    pub fn bid(&self) -> String {
        if !self.bid_weighs() {
            return "no auction won yet, so the bid part has no weight (the offer price is not scored)".into();
        }
        let bps = self.average_price_bps;
        format!(
            "{} auction{} won at an average of {}.{:02} % of their fixed prices: cheaper wins, higher",
            self.wins,
            if self.wins == 1 { "" } else { "s" },
            bps / 100,
            bps % 100
        )
    }

    /// The running-time part's source.
    pub fn running_time(&self) -> String {
        if self.completed_nodes == 0 {
            return "no finished node or pool yet, so nothing to average".into();
        }
        format!(
            "average running time of {} finished nodes and pools, {}, against the longest pool duration, {}",
            self.completed_nodes,
            crate::params::display_duration(self.total_running_time / u64::from(self.completed_nodes)),
            crate::params::display_duration(self.max_pool_duration)
        )
    }

    /// The uptime part's source.
    pub fn uptime(&self) -> &'static str {
        "its nodes' periods decided up by a majority of their auditors, of those decided (100 % until decided)"
    }
}

/// The wallet side of a collateral deposit: the provider's record, its ANKR, the registry's allowance, p-max.
#[derive(Debug, Clone)]
pub struct CollateralWallet {
    /// The provider's record in the registry.
    pub provider: crate::bindings::provider_registry::IProviderRegistry::Provider,
    /// Its ANKR.
    pub balance: U256,
    /// What the registry may take of it.
    pub allowance: U256,
    /// The most collateral a provider may hold.
    pub p_max: U256,
}

impl CollateralWallet {
    /// Read `from`'s collateral wallet in one round trip.
    pub async fn read(
        chain: &crate::chain::Chain,
        contracts: &crate::deploy::Contracts,
        from: Address,
    ) -> crate::Result<Self> {
        use crate::bindings::{AnkrToken, Parameters, ProviderRegistry};
        let (registry, ankr) = (contracts.provider_registry, contracts.ankr_token);
        let mut batch = crate::batch::Batch::new();
        let provider = batch.add(registry, ProviderRegistry::getProviderCall { provider: from });
        let balance = batch.add(ankr, AnkrToken::balanceOfCall { account: from });
        let allowance = batch.add(ankr, AnkrToken::allowanceCall { owner: from, spender: registry });
        let params = batch.add(contracts.parameters, Parameters::getAllCall {});
        let answers = batch.run(chain, contracts.multicall3).await?;
        let params = answers.get(params)?;
        let p_max = crate::params::index_of("p-max").and_then(|i| params.get(i).copied()).ok_or_else(|| {
            Error::Other("the Parameters contract has no p-max; use the stkr version that deployed it".into())
        })?;
        Ok(Self {
            provider: answers.get(provider)?,
            balance: answers.get(balance)?,
            allowance: answers.get(allowance)?,
            p_max,
        })
    }

    /// The collateral held now.
    pub fn collateral(&self) -> U256 {
        U256::from(self.provider.collateral)
    }

    /// Refuse a deposit of `amount` the chain would refuse, before anything is sent.
    pub fn check_deposit(&self, from: Address, amount: U256) -> Result<(), Error> {
        check_collateral_deposit(from, self.collateral(), amount, self.p_max, self.balance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_cover_in_every_dimension() {
        let offer = Resources { cpu_cores: 4, ram_gb: 8, storage_gb: 100, bandwidth_mbps: 10 };
        assert!(offer.covers(&Resources { cpu_cores: 4, ..Resources::default() }));
        assert!(!offer.covers(&Resources { bandwidth_mbps: 11, ..Resources::default() }));
    }

    #[test]
    fn deposits_stay_under_p_max_and_within_the_wallet() {
        let (p_max, hundred) = (U256::from(1_000), U256::from(100));
        assert!(check_collateral_deposit(Address::ZERO, U256::from(900), hundred, p_max, hundred).is_ok());
        assert!(check_collateral_deposit(Address::ZERO, U256::from(901), hundred, p_max, hundred).is_err());
        assert!(check_collateral_deposit(Address::ZERO, U256::ZERO, hundred, p_max, U256::from(99)).is_err());
    }

    #[test]
    fn the_bid_part_weighs_only_with_a_record() {
        let newcomer = ScoreSources {
            collateral: U256::ZERO,
            p_max: U256::from(1),
            wins: 0,
            average_price_bps: 0,
            completed_nodes: 0,
            total_running_time: 0,
            max_pool_duration: 1,
        };
        assert!(!newcomer.bid_weighs() && newcomer.bid().contains("no auction won yet"));
        let winner = ScoreSources { wins: 2, average_price_bps: 6_000, ..newcomer };
        assert!(winner.bid_weighs() && winner.bid().contains("2 auctions won at an average of 60.00 %"));
    }

    #[test]
    fn means_weigh_their_parts() {
        assert_eq!(weighted_mean_bps(&[(10_000, 1), (0, 1)]), 5_000);
        assert_eq!(weighted_mean_bps(&[(10_000, 0)]), 0);
        assert!(!is_disqualified(10, 10) && is_disqualified(11, 10));
    }
}
