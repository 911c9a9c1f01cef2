//! Every provider: its address by registry index in the second round trip, then its record, score and
//! required collateral in the third.

use alloy::primitives::{Address, U256};
use stkr_core::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::ProviderRegistry,
    codes::{ProviderStatus, TrustLevel},
    deploy::Contracts,
};

use crate::data::{Provider, Score};

/// Each provider's address, by registry index.
pub(super) struct AddressSlots(Vec<Slot<ProviderRegistry::providerAtCall>>);

impl AddressSlots {
    pub(super) fn add(batch: &mut Batch, c: &Contracts, count: u64) -> Self {
        Self(
            (0..count)
                .map(|i| batch.add(c.provider_registry, ProviderRegistry::providerAtCall { index: U256::from(i) }))
                .collect(),
        )
    }

    pub(super) fn read(self, r: &Answers) -> Result<Vec<Address>> {
        self.0.into_iter().map(|slot| r.get(slot)).collect()
    }
}

/// One provider's slots: its record, its reputation and the collateral its commitments require.
struct Record {
    address: Address,
    provider: Slot<ProviderRegistry::getProviderCall>,
    reputation: Slot<ProviderRegistry::reputationCall>,
    required: Slot<ProviderRegistry::requiredCollateralCall>,
}

/// Every provider's record slots.
pub(super) struct RecordSlots(Vec<Record>);

impl RecordSlots {
    pub(super) fn add(batch: &mut Batch, c: &Contracts, addresses: Vec<Address>) -> Self {
        let registry = c.provider_registry;
        Self(
            addresses
                .into_iter()
                .map(|provider| Record {
                    address: provider,
                    provider: batch.add(registry, ProviderRegistry::getProviderCall { provider }),
                    reputation: batch.add(registry, ProviderRegistry::reputationCall { provider }),
                    required: batch.add(registry, ProviderRegistry::requiredCollateralCall { provider }),
                })
                .collect(),
        )
    }

    pub(super) fn read(self, r: &Answers) -> Result<Vec<Provider>> {
        self.0.into_iter().map(|record| record.read(r)).collect()
    }
}

impl Record {
    fn read(self, r: &Answers) -> Result<Provider> {
        let p = r.get(self.provider)?;
        let rep = r.get(self.reputation)?;
        let part = |v: U256| v.saturating_to::<u64>();
        Ok(Provider {
            address: self.address,
            brand: p.brand,
            status: ProviderStatus::from(p.status),
            trust: TrustLevel::from(p.trust),
            collateral: U256::from(p.collateral),
            required_collateral: r.get(self.required)?,
            price: U256::from(p.price),
            max_nodes: p.maxNodes,
            active_nodes: p.activeNodes,
            failures: p.failures,
            uptime_bps: p.uptimeBps,
            score: Score {
                total: part(rep.score),
                stake: part(rep.stakePart),
                bid: part(rep.bidPart),
                running_time: part(rep.runningTimePart),
                uptime: part(rep.uptimePart),
            },
        })
    }
}
