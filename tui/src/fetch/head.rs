//! The first round trip: the block and its time, every count, the parameters, governance's head and the
//! followed account.

use alloy::primitives::Address;
use stkr_core::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::{Marketplace, MicroPool, Multicall3, NodeRegistry, Parameters, ProviderRegistry},
    deploy::Contracts,
    params::{PARAMS, display_value, index_of},
};

use super::{governance, me};
use crate::data::Me;

/// How many of each thing the contracts hold.
#[derive(Debug, Clone, Copy)]
pub(super) struct Counts {
    pub(super) pools: u64,
    pub(super) providers: u64,
    pub(super) nodes: u64,
    pub(super) projects: u64,
}

/// What the first round trip read.
pub(super) struct Head {
    pub(super) block: u64,
    pub(super) now: u64,
    pub(super) counts: Counts,
    /// Every parameter: name and value for people.
    pub(super) params: Vec<(String, String)>,
    /// The `auction-commit-period` parameter, for the projects' countdowns.
    pub(super) commit_period: u64,
    /// The auction tie band (`auction-tie-band`), in bps.
    pub(super) tie_band_bps: u64,
    pub(super) governance: Option<governance::Head>,
    pub(super) me: Option<Me>,
}

/// The first round trip's slots.
pub(super) struct Slots {
    block: Slot<Multicall3::getBlockNumberCall>,
    time: Slot<Multicall3::getCurrentBlockTimestampCall>,
    pools: Slot<MicroPool::poolCountCall>,
    providers: Slot<ProviderRegistry::providerCountCall>,
    nodes: Slot<NodeRegistry::nodeCountCall>,
    projects: Slot<Marketplace::projectCountCall>,
    params: Slot<Parameters::getAllCall>,
    governance: Option<governance::HeadSlots>,
    me: Option<me::Slots>,
}

impl Slots {
    pub(super) fn add(batch: &mut Batch, c: &Contracts, me: Option<Address>) -> Self {
        Self {
            block: batch.add(c.multicall3, Multicall3::getBlockNumberCall {}),
            time: batch.add(c.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
            pools: batch.add(c.micro_pool, MicroPool::poolCountCall {}),
            providers: batch.add(c.provider_registry, ProviderRegistry::providerCountCall {}),
            nodes: batch.add(c.node_registry, NodeRegistry::nodeCountCall {}),
            projects: batch.add(c.marketplace, Marketplace::projectCountCall {}),
            params: batch.add(c.parameters, Parameters::getAllCall {}),
            governance: c.governance.map(|g| governance::HeadSlots::add(batch, g)),
            me: me.map(|who| me::Slots::add(batch, c, who)),
        }
    }

    pub(super) fn read(self, r: &Answers) -> Result<Head> {
        let values = r.get(self.params)?;
        let value = |name: &str| {
            index_of(name).and_then(|i| values.get(i)).map(|v| v.saturating_to::<u64>()).unwrap_or_default()
        };
        let (commit_period, tie_band_bps) = (value("auction-commit-period"), value("auction-tie-band"));
        let params = PARAMS
            .iter()
            .zip(values.iter())
            .map(|(info, value)| (info.name.to_string(), display_value(info.unit, *value)))
            .collect();
        Ok(Head {
            block: r.get(self.block)?.saturating_to(),
            now: r.get(self.time)?.saturating_to(),
            counts: Counts {
                pools: r.get(self.pools)?.saturating_to(),
                providers: r.get(self.providers)?.saturating_to(),
                nodes: r.get(self.nodes)?.saturating_to(),
                projects: r.get(self.projects)?.saturating_to(),
            },
            params,
            commit_period,
            tie_band_bps,
            governance: self.governance.map(|g| g.read(r)).transpose()?,
            me: self.me.map(|m| m.read(r)).transpose()?,
        })
    }
}
