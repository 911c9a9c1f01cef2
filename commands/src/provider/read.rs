//! Reading providers: a record, the parameters beside it and the chain's time, in batched reads.

use alloy::primitives::{Address, U256};
use eyre::{Result, eyre};
use stkr_core::{
    Error,
    batch::{Answers, Batch, Slot},
    bindings::{Multicall3, Parameters, ProviderRegistry, provider_registry::IProviderRegistry::Provider},
    chain::Chain,
    codes::ProviderStatus,
    deploy::Contracts,
    params::index_of,
};

/// The governance parameter values, read with `getAll`.
pub(super) struct ParamValues(pub(super) Vec<U256>);

impl ParamValues {
    pub(super) fn get(&self, name: &str) -> Result<U256> {
        index_of(name)
            .and_then(|i| self.0.get(i).copied())
            .ok_or_else(|| eyre!("the Parameters contract has no {name}; use the stkr version that deployed it"))
    }
}

/// Everything read about one provider.
pub(super) struct Record {
    pub(super) address: Address,
    pub(super) provider: Provider,
    pub(super) score: ProviderRegistry::reputationReturn,
    pub(super) bids: ProviderRegistry::bidRecordReturn,
    pub(super) qualified: bool,
}

/// The slots of one provider's [`Record`] in a batch.
pub(super) struct RecordSlots {
    pub(super) address: Address,
    pub(super) provider: Slot<ProviderRegistry::getProviderCall>,
    pub(super) score: Slot<ProviderRegistry::reputationCall>,
    pub(super) bids: Slot<ProviderRegistry::bidRecordCall>,
    pub(super) qualified: Slot<ProviderRegistry::isQualifiedCall>,
}

impl RecordSlots {
    /// Queue the reads of `address`'s record.
    pub(super) fn add(batch: &mut Batch, registry: Address, address: Address) -> Self {
        Self {
            address,
            provider: batch.add(registry, ProviderRegistry::getProviderCall { provider: address }),
            score: batch.add(registry, ProviderRegistry::reputationCall { provider: address }),
            bids: batch.add(registry, ProviderRegistry::bidRecordCall { provider: address }),
            qualified: batch.add(registry, ProviderRegistry::isQualifiedCall { provider: address }),
        }
    }

    /// The record, from the batch's answers.
    pub(super) fn get(&self, answers: &Answers) -> Result<Record> {
        Ok(Record {
            address: self.address,
            provider: answers.get(self.provider)?,
            score: answers.get(self.score)?,
            bids: answers.get(self.bids)?,
            qualified: answers.get(self.qualified)?,
        })
    }
}

/// One provider's record with what it needs and how it scores, in one batched read.
pub(super) struct Detail {
    pub(super) record: Record,
    pub(super) required: U256,
    pub(super) k: U256,
    pub(super) params: ParamValues,
    pub(super) now: u64,
}

pub(super) async fn read_detail(chain: &Chain, contracts: &Contracts, address: Address) -> Result<Detail> {
    let registry = contracts.provider_registry;
    let mut batch = Batch::new();
    let record = RecordSlots::add(&mut batch, registry, address);
    let required = batch.add(registry, ProviderRegistry::requiredCollateralCall { provider: address });
    let k = batch.add(registry, ProviderRegistry::kOfCall { provider: address });
    let params = batch.add(contracts.parameters, Parameters::getAllCall {});
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let answers = batch.run(chain, contracts.multicall3).await?;
    let record = record.get(&answers)?;
    if ProviderStatus::from(record.provider.status) == ProviderStatus::None {
        return Err(Error::InvalidInput(format!(
            "{address} has not registered as a provider; `stkr provider list` shows those who have"
        ))
        .into());
    }
    Ok(Detail {
        record,
        required: answers.get(required)?,
        k: answers.get(k)?,
        params: ParamValues(answers.get(params)?),
        now: answers.get(now)?.saturating_to(),
    })
}

pub(super) fn bps(value: U256) -> u64 {
    value.saturating_to()
}
