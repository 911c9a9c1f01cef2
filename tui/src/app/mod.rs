//! The dashboard's state and its one update function: event → action → new state (and an effect for the
//! runtime to carry out). Pure: no terminal, no network, so every key can be tested. The state and its
//! selections live in `state`, what keys mean in `keys`, dialogs and the intents they start in `dialog`.

mod dialog;
mod keys;
mod state;

#[cfg(test)]
use alloy::primitives::U256;
#[cfg(test)]
use crossterm::event::{KeyCode, MouseButton, MouseEventKind};
use crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};
#[cfg(test)]
use stkr_core::units::{Token, parse_amount};

pub use self::{
    dialog::{Dialog, Field, Form, FormKind, Intent, PlanView},
    keys::Action,
    state::{Connection, HISTORY, History, Selection, StakingList, Tab, tab_label},
};
use crate::data::Snapshot;

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
    /// The followed account's history was read (once, at start): the chart starts from it.
    History(Vec<stkr_core::history::Entry>),
    /// The audited uptime of the followed account's nodes after each past settled audit (read once, at
    /// start): their sparklines start from it.
    Uptime(stkr_core::history::UptimeSeries),
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
            Event::History(entries) => {
                self.history.seed(&entries);
                None
            }
            Event::Uptime(series) => {
                self.history.seed_uptime(&series);
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
}

#[cfg(test)]
mod tests;
