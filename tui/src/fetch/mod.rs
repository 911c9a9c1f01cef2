//! One refresh: the whole protocol read through Multicall3 in three batched round trips (plus chunks of
//! 1,000 calls), whatever the number of pools, nodes or providers. Each domain queues its calls and reads
//! its answers back through typed slots in its own module.

mod governance;
mod head;
mod me;
mod nodes;
mod pools;
mod projects;
mod providers;

use alloy::primitives::Address;
use stkr_core::{
    Result,
    batch::Batch,
    chain::Chain,
    deploy::Contracts,
    sidecar_rewards::{PositionSlots, SidecarRewards},
};

use crate::data::Snapshot;

/// The newest projects a refresh reads; older ones are settled history.
pub const RECENT_PROJECTS: u64 = 100;
/// The newest proposals a refresh reads.
pub const RECENT_PROPOSALS: u64 = 50;

/// Reads into a [`Snapshot`] for one account (or none), on one deployment.
#[derive(Debug, Clone)]
pub struct Fetcher {
    /// The chain read.
    pub chain: Chain,
    /// The deployment.
    pub contracts: Contracts,
    /// The account followed, if any.
    pub account: Option<Address>,
    /// Where the account's history starts: the deployment block.
    pub from_block: u64,
    /// The account's provider daemon configuration, when it has one: its state is shown beside the chain's.
    pub provider_config: Option<std::path::PathBuf>,
}

impl Fetcher {
    /// The latest block number: one cheap round trip, polled to notice new blocks.
    pub async fn block_number(&self) -> Result<u64> {
        use alloy::providers::Provider as _;
        self.chain.provider.get_block_number().await.map_err(|e| stkr_core::chain::transport_error(&self.chain.url, &e))
    }

    /// Read everything the dashboard shows.
    pub async fn snapshot(&self) -> Result<Snapshot> {
        let (c, me) = (&self.contracts, self.account);

        // Round trip 1: the clock, every count, the parameters, governance's lists and the account.
        let mut batch = Batch::new();
        let head = head::Slots::add(&mut batch, c, me);
        let head = head.read(&batch.run(&self.chain, c.multicall3).await?)?;

        // Round trip 2: every pool, node and provider address, the recent projects and proposals, and
        // the members of governance.
        let mut batch = Batch::new();
        let pools = pools::Slots::add(&mut batch, c, head.counts.pools, me);
        let addresses = providers::AddressSlots::add(&mut batch, c, head.counts.providers);
        let nodes = nodes::Slots::add(&mut batch, c, head.counts.nodes, me);
        let projects = projects::Slots::add(&mut batch, c, head.counts.projects, me);
        let governance = head.governance.as_ref().map(|g| governance::Slots::add(&mut batch, g, me));
        let positions = head.me.as_ref().map(|m| PositionSlots::add(&mut batch, c, head.counts.nodes, m.address));
        let lists = batch.run(&self.chain, c.multicall3).await?;
        let mut me_now = head.me.clone();
        if let (Some(me), Some(positions)) = (me_now.as_mut(), positions) {
            let sidecars = SidecarRewards::of(&positions.read(&lists)?);
            (me.sidecar_rewards, me.sidecar_vesting) = (sidecars.vested, sidecars.vesting);
        }
        let addresses = addresses.read(&lists)?;

        // Round trip 3: each provider's record, score and required collateral, by the addresses just read.
        let mut batch = Batch::new();
        let records = providers::RecordSlots::add(&mut batch, c, addresses);
        let providers = records.read(&batch.run(&self.chain, c.multicall3).await?)?;

        Ok(Snapshot {
            chain_id: self.chain.chain_id,
            block: head.block,
            time: head.now,
            me: me_now,
            pools: pools.read(&lists)?,
            providers,
            nodes: nodes.read(&lists)?,
            projects: projects.read(&lists, head.commit_period, head.tie_band_bps)?,
            governance: governance.map(|g| g.read(&lists)).transpose()?,
            params: head.params,
            // A local file: what the daemon's last round found, and whether it runs.
            daemon: self.provider_config.as_deref().and_then(|config| stkr_providerd::commands::status(config).ok()),
        })
    }
}
