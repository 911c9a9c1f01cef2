//! Where a marketplace project stands: its phase from its on-chain status, deadlines and the chain's time.

use serde::Serialize;

/// `Marketplace.Status.Bidding`.
pub const STATUS_BIDDING: u8 = 1;
/// `Marketplace.Status.Running`.
pub const STATUS_RUNNING: u8 = 2;

/// Where a project is in its life, for people and scripts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Sealed bids are taken.
    #[default]
    Commit,
    /// Sealed bids are revealed.
    Reveal,
    /// The auction is over and waits for `stkr auction settle`.
    Settle,
    /// The provider runs the project.
    Running,
    /// The duration has passed; the provider may complete it.
    Complete,
    /// Nothing more happens: completed, failed or unassigned.
    Closed,
}

impl Phase {
    /// The phase of a project with `status` at chain time `now`, given its commit and reveal deadlines
    /// and, once running, when its duration ends.
    pub fn of(status: u8, now: u64, commit_end: u64, reveal_end: u64, ends_at: Option<u64>) -> Self {
        match status {
            STATUS_BIDDING if now < commit_end => Self::Commit,
            STATUS_BIDDING if now < reveal_end => Self::Reveal,
            STATUS_BIDDING => Self::Settle,
            STATUS_RUNNING if ends_at.is_some_and(|end| now < end) => Self::Running,
            STATUS_RUNNING => Self::Complete,
            _ => Self::Closed,
        }
    }

    /// The phase's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Commit => "commit",
            Self::Reveal => "reveal",
            Self::Settle => "settle",
            Self::Running => "running",
            Self::Complete => "complete",
            Self::Closed => "closed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_follow_status_and_deadlines() {
        assert_eq!(Phase::of(STATUS_BIDDING, 99, 100, 200, None), Phase::Commit);
        assert_eq!(Phase::of(STATUS_BIDDING, 100, 100, 200, None), Phase::Reveal);
        assert_eq!(Phase::of(STATUS_BIDDING, 200, 100, 200, None), Phase::Settle);
        assert_eq!(Phase::of(STATUS_RUNNING, 299, 100, 200, Some(300)), Phase::Running);
        assert_eq!(Phase::of(STATUS_RUNNING, 300, 100, 200, Some(300)), Phase::Complete);
        assert_eq!(Phase::of(3, 0, 100, 200, None), Phase::Closed);
    }
}
