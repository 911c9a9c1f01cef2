//! The CLI's context: core's [`stkr_core::Context`] (the global options) with the terminal it reports on,
//! confirms on and asks passphrases on.

use std::ops::Deref;

use alloy::primitives::Address;
use stkr_core::{
    Result,
    chain::Chain,
    context::Session,
    tx::{Transactor, TxFrontend},
};

use crate::output::{Output, Terminal, TerminalPrompt};

/// What every command runs with: the global options (through `Deref`) and the terminal.
#[derive(Debug, Clone)]
pub struct Context {
    /// The global options, data dir and ways to the chain.
    pub core: stkr_core::Context,
    /// Where results and messages go.
    pub out: Output,
    /// The terminal as the transaction flow's front end, honouring `--yes`.
    terminal: Terminal,
}

impl Deref for Context {
    type Target = stkr_core::Context;

    fn deref(&self) -> &stkr_core::Context {
        &self.core
    }
}

impl Context {
    /// The CLI context of `core`, writing to `out`.
    pub fn new(core: stkr_core::Context, out: Output) -> Self {
        let terminal = Terminal::new(out.clone(), core.yes);
        Self { core, out, terminal }
    }

    /// The terminal front end of the transaction flow.
    pub fn frontend(&self) -> &dyn TxFrontend {
        &self.terminal
    }

    /// Unlock `--account` (password file, OS keyring, or a prompt on the terminal) and connect for signing.
    pub async fn signing_chain(&self) -> Result<(Chain, Address)> {
        self.core.signing_chain(&TerminalPrompt).await
    }

    /// Connect as `--account` to act: unlocked to sign, or with `--unsigned` only its address.
    pub async fn session(&self) -> Result<Session> {
        self.core.session(&TerminalPrompt).await
    }

    /// A transactor on `chain` from `from` that confirms on the terminal, honouring `--yes`, the fee
    /// options and `--unsigned`.
    pub fn transactor<'a>(&'a self, chain: &'a Chain, from: Address) -> Transactor<'a> {
        self.core.transactor(chain, from, &self.terminal)
    }
}
