//! What a key or a mouse event means in the current state, and what each action does to it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use super::{App, Dialog, Effect, StakingList, Tab};

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
    /// Settle the selected ended pool.
    Settle,
    /// Redeem all aETH.
    Redeem,
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

impl App {
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
            // Esc only closes things (the help says so); with nothing open it does nothing.
            KeyCode::Char('q') => Action::Quit,
            KeyCode::Esc => return None,
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
            KeyCode::Char('e') if self.tab == Tab::Staking => Action::Settle,
            KeyCode::Char('r') if self.tab == Tab::Staking => Action::Redeem,
            KeyCode::Char('b') if self.tab == Tab::Marketplace => Action::Bid,
            KeyCode::Char('r') if self.tab == Tab::Marketplace => Action::Reveal,
            KeyCode::Char('y') if self.tab == Tab::Governance => Action::Vote(true),
            KeyCode::Char('n') if self.tab == Tab::Governance => Action::Vote(false),
            KeyCode::Char('a') if self.tab == Tab::Provider => Action::RegisterNode,
            KeyCode::F(5) => Action::Refresh,
            _ => return None,
        })
    }

    pub(super) fn mouse_action(&self, mouse: MouseEvent) -> Option<Action> {
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
            Action::Settle => return self.start_settle(),
            Action::Redeem => return self.start_redeem(),
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
}
