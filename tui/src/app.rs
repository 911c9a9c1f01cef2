//! The dashboard's state and its one update function: event → action → new state (and an effect for the
//! runtime to carry out). Pure: no terminal, no network, so every key can be tested.

use std::collections::{BTreeMap, VecDeque};

use alloy::primitives::{Address, U256};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use stkr_core::units::{Token, parse_amount};

use stkr_core::codes::{PoolStatus, ProviderStatus};

use crate::data::{Phase, Snapshot, as_tokens};

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

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    fn offset(self, by: isize) -> Tab {
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

/// A transaction the account asked for, before it is simulated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Stake ETH in a pending pool.
    StakePool {
        /// The pool.
        pool: u64,
        /// ETH in wei.
        amount: U256,
    },
    /// Take the whole stake out of a pending pool.
    UnstakePool {
        /// The pool.
        pool: u64,
    },
    /// Stake ANKR on a node's sidecar.
    StakeSidecar {
        /// The node.
        node: u64,
        /// ANKR in wei.
        amount: U256,
    },
    /// Take the whole ANKR stake off a node's sidecar.
    UnstakeSidecar {
        /// The node.
        node: u64,
    },
    /// Claim everything claimable.
    Claim,
    /// Vote on a proposal.
    Vote {
        /// The proposal.
        proposal: u64,
        /// Yes or no.
        support: bool,
    },
    /// Seal a bid on a project.
    Bid {
        /// The project.
        project: u64,
        /// ANKR in wei.
        price: U256,
    },
    /// Reveal the sealed bid on a project.
    Reveal {
        /// The project.
        project: u64,
    },
    /// Register a node with its sidecar.
    RegisterNode {
        /// The sidecar's account.
        sidecar: Address,
        /// Where other sidecars probe it.
        probe_url: String,
        /// CPU cores, RAM GB, storage GB, bandwidth Mbps.
        capacity: [u32; 4],
    },
}

/// A simulated plan as the confirmation dialog shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanView {
    /// What the plan does, in a sentence.
    pub summary: String,
    /// Each transaction: label, gas (None when it is simulated only after the step before) and ETH value.
    pub steps: Vec<(String, Option<u64>, String)>,
    /// The likely fee and the most it may cost, ETH.
    pub fees: String,
}

/// What a form collects before simulating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// An ETH amount for a pool.
    StakePool(u64),
    /// An ANKR amount for a sidecar.
    StakeSidecar(u64),
    /// An ANKR price for a project.
    Bid(u64),
    /// Sidecar, probe URL and capacity of a new node.
    RegisterNode,
}

/// One input of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Its label.
    pub label: &'static str,
    /// What was typed.
    pub value: String,
}

/// A form: fields, the focused one and the last complaint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// What it is for.
    pub kind: FormKind,
    /// Its title.
    pub title: String,
    /// A line of context above the fields.
    pub hint: String,
    /// The fields.
    pub fields: Vec<Field>,
    /// The focused field.
    pub focus: usize,
    /// Why the last submit was refused.
    pub error: Option<String>,
}

/// The modal over the tabs, at most one at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// Collecting input.
    Form(Form),
    /// Simulating the transaction(s).
    Simulating {
        /// What.
        title: String,
    },
    /// Waiting for y/n.
    Confirm {
        /// What.
        title: String,
        /// The simulated plan.
        plan: PlanView,
    },
    /// Sent; waiting for the receipt.
    Sending {
        /// What.
        title: String,
        /// The step under way.
        step: String,
    },
    /// Mined.
    Done {
        /// What.
        title: String,
        /// What happened, line by line.
        lines: Vec<String>,
    },
    /// Refused, reverted or failed: the plain sentence.
    Failed {
        /// What.
        title: String,
        /// Why.
        reason: String,
    },
}

/// Everything the runtime reports to the app.
#[derive(Debug, Clone)]
pub enum Event {
    /// A key press.
    Key(KeyEvent),
    /// A mouse event.
    Mouse(MouseEvent),
    /// Time passes (spinner frames).
    Tick,
    /// A refresh finished.
    Snapshot(Box<Snapshot>),
    /// A read failed: the connection is lost until a read succeeds.
    ReadFailed(String),
    /// A simulation finished: the plan, or why it would fail.
    Simulated(Result<PlanView, String>),
    /// A transaction of the plan was sent and waits for its receipt.
    Progress(String),
    /// The plan finished: what happened, or why it stopped.
    Finished(Result<Vec<String>, String>),
}

/// What the runtime must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave.
    Quit,
    /// Simulate this and report [`Event::Simulated`].
    Simulate(Intent),
    /// Send the simulated plan and report [`Event::Progress`] and [`Event::Finished`].
    Send,
    /// Drop the simulated plan.
    Discard,
    /// Read again now.
    Refresh,
}

/// What a key means in the current state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave.
    Quit,
    /// Show or hide the keys.
    ToggleHelp,
    /// Next tab.
    NextTab,
    /// Previous tab.
    PrevTab,
    /// A tab by number.
    GoTo(Tab),
    /// Selection up.
    Up,
    /// Selection down.
    Down,
    /// Selection to the first row.
    First,
    /// Selection to the last row.
    Last,
    /// On the Staking tab: switch between pools and sidecars.
    SwitchList,
    /// Stake into the selection.
    Stake,
    /// Unstake from the selection.
    Unstake,
    /// Claim everything.
    Claim,
    /// Bid on the selected project.
    Bid,
    /// Reveal the bid on the selected project.
    Reveal,
    /// Vote on the selected proposal.
    Vote(bool),
    /// Register a node.
    RegisterNode,
    /// Read again.
    Refresh,
    /// Typing in a form.
    Type(char),
    /// Deleting in a form.
    Backspace,
    /// Next form field.
    NextField,
    /// Previous form field.
    PrevField,
    /// Submit a form or confirm a plan.
    Submit,
    /// Close a dialog or the help.
    Cancel,
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

/// Values sampled at each refresh, for the pictures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// (block, claimable ETH, claimable ANKR).
    pub rewards: VecDeque<(u64, f64, f64)>,
    /// Uptime in basis points per node, oldest first.
    pub uptime: BTreeMap<u64, VecDeque<u64>>,
    /// The block sampled last.
    pub last_block: Option<u64>,
}

impl History {
    /// Sample `snapshot`, once per block: a forced refresh of the same block adds nothing.
    fn record(&mut self, snapshot: &Snapshot) {
        if self.last_block.is_some_and(|last| last >= snapshot.block) {
            return;
        }
        self.last_block = Some(snapshot.block);
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

fn push_bounded<T>(queue: &mut VecDeque<T>, value: T) {
    if queue.len() == HISTORY {
        queue.pop_front();
    }
    queue.push_back(value);
}

/// The whole dashboard state.
#[derive(Debug, Clone)]
pub struct App {
    /// The tab shown.
    pub tab: Tab,
    /// The latest snapshot.
    pub snapshot: Option<Snapshot>,
    /// The connection.
    pub connection: Connection,
    /// The endpoint, for the header.
    pub rpc_url: String,
    /// The account name, when one signs.
    pub account_name: Option<String>,
    /// Whether transactions can be sent (an unlocked account).
    pub can_sign: bool,
    /// Colours allowed (no `NO_COLOR`).
    pub color: bool,
    /// The help overlay is open.
    pub help: bool,
    /// The modal.
    pub dialog: Option<Dialog>,
    /// Selected row per list.
    pub selected: Selection,
    /// The Staking tab's focused list.
    pub staking_list: StakingList,
    /// Samples for the pictures.
    pub history: History,
    /// A one-line message under the tabs (e.g. why an action is unavailable).
    pub notice: Option<String>,
    /// Ticks so far, for the spinner.
    pub ticks: u64,
    /// The app should end.
    pub quit: bool,
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
    /// A dashboard for `rpc_url`, signing as `account_name` when `can_sign`.
    pub fn new(rpc_url: impl Into<String>, account_name: Option<String>, can_sign: bool, color: bool) -> Self {
        Self {
            tab: Tab::Overview,
            snapshot: None,
            connection: Connection::Connecting,
            rpc_url: rpc_url.into(),
            account_name,
            can_sign,
            color,
            help: false,
            dialog: None,
            selected: Selection::default(),
            staking_list: StakingList::Pools,
            history: History::default(),
            notice: None,
            ticks: 0,
            quit: false,
        }
    }

    /// Apply one event; the effect, if any, is the runtime's to carry out.
    pub fn update(&mut self, event: Event) -> Option<Effect> {
        match event {
            Event::Key(key) => {
                if key.kind == KeyEventKind::Release {
                    return None;
                }
                let action = self.action_for(key)?;
                self.apply(action)
            }
            Event::Mouse(mouse) => {
                let action = self.mouse_action(mouse)?;
                self.apply(action)
            }
            Event::Tick => {
                self.ticks = self.ticks.wrapping_add(1);
                None
            }
            Event::Snapshot(snapshot) => {
                self.history.record(&snapshot);
                self.snapshot = Some(*snapshot);
                self.connection = Connection::Live;
                self.clamp_selection();
                None
            }
            Event::ReadFailed(reason) => {
                self.connection = Connection::Lost { reason };
                None
            }
            Event::Simulated(result) => {
                let title = self.dialog_title();
                self.dialog = Some(match result {
                    Ok(plan) => Dialog::Confirm { title, plan },
                    Err(reason) => Dialog::Failed { title, reason },
                });
                None
            }
            Event::Progress(step) => {
                let title = self.dialog_title();
                self.dialog = Some(Dialog::Sending { title, step });
                None
            }
            Event::Finished(result) => {
                let title = self.dialog_title();
                self.dialog = Some(match result {
                    Ok(lines) => Dialog::Done { title, lines },
                    Err(reason) => Dialog::Failed { title, reason },
                });
                Some(Effect::Refresh)
            }
        }
    }

    fn dialog_title(&self) -> String {
        match &self.dialog {
            Some(Dialog::Form(form)) => form.title.clone(),
            Some(
                Dialog::Simulating { title }
                | Dialog::Confirm { title, .. }
                | Dialog::Sending { title, .. }
                | Dialog::Done { title, .. }
                | Dialog::Failed { title, .. },
            ) => title.clone(),
            None => "Transaction".into(),
        }
    }

    /// What `key` means now: dialogs and the help take keys before the tabs do.
    pub fn action_for(&self, key: KeyEvent) -> Option<Action> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        if let Some(dialog) = &self.dialog {
            return match dialog {
                Dialog::Form(_) => match key.code {
                    KeyCode::Esc => Some(Action::Cancel),
                    KeyCode::Enter => Some(Action::Submit),
                    KeyCode::Tab | KeyCode::Down => Some(Action::NextField),
                    KeyCode::BackTab | KeyCode::Up => Some(Action::PrevField),
                    KeyCode::Backspace => Some(Action::Backspace),
                    KeyCode::Char(c) if !ctrl => Some(Action::Type(c)),
                    _ => None,
                },
                Dialog::Confirm { .. } => match key.code {
                    KeyCode::Char('y') | KeyCode::Enter => Some(Action::Submit),
                    KeyCode::Char('n') | KeyCode::Esc => Some(Action::Cancel),
                    _ => None,
                },
                // Nothing can be taken back once sent: the dialog stays until the receipt.
                Dialog::Simulating { .. } | Dialog::Sending { .. } => None,
                Dialog::Done { .. } | Dialog::Failed { .. } => match key.code {
                    KeyCode::Enter | KeyCode::Esc | KeyCode::Char('q') => Some(Action::Cancel),
                    _ => None,
                },
            };
        }
        if self.help {
            return match key.code {
                KeyCode::Char('?') | KeyCode::Esc | KeyCode::Char('q') => Some(Action::ToggleHelp),
                _ => None,
            };
        }
        Some(match key.code {
            KeyCode::Char('q') | KeyCode::Esc => Action::Quit,
            KeyCode::Char('?') => Action::ToggleHelp,
            KeyCode::Tab | KeyCode::Right | KeyCode::Char('l') => Action::NextTab,
            KeyCode::BackTab | KeyCode::Left | KeyCode::Char('h') => Action::PrevTab,
            KeyCode::Char(c @ '1'..='5') => Action::GoTo(Tab::ALL[(c as u8 - b'1') as usize]),
            KeyCode::Up | KeyCode::Char('k') => Action::Up,
            KeyCode::Down | KeyCode::Char('j') => Action::Down,
            KeyCode::Home | KeyCode::Char('g') => Action::First,
            KeyCode::End | KeyCode::Char('G') => Action::Last,
            KeyCode::Char('f') if self.tab == Tab::Staking => Action::SwitchList,
            KeyCode::Char('s') if matches!(self.tab, Tab::Staking | Tab::Provider) => Action::Stake,
            KeyCode::Char('u') if self.tab == Tab::Staking => Action::Unstake,
            KeyCode::Char('c') => Action::Claim,
            KeyCode::Char('b') if self.tab == Tab::Marketplace => Action::Bid,
            KeyCode::Char('r') if self.tab == Tab::Marketplace => Action::Reveal,
            KeyCode::Char('y') if self.tab == Tab::Governance => Action::Vote(true),
            KeyCode::Char('n') if self.tab == Tab::Governance => Action::Vote(false),
            KeyCode::Char('a') if self.tab == Tab::Provider => Action::RegisterNode,
            KeyCode::F(5) => Action::Refresh,
            _ => return None,
        })
    }

    fn mouse_action(&self, mouse: MouseEvent) -> Option<Action> {
        if self.dialog.is_some() || self.help {
            return None;
        }
        match mouse.kind {
            MouseEventKind::ScrollUp => Some(Action::Up),
            MouseEventKind::ScrollDown => Some(Action::Down),
            // The tab bar is the first row.
            MouseEventKind::Down(MouseButton::Left) if mouse.row == 0 => Tab::at_column(mouse.column).map(Action::GoTo),
            _ => None,
        }
    }

    /// Apply an action.
    pub fn apply(&mut self, action: Action) -> Option<Effect> {
        if !matches!(action, Action::Type(_) | Action::Backspace | Action::NextField | Action::PrevField) {
            self.notice = None;
        }
        match action {
            Action::Quit => {
                self.quit = true;
                return Some(Effect::Quit);
            }
            Action::ToggleHelp => self.help = !self.help,
            Action::NextTab => self.tab = self.tab.offset(1),
            Action::PrevTab => self.tab = self.tab.offset(-1),
            Action::GoTo(tab) => self.tab = tab,
            Action::Up => self.move_selection(-1),
            Action::Down => self.move_selection(1),
            Action::First => self.move_selection(isize::MIN / 2),
            Action::Last => self.move_selection(isize::MAX / 2),
            Action::SwitchList => {
                self.staking_list = match self.staking_list {
                    StakingList::Pools => StakingList::Sidecars,
                    StakingList::Sidecars => StakingList::Pools,
                }
            }
            Action::Refresh => return Some(Effect::Refresh),
            Action::Stake => return self.start_stake(),
            Action::Unstake => return self.start_unstake(),
            Action::Claim => return self.start_claim(),
            Action::Bid => return self.start_bid(),
            Action::Reveal => return self.start_reveal(),
            Action::Vote(support) => return self.start_vote(support),
            Action::RegisterNode => return self.start_register(),
            Action::Type(c) => {
                if let Some(Dialog::Form(form)) = &mut self.dialog
                    && let Some(field) = form.fields.get_mut(form.focus)
                {
                    field.value.push(c);
                }
            }
            Action::Backspace => {
                if let Some(Dialog::Form(form)) = &mut self.dialog
                    && let Some(field) = form.fields.get_mut(form.focus)
                {
                    field.value.pop();
                }
            }
            Action::NextField | Action::PrevField => {
                if let Some(Dialog::Form(form)) = &mut self.dialog {
                    let n = form.fields.len().max(1);
                    form.focus =
                        if action == Action::NextField { (form.focus + 1) % n } else { (form.focus + n - 1) % n };
                }
            }
            Action::Submit => return self.submit(),
            Action::Cancel => {
                if self.help {
                    self.help = false;
                    return None;
                }
                let had_plan = matches!(self.dialog, Some(Dialog::Confirm { .. }));
                self.dialog = None;
                if had_plan {
                    return Some(Effect::Discard);
                }
            }
        }
        None
    }

    fn submit(&mut self) -> Option<Effect> {
        match self.dialog.take() {
            Some(Dialog::Form(mut form)) => match form_intent(&form) {
                Ok(intent) => {
                    self.dialog = Some(Dialog::Simulating { title: form.title });
                    Some(Effect::Simulate(intent))
                }
                Err(reason) => {
                    form.error = Some(reason);
                    self.dialog = Some(Dialog::Form(form));
                    None
                }
            },
            Some(Dialog::Confirm { title, plan }) => {
                let step = plan.steps.first().map(|s| s.0.clone()).unwrap_or_default();
                self.dialog = Some(Dialog::Sending { title, step });
                Some(Effect::Send)
            }
            other => {
                self.dialog = other;
                None
            }
        }
    }

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

    fn selection_mut(&mut self) -> Option<&mut usize> {
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

    fn move_selection(&mut self, by: isize) {
        let len = self.list_len();
        if let Some(selected) = self.selection_mut() {
            let last = len.saturating_sub(1) as isize;
            *selected = (*selected as isize).saturating_add(by).clamp(0, last.max(0)) as usize;
        }
    }

    fn clamp_selection(&mut self) {
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

    /// Refuse an action with a notice; `None` so callers can return it.
    fn refuse(&mut self, why: impl Into<String>) -> Option<Effect> {
        self.notice = Some(why.into());
        None
    }

    fn signing(&mut self) -> bool {
        if self.can_sign {
            return true;
        }
        self.notice = Some("Read-only: start the dashboard with --account NAME to send transactions".into());
        false
    }

    /// The selected pool on the Staking tab.
    pub fn selected_pool(&self) -> Option<&crate::data::Pool> {
        self.snapshot.as_ref()?.pools.get(self.selected.pool)
    }

    /// The selected node: the account's own on the Provider tab, any on the Staking tab's sidecar list.
    pub fn selected_node(&self) -> Option<&crate::data::Node> {
        let s = self.snapshot.as_ref()?;
        match self.tab {
            Tab::Provider => s.my_nodes().get(self.selected.node).copied(),
            _ => s.nodes.get(self.selected.sidecar),
        }
    }

    /// The selected project.
    pub fn selected_project(&self) -> Option<&crate::data::Project> {
        self.snapshot.as_ref()?.projects.get(self.selected.project)
    }

    /// The selected proposal.
    pub fn selected_proposal(&self) -> Option<&crate::data::Proposal> {
        self.snapshot.as_ref()?.governance.as_ref()?.proposals.get(self.selected.proposal)
    }

    fn open_form(&mut self, kind: FormKind, title: String, hint: String, labels: &[&'static str]) -> Option<Effect> {
        self.dialog = Some(Dialog::Form(Form {
            kind,
            title,
            hint,
            fields: labels.iter().map(|label| Field { label, value: String::new() }).collect(),
            focus: 0,
            error: None,
        }));
        None
    }

    fn start_stake(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        if self.tab == Tab::Staking && self.staking_list == StakingList::Pools {
            let Some(pool) = self.selected_pool().map(|p| p.state.clone()) else {
                return self.refuse("No pool selected");
            };
            if pool.status != PoolStatus::Pending {
                return self.refuse(format!(
                    "Pool {} is {}: only pending pools take stakes",
                    pool.id,
                    pool.status.name()
                ));
            }
            let hint = format!(
                "Pool {} has {} ETH of room; the fee is {} ANKR per ETH",
                pool.id,
                crate::data::fmt_amount(pool.room()),
                crate::data::fmt_amount(pool.fee_per_eth())
            );
            return self.open_form(FormKind::StakePool(pool.id), format!("Stake in pool {}", pool.id), hint, &["ETH"]);
        }
        let Some(node) = self.selected_node().cloned() else { return self.refuse("No node selected") };
        let hint =
            format!("Node {} has {} ANKR staked on its sidecar", node.id, crate::data::fmt_amount(node.sidecar_stake));
        self.open_form(
            FormKind::StakeSidecar(node.id),
            format!("Stake ANKR on node {}'s sidecar", node.id),
            hint,
            &["ANKR"],
        )
    }

    fn start_unstake(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        let (title, intent) = match self.staking_list {
            StakingList::Pools => {
                let Some(pool) = self.selected_pool() else { return self.refuse("No pool selected") };
                if pool.mine.as_ref().is_none_or(|m| m.principal.is_zero()) {
                    let id = pool.state.id;
                    return self.refuse(format!("You have no stake in pool {id}"));
                }
                (format!("Unstake from pool {}", pool.state.id), Intent::UnstakePool { pool: pool.state.id })
            }
            StakingList::Sidecars => {
                let Some(node) = self.selected_node() else { return self.refuse("No node selected") };
                if node.my_stake.is_zero() {
                    let id = node.id;
                    return self.refuse(format!("You have no ANKR on node {id}'s sidecar"));
                }
                (format!("Unstake from node {}'s sidecar", node.id), Intent::UnstakeSidecar { node: node.id })
            }
        };
        self.dialog = Some(Dialog::Simulating { title });
        Some(Effect::Simulate(intent))
    }

    fn start_claim(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        self.dialog = Some(Dialog::Simulating { title: "Claim rewards".into() });
        Some(Effect::Simulate(Intent::Claim))
    }

    fn start_bid(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        let now = self.snapshot.as_ref().map(|s| s.time).unwrap_or_default();
        let Some(project) = self.selected_project().cloned() else { return self.refuse("No project selected") };
        if project.phase(now) != Phase::Commit {
            return self.refuse(format!(
                "Project {} takes no bids: it is in its {} phase",
                project.id,
                project.phase(now).name()
            ));
        }
        let hint = format!(
            "Ceiling {} ANKR; a bid locks a bond of {} ANKR until it is revealed",
            crate::data::fmt_amount(project.fixed_price),
            crate::data::fmt_amount(project.bid_bond)
        );
        self.open_form(
            FormKind::Bid(project.id),
            format!("Sealed bid on project {}", project.id),
            hint,
            &["price ANKR"],
        )
    }

    fn start_reveal(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        let now = self.snapshot.as_ref().map(|s| s.time).unwrap_or_default();
        let Some(project) = self.selected_project().cloned() else { return self.refuse("No project selected") };
        if project.phase(now) != Phase::Reveal {
            return self.refuse(format!(
                "Project {} is in its {} phase, not reveal",
                project.id,
                project.phase(now).name()
            ));
        }
        if !project.my_commitment || project.my_revealed {
            return self.refuse(format!("You have no sealed bid to reveal on project {}", project.id));
        }
        self.dialog = Some(Dialog::Simulating { title: format!("Reveal the bid on project {}", project.id) });
        Some(Effect::Simulate(Intent::Reveal { project: project.id }))
    }

    fn start_vote(&mut self, support: bool) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        let now = self.snapshot.as_ref().map(|s| s.time).unwrap_or_default();
        let Some(proposal) = self.selected_proposal().cloned() else { return self.refuse("No proposal selected") };
        if now >= proposal.end {
            return self.refuse(format!("Voting on proposal {} has ended", proposal.id));
        }
        let word = if support { "yes" } else { "no" };
        self.dialog = Some(Dialog::Simulating { title: format!("Vote {word} on proposal {}", proposal.id) });
        Some(Effect::Simulate(Intent::Vote { proposal: proposal.id, support }))
    }

    fn start_register(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        if self.snapshot.as_ref().and_then(|s| s.my_provider()).is_none_or(|p| p.status != ProviderStatus::Qualified) {
            return self
                .refuse("Only a qualified provider registers nodes (stkr provider register, then a governance vote)");
        }
        self.open_form(
            FormKind::RegisterNode,
            "Register a node".into(),
            "The sidecar's account and the URL other sidecars probe; capacity as whole numbers".into(),
            &["sidecar address", "probe URL", "CPU cores", "RAM GB", "storage GB", "bandwidth Mbps"],
        )
    }
}

/// The intent a filled form asks for, or why it cannot be sent.
fn form_intent(form: &Form) -> Result<Intent, String> {
    let value = |i: usize| form.fields.get(i).map(|f| f.value.trim()).unwrap_or_default();
    let amount = |token: Token| -> Result<U256, String> {
        let amount = parse_amount(value(0), token).map_err(|e| e.to_string())?;
        if amount.is_zero() { Err("the amount must be more than zero".into()) } else { Ok(amount) }
    };
    match form.kind {
        FormKind::StakePool(pool) => Ok(Intent::StakePool { pool, amount: amount(Token::Eth)? }),
        FormKind::StakeSidecar(node) => Ok(Intent::StakeSidecar { node, amount: amount(Token::Ankr)? }),
        FormKind::Bid(project) => Ok(Intent::Bid { project, price: amount(Token::Ankr)? }),
        FormKind::RegisterNode => {
            let sidecar = stkr_core::input::parse_address(value(0)).map_err(|e| e.to_string())?;
            let probe_url = value(1).to_string();
            if !(probe_url.starts_with("http://") || probe_url.starts_with("https://")) {
                return Err("the probe URL must start with http:// or https://".into());
            }
            let mut capacity = [0u32; 4];
            for (i, slot) in capacity.iter_mut().enumerate() {
                let label = form.fields.get(i + 2).map(|f| f.label).unwrap_or("capacity");
                *slot = value(i + 2).parse().map_err(|_| format!("{label} must be a whole number"))?;
            }
            Ok(Intent::RegisterNode { sidecar, probe_url, capacity })
        }
    }
}

#[cfg(test)]
mod tests;
