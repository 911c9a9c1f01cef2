//! Where a governance proposal stands, from its record, the contract's own verdict and the chain's time:
//! one home for `stkr govern` and the dashboard.

use std::fmt;

use serde::Serialize;

/// A proposal's state, for people and scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalState {
    /// Voting is open.
    Open,
    /// Voting is over and it passes: anyone may execute it.
    Passed,
    /// Voting is over and it fails.
    Rejected,
    /// It was executed.
    Executed,
    /// It was finalized without executing (rejected or expired): nothing more happens.
    Closed,
}

impl ProposalState {
    /// The state of a proposal at chain time `now` whose voting ends at `end`; `passes` is the contract's
    /// verdict on its votes (`Governance.passed`).
    pub fn of(executed: bool, finalized: bool, end: u64, now: u64, passes: bool) -> Self {
        if executed {
            Self::Executed
        } else if now < end {
            Self::Open
        } else if finalized {
            Self::Closed
        } else if passes {
            Self::Passed
        } else {
            Self::Rejected
        }
    }

    /// Whether it still needs something: votes while open, execution once passed.
    pub fn is_live(self) -> bool {
        matches!(self, Self::Open | Self::Passed)
    }

    /// The name people and scripts see.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Passed => "passed",
            Self::Rejected => "rejected",
            Self::Executed => "executed",
            Self::Closed => "closed",
        }
    }
}

impl fmt::Display for ProposalState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether `yes` votes of `governors` are a majority, as `Governance.passed` counts them.
pub fn is_majority(yes: u16, governors: u16) -> bool {
    yes > governors / 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_follow_the_record_and_the_clock() {
        assert_eq!(ProposalState::of(true, false, 100, 50, true), ProposalState::Executed);
        assert_eq!(ProposalState::of(false, false, 100, 99, true), ProposalState::Open);
        assert_eq!(ProposalState::of(false, false, 100, 100, true), ProposalState::Passed);
        assert_eq!(ProposalState::of(false, false, 100, 100, false), ProposalState::Rejected);
        assert_eq!(ProposalState::of(false, true, 100, 100, true), ProposalState::Closed);
        assert!(is_majority(2, 3) && !is_majority(1, 3) && !is_majority(2, 4));
    }
}
