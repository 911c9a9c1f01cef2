//! Where a governance proposal stands, from its record, the contract's own verdict and the chain's time,
//! and what a vote needs, read and checked: one home for `stkr govern` and the dashboard.

use std::fmt;

use alloy::primitives::{Address, U256};
use serde::Serialize;

use crate::{
    Error, Result,
    batch::Batch,
    bindings::{Governance, Multicall3},
    chain::Chain,
    codes::Vote,
    deploy::Contracts,
};

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

/// What a vote depends on, read from the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoteFacts {
    /// The voter.
    pub governor: Address,
    /// Whether the voter holds a seat.
    pub is_governor: bool,
    /// The proposal.
    pub id: u64,
    /// How many proposals exist (ids run from 1).
    pub proposal_count: u64,
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
        let (end, cast) = if (1..=proposal_count).contains(&id) {
            let mut batch = Batch::new();
            let proposal = batch.add(governance, Governance::getProposalCall { id: U256::from(id) });
            let vote = batch.add(governance, Governance::voteOfCall { id: U256::from(id), governor });
            let answers = batch.run(chain, contracts.multicall3).await?;
            (answers.get(proposal)?.end.saturating_to(), Vote::from(answers.get(vote)?))
        } else {
            (0, Vote::None)
        };
        Ok(Self {
            governor,
            is_governor: answers.get(member)?.governor,
            id,
            proposal_count,
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
/// or sent: a seat, an existing proposal, open voting, one vote each.
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
    if facts.cast != Vote::None {
        return refuse(format!("{governor} already voted on proposal {id}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vote_needs_a_seat_an_open_proposal_and_no_earlier_vote() {
        let open = VoteFacts {
            governor: Address::ZERO,
            is_governor: true,
            id: 1,
            proposal_count: 1,
            end: 100,
            now: 99,
            cast: Vote::None,
        };
        assert!(check_vote(&open).is_ok());
        assert!(check_vote(&VoteFacts { is_governor: false, ..open }).is_err());
        assert!(check_vote(&VoteFacts { id: 2, ..open }).is_err());
        assert!(check_vote(&VoteFacts { now: 100, ..open }).is_err());
        let again = check_vote(&VoteFacts { cast: Vote::Yes, ..open }).err().map(|e| e.to_string());
        assert!(again.is_some_and(|e| e.contains("already voted")));
    }

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
