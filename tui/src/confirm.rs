//! The dashboard as the transaction flow's front end: its confirmation dialog shows each plan before
//! anything is sent, so [`Dialog`] approves a plan only once the user has confirmed it there. Nothing
//! may print while the dashboard owns the screen: what the CLI would say goes to the log.

use alloy::primitives::TxHash;
use stkr_core::{
    Error, Result,
    tx::{Plan, Sending, TxFrontend, UnsignedPlan, UnsignedTx},
};

/// The confirmation dialog's answer, as the flow's [`TxFrontend`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialog {
    confirmed: bool,
}

impl Dialog {
    /// Before the dialog was answered (while simulating the plan it will show): any plan is refused.
    pub fn unconfirmed() -> Self {
        Self { confirmed: false }
    }

    /// The user confirmed the plan the dialog showed.
    pub fn confirmed() -> Self {
        Self { confirmed: true }
    }
}

/// What the dashboard says about `--unsigned`, which it does not do.
const NO_UNSIGNED: &str = "the dashboard sends what it shows; run it without --unsigned";

impl TxFrontend for Dialog {
    fn approve(&self, plan: &Plan) -> Result<()> {
        if !self.confirmed {
            return Err(Error::NeedsConfirmation);
        }
        tracing::info!("confirmed in the dashboard: {}", plan.describe());
        Ok(())
    }

    fn sending(&self, label: &str) -> Box<dyn Sending + '_> {
        tracing::info!("{label}: sending");
        Box::new(Logged(label.to_string()))
    }

    fn mined(&self, label: &str, block: u64, hash: TxHash) {
        tracing::info!("{label}: done in block {block} ({hash})");
    }

    fn warn(&self, message: &str) {
        tracing::warn!("{message}");
    }

    fn unsigned_tx(&self, _tx: &UnsignedTx) -> Result<()> {
        Err(Error::InvalidInput(NO_UNSIGNED.into()))
    }

    fn unsigned_plan(&self, _plan: &UnsignedPlan) -> Result<()> {
        Err(Error::InvalidInput(NO_UNSIGNED.into()))
    }
}

/// A transaction on its way, in the log.
struct Logged(String);

impl Sending for Logged {
    fn waiting(&self, hash: TxHash) {
        tracing::info!("{}: waiting for {hash}", self.0);
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::Address;

    use super::*;

    #[test]
    fn only_a_confirmed_dialog_approves() {
        let plan = Plan::new(Address::ZERO, 31337, &[], &[], 1, 2, 1);
        assert!(matches!(Dialog::unconfirmed().approve(&plan), Err(Error::NeedsConfirmation)));
        assert!(Dialog::confirmed().approve(&plan).is_ok());
    }
}
