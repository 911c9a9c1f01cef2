//! Where a marketplace project stands: its phase from its on-chain status, deadlines and the chain's time.

use serde::Serialize;

use crate::codes::ProjectStatus;

/// `Marketplace.Status.Bidding`.
// Kept until the commands read `ProjectStatus`.
pub const STATUS_BIDDING: u8 = ProjectStatus::Bidding.code();
/// `Marketplace.Status.Running`.
pub const STATUS_RUNNING: u8 = ProjectStatus::Running.code();

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
    pub fn of(
        status: impl Into<ProjectStatus>,
        now: u64,
        commit_end: u64,
        reveal_end: u64,
        ends_at: Option<u64>,
    ) -> Self {
        match status.into() {
            ProjectStatus::Bidding if now < commit_end => Self::Commit,
            ProjectStatus::Bidding if now < reveal_end => Self::Reveal,
            ProjectStatus::Bidding => Self::Settle,
            ProjectStatus::Running if ends_at.is_some_and(|end| now < end) => Self::Running,
            ProjectStatus::Running => Self::Complete,
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
        assert_eq!(Phase::of(ProjectStatus::Bidding, 99, 100, 200, None), Phase::Commit);
        assert_eq!(Phase::of(ProjectStatus::Bidding, 100, 100, 200, None), Phase::Reveal);
        assert_eq!(Phase::of(ProjectStatus::Bidding, 200, 100, 200, None), Phase::Settle);
        assert_eq!(Phase::of(ProjectStatus::Running, 299, 100, 200, Some(300)), Phase::Running);
        assert_eq!(Phase::of(ProjectStatus::Running, 300, 100, 200, Some(300)), Phase::Complete);
        assert_eq!(Phase::of(ProjectStatus::Completed, 0, 100, 200, None), Phase::Closed);
    }
}
