//! Where a governance proposal stands, from its record, the contract's own verdict and the chain's time,
//! and what a vote needs, read and checked: one home for `stkr govern` and the dashboard.

use std::fmt;

use alloy::primitives::{Address, U256};
use serde::Serialize;

use crate::{
    Error, Result,
    batch::Batch,
    bindings::{Governance, IGovernance, Multicall3},
    chain::Chain,
    codes::Vote,
    deploy::Contracts,
    time::utc,
};

/// A proposal's clock: its vote, then the timelock, then the window in which it may run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// When it was made (unix seconds); only governors seated by then vote on it.
    pub start: u64,
    /// When voting closes.
    pub end: u64,
    /// When a passed proposal may first run (the end plus the timelock).
    pub eta: u64,
    /// When a passed proposal that nobody ran expires.
    pub expires_at: u64,
}

impl Timeline {
    /// The clock of a proposal record.
    pub fn of(p: &IGovernance::Proposal) -> Self {
        Self {
            start: p.start.to::<u64>(),
            end: p.end.to::<u64>(),
            eta: p.eta.to::<u64>(),
            expires_at: p.expiresAt.to::<u64>(),
        }
    }
}

/// A proposal's state, for people and scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalState {
    /// Voting is open.
    Open,
    /// It passed and waits out its timelock.
    Queued,
    /// It passed and its timelock is over: anyone may execute it until it expires.
    Passed,
    /// Voting is over and it fails.
    Rejected,
    /// It was executed.
    Executed,
    /// It passed but nobody executed it in time.
    Expired,
    /// It was finalized without passing: nothing more happens.
    Closed,
}

impl ProposalState {
    /// The state at chain time `now` of a proposal with clock `timeline`; `passes` is the contract's
    /// verdict on its votes (`Governance.passed`).
    pub fn of(executed: bool, finalized: bool, timeline: Timeline, now: u64, passes: bool) -> Self {
        if executed {
            Self::Executed
        } else if now < timeline.end {
            Self::Open
        } else if passes {
            if now < timeline.eta {
                Self::Queued
            } else if now < timeline.expires_at {
                Self::Passed
            } else {
                Self::Expired
            }
        } else if finalized {
            Self::Closed
        } else {
            Self::Rejected
        }
    }

    /// The next moment that matters in this state: the vote's end while open, the end of the timelock while
    /// queued, the expiry once passed; none once it is settled one way or the other.
    pub fn deadline(self, timeline: Timeline) -> Option<u64> {
        match self {
            Self::Open => Some(timeline.end),
            Self::Queued => Some(timeline.eta),
            Self::Passed => Some(timeline.expires_at),
            _ => None,
        }
    }

    /// Whether it still needs something: votes while open, time while queued, execution once passed.
    pub fn is_live(self) -> bool {
        matches!(self, Self::Open | Self::Queued | Self::Passed)
    }

    /// The name people and scripts see.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Queued => "queued",
            Self::Passed => "passed",
            Self::Rejected => "rejected",
            Self::Executed => "executed",
            Self::Expired => "expired",
            Self::Closed => "closed",
        }
    }
}

impl fmt::Display for ProposalState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours a width, so tables line up.
        f.pad(self.name())
    }
}

/// Whether `votes` of a proposal's `seats` (2n+1 when it was made) reach a quorum of `quorum_bps`, as
/// `Governance.passed` counts: every seat counts, filled or not.
pub fn reaches_quorum(votes: u64, seats: u64, quorum_bps: u64) -> bool {
    votes * 10_000 >= quorum_bps * seats
}

/// What executing proposal `id` needs, checked before anything is sent: it passed, its timelock is
/// over, it has not expired or run.
pub fn check_execute(id: u64, state: ProposalState, timeline: Timeline) -> Result<()> {
    let refuse = |sentence: String| Err(Error::Simulation(sentence));
    match state {
        ProposalState::Passed => Ok(()),
        ProposalState::Open => refuse(format!("voting on proposal {id} is still open until {}", utc(timeline.end))),
        ProposalState::Queued => refuse(format!(
            "proposal {id} passed and waits out its timelock until {}; execute it then",
            utc(timeline.eta)
        )),
        ProposalState::Expired => refuse(format!(
            "proposal {id} passed but expired unexecuted at {}; propose it again",
            utc(timeline.expires_at)
        )),
        ProposalState::Executed => refuse(format!("proposal {id} was already executed")),
        ProposalState::Rejected | ProposalState::Closed => refuse(format!("proposal {id} did not pass")),
    }
}

/// What a vote depends on, read from the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoteFacts {
    /// The voter.
    pub governor: Address,
    /// Whether the voter holds a seat.
    pub is_governor: bool,
    /// When the voter's seat began (0 without one).
    pub seated_at: u64,
    /// The proposal.
    pub id: u64,
    /// How many proposals exist (ids run from 1).
    pub proposal_count: u64,
    /// When it was made: only governors seated by then vote on it.
    pub start: u64,
    /// When its voting ends.
    pub end: u64,
    /// The chain's time.
    pub now: u64,
    /// How the voter already voted on it.
    pub cast: Vote,
}

impl VoteFacts {
    /// Read what a vote of `governor` on proposal `id` depends on: one round trip, two when the proposal
    /// exists (its record and the governor's vote on it are read only then).
    pub async fn read(chain: &Chain, contracts: &Contracts, governor: Address, id: u64) -> Result<Self> {
        let governance = address(contracts)?;
        let mut batch = Batch::new();
        let member = batch.add(governance, Governance::memberOfCall { account: governor });
        let count = batch.add(governance, Governance::proposalCountCall {});
        let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
        let answers = batch.run(chain, contracts.multicall3).await?;
        let proposal_count = answers.get(count)?.saturating_to::<u64>();
        let (start, end, cast) = if (1..=proposal_count).contains(&id) {
            let mut batch = Batch::new();
            let proposal = batch.add(governance, Governance::getProposalCall { id: U256::from(id) });
            let vote = batch.add(governance, Governance::voteOfCall { id: U256::from(id), governor });
            let answers = batch.run(chain, contracts.multicall3).await?;
            let proposal = answers.get(proposal)?;
            (proposal.start.to::<u64>(), proposal.end.to::<u64>(), Vote::from(answers.get(vote)?))
        } else {
            (0, 0, Vote::None)
        };
        let member = answers.get(member)?;
        Ok(Self {
            governor,
            is_governor: member.governor,
            seated_at: member.seatedAt.to::<u64>(),
            id,
            proposal_count,
            start,
            end,
            now: answers.get(now)?.saturating_to(),
            cast,
        })
    }
}

/// The Governance contract of `contracts`; a deployment without one is an error that says how to get one.
pub fn address(contracts: &Contracts) -> Result<Address> {
    contracts.governance.ok_or_else(|| {
        Error::Other(
            "this deployment has no Governance contract: deploy with `stkr deploy --governor A --governor B --governor C`"
                .into(),
        )
    })
}

/// Refuse a vote the Governance contract would refuse, in the contract's order, before anything is asked
/// or sent: a seat, an existing proposal, open voting, a seat held since it was made, one vote each.
pub fn check_vote(facts: &VoteFacts) -> Result<()> {
    let VoteFacts { governor, id, .. } = *facts;
    let refuse = |sentence: String| Err(Error::Simulation(sentence));
    if !facts.is_governor {
        return refuse(format!("{governor} is not a governor"));
    }
    if id == 0 || id > facts.proposal_count {
        return refuse(format!("there is no proposal {id}"));
    }
    if facts.now >= facts.end {
        return refuse(format!("voting on proposal {id} has closed"));
    }
    if facts.seated_at > facts.start {
        return refuse(format!(
            "{governor} took its seat after proposal {id} was made; only the governors seated then vote on it"
        ));
    }
    if facts.cast != Vote::None {
        return refuse(format!("{governor} already voted on proposal {id}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vote_needs_a_seat_held_since_the_proposal_an_open_vote_and_no_earlier_vote() {
        let open = VoteFacts {
            governor: Address::ZERO,
            is_governor: true,
            seated_at: 10,
            id: 1,
            proposal_count: 1,
            start: 10,
            end: 100,
            now: 99,
            cast: Vote::None,
        };
        assert!(check_vote(&open).is_ok());
        assert!(check_vote(&VoteFacts { is_governor: false, ..open }).is_err());
        assert!(check_vote(&VoteFacts { id: 2, ..open }).is_err());
        assert!(check_vote(&VoteFacts { now: 100, ..open }).is_err());
        let late = check_vote(&VoteFacts { seated_at: 11, ..open }).err().map(|e| e.to_string());
        assert!(late.is_some_and(|e| e.contains("took its seat after")));
        let again = check_vote(&VoteFacts { cast: Vote::Yes, ..open }).err().map(|e| e.to_string());
        assert!(again.is_some_and(|e| e.contains("already voted")));
    }

    #[test]
    fn states_follow_the_record_the_timelock_and_the_expiry() {
        let t = Timeline { start: 0, end: 100, eta: 150, expires_at: 300 };
        assert_eq!(ProposalState::of(true, false, t, 50, true), ProposalState::Executed);
        assert_eq!(ProposalState::of(false, false, t, 99, true), ProposalState::Open);
        assert_eq!(ProposalState::of(false, false, t, 100, true), ProposalState::Queued);
        assert_eq!(ProposalState::of(false, true, t, 150, true), ProposalState::Passed);
        assert_eq!(ProposalState::of(false, false, t, 300, true), ProposalState::Expired);
        assert_eq!(ProposalState::of(false, false, t, 100, false), ProposalState::Rejected);
        assert_eq!(ProposalState::of(false, true, t, 100, false), ProposalState::Closed);
        assert!(check_execute(1, ProposalState::Passed, t).is_ok());
        let queued = check_execute(1, ProposalState::Queued, t).err().map(|e| e.to_string());
        assert!(queued.is_some_and(|e| e.contains("timelock")));
        assert!(check_execute(1, ProposalState::Expired, t).is_err());
    }

    #[test]
    fn quorum_counts_every_seat() {
        assert!(reaches_quorum(3, 5, 5_000));
        assert!(!reaches_quorum(2, 5, 5_000));
        assert!(!reaches_quorum(1, 5, 5_000), "a lone governor never reaches quorum");
    }
}
