//! Governance: its phase, election and member lists in the first round trip; each member's stake and
//! votes and the newest proposals (with the contract's verdict and the account's vote) in the second.

use alloy::primitives::{Address, U256};
use stkr_core::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::Governance as Gov,
    codes::{GovernancePhase, Vote},
    governance::Timeline,
};

use super::RECENT_PROPOSALS;
use crate::data::{Governance, Member, Proposal};

/// What the first round trip read of governance.
pub(super) struct Head {
    address: Address,
    phase: GovernancePhase,
    next_election: u64,
    election_snapshot: u64,
    governors: Vec<Address>,
    candidates: Vec<Address>,
    proposals: u64,
}

/// Governance's slots in the first round trip.
pub(super) struct HeadSlots {
    address: Address,
    phase: Slot<Gov::phaseCall>,
    election_snapshot: Slot<Gov::electionSnapshotAtCall>,
    next_election: Slot<Gov::nextElectionAtCall>,
    governors: Slot<Gov::governorsCall>,
    candidates: Slot<Gov::candidatesCall>,
    proposals: Slot<Gov::proposalCountCall>,
}

impl HeadSlots {
    pub(super) fn add(batch: &mut Batch, g: Address) -> Self {
        Self {
            address: g,
            phase: batch.add(g, Gov::phaseCall {}),
            election_snapshot: batch.add(g, Gov::electionSnapshotAtCall {}),
            next_election: batch.add(g, Gov::nextElectionAtCall {}),
            governors: batch.add(g, Gov::governorsCall {}),
            candidates: batch.add(g, Gov::candidatesCall {}),
            proposals: batch.add(g, Gov::proposalCountCall {}),
        }
    }

    pub(super) fn read(self, r: &Answers) -> Result<Head> {
        Ok(Head {
            address: self.address,
            phase: GovernancePhase::from(r.get(self.phase)?),
            next_election: r.get(self.next_election)?.saturating_to(),
            election_snapshot: r.get(self.election_snapshot)?.saturating_to(),
            governors: r.get(self.governors)?,
            candidates: r.get(self.candidates)?,
            proposals: r.get(self.proposals)?.saturating_to(),
        })
    }
}

/// One member's slots: its record and its votes.
type MemberSlots = (Address, Slot<Gov::memberOfCall>, Slot<Gov::weightOfCall>);

/// One proposal's slots: its record, the contract's verdict and the account's vote.
struct ProposalSlots {
    id: u64,
    proposal: Slot<Gov::getProposalCall>,
    passed: Slot<Gov::passedCall>,
    vote: Option<Slot<Gov::voteOfCall>>,
}

/// Governance's slots in the second round trip.
pub(super) struct Slots {
    phase: GovernancePhase,
    next_election: u64,
    election_snapshot: u64,
    governors: Vec<MemberSlots>,
    candidates: Vec<MemberSlots>,
    proposals: Vec<ProposalSlots>,
}

fn add_members(batch: &mut Batch, g: Address, members: &[Address]) -> Vec<MemberSlots> {
    members
        .iter()
        .map(|&a| (a, batch.add(g, Gov::memberOfCall { account: a }), batch.add(g, Gov::weightOfCall { account: a })))
        .collect()
}

fn read_members(r: &Answers, slots: Vec<MemberSlots>) -> Result<Vec<Member>> {
    slots
        .into_iter()
        .map(|(address, member, weight)| {
            let m = r.get(member)?;
            Ok(Member { address, stake: U256::from(m.stake), weight: r.get(weight)?, missed_in_row: m.missedInRow })
        })
        .collect()
}

impl Slots {
    pub(super) fn add(batch: &mut Batch, head: &Head, me: Option<Address>) -> Self {
        let g = head.address;
        let newest = head.proposals.saturating_sub(RECENT_PROPOSALS) + 1..=head.proposals;
        Self {
            phase: head.phase,
            next_election: head.next_election,
            election_snapshot: head.election_snapshot,
            governors: add_members(batch, g, &head.governors),
            candidates: add_members(batch, g, &head.candidates),
            proposals: newest
                .rev()
                .map(|id| ProposalSlots {
                    id,
                    proposal: batch.add(g, Gov::getProposalCall { id: U256::from(id) }),
                    passed: batch.add(g, Gov::passedCall { id: U256::from(id) }),
                    vote: me.map(|who| batch.add(g, Gov::voteOfCall { id: U256::from(id), governor: who })),
                })
                .collect(),
        }
    }

    pub(super) fn read(self, r: &Answers) -> Result<Governance> {
        Ok(Governance {
            phase: self.phase,
            next_election: self.next_election,
            election_snapshot: self.election_snapshot,
            governors: read_members(r, self.governors)?,
            candidates: read_members(r, self.candidates)?,
            proposals: self.proposals.into_iter().map(|slots| slots.read(r)).collect::<Result<_>>()?,
        })
    }
}

impl ProposalSlots {
    fn read(self, r: &Answers) -> Result<Proposal> {
        let p = r.get(self.proposal)?;
        Ok(Proposal {
            id: self.id,
            proposer: p.proposer,
            timeline: Timeline::of(&p),
            executed: p.executed,
            finalized: p.finalized,
            yes: p.yes,
            no: p.no,
            seats: p.seats,
            description: p.description,
            passes: r.get(self.passed)?,
            my_vote: self.vote.map(|slot| r.get(slot)).transpose()?.map_or(Vote::None, Vote::from),
        })
    }
}
