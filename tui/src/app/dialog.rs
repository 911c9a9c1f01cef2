//! The modal dialogs: forms, the simulated plan to confirm, progress and outcome; and the intents the
//! selection starts, each refused with a notice when it cannot apply.

use alloy::primitives::{Address, U256};
use stkr_core::{
    codes::{PoolStatus, ProviderStatus},
    units::{Token, parse_amount},
};

use super::{App, Effect, StakingList, Tab};
use crate::data::{Phase, fmt_amount};

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
    /// Settle an ended pool from what its vault holds (anyone may).
    SettlePool {
        /// The pool.
        pool: u64,
    },
    /// Redeem the account's aETH for settled principal.
    Redeem,
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

impl App {
    pub(super) fn submit(&mut self) -> Option<Effect> {
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

    /// Refuse an action with a notice; `None` so callers can return it.
    pub(super) fn refuse(&mut self, why: impl Into<String>) -> Option<Effect> {
        self.notice = Some(why.into());
        None
    }

    pub(super) fn signing(&mut self) -> bool {
        if self.can_sign {
            return true;
        }
        self.notice = Some("Read-only: start the dashboard with --account NAME to send transactions".into());
        false
    }

    pub(super) fn open_form(
        &mut self,
        kind: FormKind,
        title: String,
        hint: String,
        labels: &[&'static str],
    ) -> Option<Effect> {
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

    pub(super) fn start_stake(&mut self) -> Option<Effect> {
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
                fmt_amount(pool.room()),
                fmt_amount(pool.fee_per_eth())
            );
            return self.open_form(FormKind::StakePool(pool.id), format!("Stake in pool {}", pool.id), hint, &["ETH"]);
        }
        let Some(node) = self.selected_node().cloned() else { return self.refuse("No node selected") };
        let hint = format!("Node {} has {} ANKR staked on its sidecar", node.id, fmt_amount(node.sidecar_stake));
        self.open_form(
            FormKind::StakeSidecar(node.id),
            format!("Stake ANKR on node {}'s sidecar", node.id),
            hint,
            &["ANKR"],
        )
    }

    pub(super) fn start_unstake(&mut self) -> Option<Effect> {
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

    pub(super) fn start_settle(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        if self.staking_list != StakingList::Pools {
            return self.refuse("Settling is for pools: press f to list them");
        }
        let Some(pool) = self.selected_pool() else { return self.refuse("No pool selected") };
        let id = pool.state.id;
        self.dialog = Some(Dialog::Simulating { title: format!("Settle pool {id}") });
        Some(Effect::Simulate(Intent::SettlePool { pool: id }))
    }

    pub(super) fn start_redeem(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        self.dialog = Some(Dialog::Simulating { title: "Redeem aETH".into() });
        Some(Effect::Simulate(Intent::Redeem))
    }

    pub(super) fn start_claim(&mut self) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        self.dialog = Some(Dialog::Simulating { title: "Claim rewards".into() });
        Some(Effect::Simulate(Intent::Claim))
    }

    pub(super) fn start_bid(&mut self) -> Option<Effect> {
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
            fmt_amount(project.fixed_price),
            fmt_amount(project.bid_bond)
        );
        self.open_form(
            FormKind::Bid(project.id),
            format!("Sealed bid on project {}", project.id),
            hint,
            &["price ANKR"],
        )
    }

    pub(super) fn start_reveal(&mut self) -> Option<Effect> {
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

    pub(super) fn start_vote(&mut self, support: bool) -> Option<Effect> {
        if !self.signing() {
            return None;
        }
        let now = self.snapshot.as_ref().map(|s| s.time).unwrap_or_default();
        let Some(proposal) = self.selected_proposal().cloned() else { return self.refuse("No proposal selected") };
        if now >= proposal.timeline.end {
            return self.refuse(format!("Voting on proposal {} has ended", proposal.id));
        }
        let word = if support { "yes" } else { "no" };
        self.dialog = Some(Dialog::Simulating { title: format!("Vote {word} on proposal {}", proposal.id) });
        Some(Effect::Simulate(Intent::Vote { proposal: proposal.id, support }))
    }

    pub(super) fn start_register(&mut self) -> Option<Effect> {
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
