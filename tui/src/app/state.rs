//! What the dashboard holds between events: the tabs, the connection, the history behind the pictures
//! and the selection in each list.

use std::collections::{BTreeMap, VecDeque};

use super::App;
use crate::data::{Node, Pool, Project, Proposal, Snapshot, as_tokens};

/// Samples kept for the sparklines and the rewards chart: one per refresh.
pub const HISTORY: usize = 120;

/// The five views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tab {
    /// The account across roles, the network, alerts.
    Overview,
    /// Collateral, score, nodes and pools of the account as a provider.
    Provider,
    /// Pools, aETH, sidecar stakes, claimable rewards.
    Staking,
    /// Projects, auctions, quotes.
    Marketplace,
    /// Governors, candidates, proposals, parameters.
    Governance,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 5] = [Tab::Overview, Tab::Provider, Tab::Staking, Tab::Marketplace, Tab::Governance];

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Provider => "Provider",
            Tab::Staking => "Staking",
            Tab::Marketplace => "Marketplace",
            Tab::Governance => "Governance",
        }
    }

    pub(super) fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    pub(super) fn offset(self, by: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        Tab::ALL[((self.index() as isize + by).rem_euclid(n)) as usize]
    }

    /// The tab whose title is drawn at column `x` of the tab bar (` 1 Overview │ 2 Provider │ …`).
    pub fn at_column(x: u16) -> Option<Tab> {
        let mut start = 0u16;
        for (i, tab) in Tab::ALL.iter().enumerate() {
            let width = tab_label(i, *tab).chars().count() as u16 + 2;
            if x >= start && x < start + width {
                return Some(*tab);
            }
            start += width + 1;
        }
        None
    }
}

/// A tab's label in the tab bar: its number key and title.
pub fn tab_label(index: usize, tab: Tab) -> String {
    format!("{} {}", index + 1, tab.title())
}

/// The state of the connection to the endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// No answer yet.
    Connecting,
    /// Reading blocks.
    Live,
    /// The last read failed; the runtime keeps retrying.
    Lost {
        /// Why, in a sentence.
        reason: String,
    },
}

/// Which list the Staking tab's selection moves in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StakingList {
    /// Micro-pools.
    #[default]
    Pools,
    /// Nodes' sidecars.
    Sidecars,
}

/// Values sampled at each refresh, for the pictures, and the rewards claimed before the dashboard started.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// (block, claimable ETH, claimable ANKR).
    pub rewards: VecDeque<(u64, f64, f64)>,
    /// From the account's history (core's `history`): (block, ETH, ANKR) of rewards claimed up to that
    /// block, from its first action on; empty until the history is read.
    pub claimed: Vec<(u64, f64, f64)>,
    /// Uptime in basis points per node, oldest first.
    pub uptime: BTreeMap<u64, VecDeque<u64>>,
    /// The block sampled last.
    pub last_block: Option<u64>,
    /// The block sampled first: past points (from the history) are those before it.
    pub first_block: Option<u64>,
}

impl History {
    /// Sample `snapshot`, once per block: a forced refresh of the same block adds nothing.
    pub(super) fn record(&mut self, snapshot: &Snapshot) {
        if self.last_block.is_some_and(|last| last >= snapshot.block) {
            return;
        }
        self.last_block = Some(snapshot.block);
        self.first_block.get_or_insert(snapshot.block);
        if let Some(me) = &snapshot.me {
            let eth = as_tokens(me.claimable_eth(&snapshot.pools));
            let ankr = as_tokens(me.claimable_ankr());
            push_bounded(&mut self.rewards, (snapshot.block, eth, ankr));
        }
        for node in &snapshot.nodes {
            push_bounded(self.uptime.entry(node.id).or_default(), node.uptime_bps);
        }
    }
}

impl History {
    /// Start the rewards chart from the account's past actions: a point at its first action, then one at
    /// each claim with the rewards claimed so far.
    pub(super) fn seed(&mut self, entries: &[stkr_core::history::Entry]) {
        let mut claimed = Vec::new();
        let (mut eth, mut ankr) = (0.0, 0.0);
        for entry in entries {
            let (got_eth, got_ankr) = entry.action.rewards_received();
            if claimed.is_empty() || !(got_eth.is_zero() && got_ankr.is_zero()) {
                eth += as_tokens(got_eth);
                ankr += as_tokens(got_ankr);
                claimed.push((entry.block, eth, ankr));
            }
        }
        self.claimed = claimed;
    }

    /// Start each node's uptime sparkline from its past settled audits: their values before the samples
    /// already taken, the window still bounded.
    pub(super) fn seed_uptime(&mut self, series: &stkr_core::history::UptimeSeries) {
        for (node, points) in series {
            let live = self.uptime.remove(node).unwrap_or_default();
            let first_live = self.first_block.unwrap_or(u64::MAX);
            let mut seeded = VecDeque::with_capacity(HISTORY);
            for &(_, bps) in points.iter().filter(|p| p.0 < first_live) {
                push_bounded(&mut seeded, bps);
            }
            for bps in live {
                push_bounded(&mut seeded, bps);
            }
            self.uptime.insert(*node, seeded);
        }
    }

    /// Rewards claimed up to `block` (ETH, ANKR), from the history.
    fn claimed_by(&self, block: u64) -> (f64, f64) {
        self.claimed.iter().take_while(|c| c.0 <= block).last().map(|c| (c.1, c.2)).unwrap_or_default()
    }

    /// The rewards chart's points (block, ETH earned): claimed before each history point, then claimed
    /// plus claimable at each sampled block.
    pub fn earned_eth(&self) -> Vec<(f64, f64)> {
        let first_sample = self.rewards.front().map(|r| r.0).unwrap_or(u64::MAX);
        let past = self.claimed.iter().filter(|c| c.0 < first_sample).map(|c| (c.0 as f64, c.1));
        let live = self.rewards.iter().map(|(block, eth, _)| (*block as f64, eth + self.claimed_by(*block).0));
        past.chain(live).collect()
    }
}

fn push_bounded<T>(queue: &mut VecDeque<T>, value: T) {
    if queue.len() == HISTORY {
        queue.pop_front();
    }
    queue.push_back(value);
}

/// The selected row of each list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Selection {
    /// Provider tab: the account's nodes.
    pub node: usize,
    /// Staking tab: pools.
    pub pool: usize,
    /// Staking tab: sidecars.
    pub sidecar: usize,
    /// Marketplace tab: projects.
    pub project: usize,
    /// Governance tab: proposals.
    pub proposal: usize,
}

impl App {
    /// The number of rows of the list the selection moves in on the current tab.
    pub fn list_len(&self) -> usize {
        let Some(s) = &self.snapshot else { return 0 };
        match self.tab {
            Tab::Overview => 0,
            Tab::Provider => s.my_nodes().len(),
            Tab::Staking => match self.staking_list {
                StakingList::Pools => s.pools.len(),
                StakingList::Sidecars => s.nodes.len(),
            },
            Tab::Marketplace => s.projects.len(),
            Tab::Governance => s.governance.as_ref().map(|g| g.proposals.len()).unwrap_or(0),
        }
    }

    pub(super) fn selection_mut(&mut self) -> Option<&mut usize> {
        Some(match self.tab {
            Tab::Overview => return None,
            Tab::Provider => &mut self.selected.node,
            Tab::Staking => match self.staking_list {
                StakingList::Pools => &mut self.selected.pool,
                StakingList::Sidecars => &mut self.selected.sidecar,
            },
            Tab::Marketplace => &mut self.selected.project,
            Tab::Governance => &mut self.selected.proposal,
        })
    }

    pub(super) fn move_selection(&mut self, by: isize) {
        let len = self.list_len();
        if let Some(selected) = self.selection_mut() {
            let last = len.saturating_sub(1) as isize;
            *selected = (*selected as isize).saturating_add(by).clamp(0, last.max(0)) as usize;
        }
    }

    pub(super) fn clamp_selection(&mut self) {
        let Some(s) = &self.snapshot else { return };
        let last = |n: usize| n.saturating_sub(1);
        let (nodes, pools, sidecars, projects) = (s.my_nodes().len(), s.pools.len(), s.nodes.len(), s.projects.len());
        let proposals = s.governance.as_ref().map(|g| g.proposals.len()).unwrap_or(0);
        let sel = &mut self.selected;
        sel.node = sel.node.min(last(nodes));
        sel.pool = sel.pool.min(last(pools));
        sel.sidecar = sel.sidecar.min(last(sidecars));
        sel.project = sel.project.min(last(projects));
        sel.proposal = sel.proposal.min(last(proposals));
    }

    /// The selected pool on the Staking tab.
    pub fn selected_pool(&self) -> Option<&Pool> {
        self.snapshot.as_ref()?.pools.get(self.selected.pool)
    }

    /// The selected node: the account's own on the Provider tab, any on the Staking tab's sidecar list.
    pub fn selected_node(&self) -> Option<&Node> {
        let s = self.snapshot.as_ref()?;
        match self.tab {
            Tab::Provider => s.my_nodes().get(self.selected.node).copied(),
            _ => s.nodes.get(self.selected.sidecar),
        }
    }

    /// The selected project.
    pub fn selected_project(&self) -> Option<&Project> {
        self.snapshot.as_ref()?.projects.get(self.selected.project)
    }

    /// The selected proposal.
    pub fn selected_proposal(&self) -> Option<&Proposal> {
        self.snapshot.as_ref()?.governance.as_ref()?.proposals.get(self.selected.proposal)
    }
}
