//! Who may join, apply, unstake and propose in governance, and when an election locks stakes: read from
//! the chain and checked in the contract's order, one home for `stkr govern` and the dashboard.

use alloy::primitives::{Address, U256};

use crate::{
    Error, Result,
    batch::Batch,
    bindings::{AnkrToken, Governance, Multicall3, Parameters},
    chain::Chain,
    codes::GovernancePhase,
    deploy::Contracts,
    governance::address,
    params::index_of,
    time::utc,
    units::AmountView,
};

/// The most candidates at once (`Governance.MAX_CANDIDATES`).
pub const MAX_CANDIDATES: usize = 100;

/// What a member's transaction depends on, read from the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberFacts {
    /// The account.
    pub account: Address,
    /// Its stake in Governance.
    pub stake: U256,
    /// Whether it was invited (and has not joined).
    pub invited: bool,
    /// Whether it holds a seat.
    pub governor: bool,
    /// Whether it stands as a candidate.
    pub candidate: bool,
    /// Its proposals not yet finalized.
    pub open_proposals: u64,
    /// The government's phase.
    pub phase: GovernancePhase,
    /// The next election's snapshot (unix seconds): stakes and candidacies lock from it until it runs.
    pub snapshot_at: u64,
    /// The chain's time.
    pub now: u64,
    /// How many candidates stand (at `MAX_CANDIDATES` an applicant needs more stake than the lightest,
    /// which the contract itself compares).
    pub candidates: usize,
    /// `governor-min-stake`.
    pub min_stake: U256,
    /// `max-open-proposals`.
    pub max_open_proposals: u64,
    /// `proposal-bond`.
    pub bond: U256,
    /// The account's ANKR in its wallet.
    pub ankr: U256,
}

/// A member's transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberAction {
    /// Join as an invited governor, staking this much.
    Join(U256),
    /// Apply as a candidate after staking this much more.
    Apply(U256),
    /// Withdraw this much stake.
    Unstake(U256),
    /// Withdraw the candidacy.
    WithdrawCandidacy,
    /// Make a proposal (locking the bond).
    Propose,
}

impl MemberFacts {
    /// Read `account`'s standing and the rules around it: one round trip.
    pub async fn read(chain: &Chain, contracts: &Contracts, account: Address) -> Result<Self> {
        let governance = address(contracts)?;
        let key = |name: &str| index_of(name).and_then(|i| u8::try_from(i).ok()).unwrap_or_default();
        let mut batch = Batch::new();
        let member = batch.add(governance, Governance::memberOfCall { account });
        let phase = batch.add(governance, Governance::phaseCall {});
        let snapshot = batch.add(governance, Governance::electionSnapshotAtCall {});
        let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
        let candidates = batch.add(governance, Governance::candidatesCall {});
        let min_stake = batch.add(contracts.parameters, Parameters::getCall { key: key("governor-min-stake") });
        let max_open = batch.add(contracts.parameters, Parameters::getCall { key: key("max-open-proposals") });
        let bond = batch.add(contracts.parameters, Parameters::getCall { key: key("proposal-bond") });
        let ankr = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account });
        let r = batch.run(chain, contracts.multicall3).await?;
        let m = r.get(member)?;
        Ok(Self {
            account,
            stake: U256::from(m.stake),
            invited: m.invited,
            governor: m.governor,
            candidate: m.candidate,
            open_proposals: u64::from(m.openProposals),
            phase: GovernancePhase::from(r.get(phase)?),
            snapshot_at: r.get(snapshot)?.saturating_to(),
            now: r.get(now)?.saturating_to(),
            candidates: r.get(candidates)?.len(),
            min_stake: r.get(min_stake)?,
            max_open_proposals: r.get(max_open)?.saturating_to(),
            bond: r.get(bond)?,
            ankr: r.get(ankr)?,
        })
    }

    /// Whether the election lock holds: its snapshot has passed and it has not run.
    pub fn locked(&self) -> bool {
        election_locked(self.snapshot_at, self.now)
    }
}

/// Whether an election whose snapshot is at `snapshot_at` locks stakes, candidacies and delegated votes at
/// chain time `now`: from the snapshot until the election has run (then the next snapshot moves ahead).
pub fn election_locked(snapshot_at: u64, now: u64) -> bool {
    now >= snapshot_at
}

/// Refuse what the Governance contract would refuse, before any approval or stake is sent (otherwise the
/// approval, and the stake of `apply --stake`, would go out and only the last step fail).
pub fn check_member_action(facts: &MemberFacts, action: MemberAction) -> Result<()> {
    let account = facts.account;
    let refuse = |sentence: String| Err(Error::Simulation(sentence));
    let lock = || {
        format!(
            "stakes and candidacies are locked from the election snapshot at {} until the election has run (`stkr govern elect`)",
            utc(facts.snapshot_at)
        )
    };
    let keeps_minimum = |total: U256| {
        if total < facts.min_stake {
            return refuse(format!(
                "a governor or candidate keeps at least {} staked, and this would leave {}",
                AmountView::ankr(facts.min_stake),
                AmountView::ankr(total)
            ));
        }
        Ok(())
    };
    match action {
        MemberAction::Join(amount) => {
            if facts.governor || facts.candidate {
                return refuse(format!("{account} is already a governor or candidate"));
            }
            if !facts.invited {
                return refuse(format!("{account} was not invited to govern"));
            }
            if facts.phase != GovernancePhase::Initialization {
                return refuse(
                    "invitations are accepted only during the initialization phase, which is over: apply as a candidate with `stkr govern apply`".into(),
                );
            }
            keeps_minimum(facts.stake.saturating_add(amount))
        }
        MemberAction::Apply(adding) => {
            if facts.governor {
                return refuse(format!("{account} is already a governor"));
            }
            if facts.candidate {
                return refuse(format!("{account} is already a candidate"));
            }
            if facts.invited && facts.phase == GovernancePhase::Initialization {
                return refuse(format!(
                    "{account} is invited: join with `stkr govern join` instead (one seat per account)"
                ));
            }
            if facts.locked() {
                return refuse(lock());
            }
            keeps_minimum(facts.stake.saturating_add(adding))
        }
        MemberAction::Unstake(amount) => {
            if facts.locked() {
                return refuse(lock());
            }
            if amount > facts.stake {
                return refuse(format!(
                    "{account} has {} staked, less than {}",
                    AmountView::ankr(facts.stake),
                    AmountView::ankr(amount)
                ));
            }
            if facts.governor || facts.candidate { keeps_minimum(facts.stake - amount) } else { Ok(()) }
        }
        MemberAction::WithdrawCandidacy => {
            if !facts.candidate {
                return refuse(format!("{account} is not a candidate"));
            }
            if facts.locked() {
                return refuse(lock());
            }
            Ok(())
        }
        MemberAction::Propose => {
            if !facts.governor {
                return refuse(format!("{account} is not a governor"));
            }
            if facts.open_proposals >= facts.max_open_proposals {
                return refuse(format!(
                    "{account} already has {} open proposals, the most allowed; finalize one first (`stkr govern finalize ID`)",
                    facts.open_proposals
                ));
            }
            if facts.ankr < facts.bond {
                return refuse(format!(
                    "a proposal locks a bond of {} (returned once it reaches quorum), and {account} holds {}",
                    AmountView::ankr(facts.bond),
                    AmountView::ankr(facts.ankr)
                ));
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> MemberFacts {
        MemberFacts {
            account: Address::ZERO,
            stake: U256::ZERO,
            invited: false,
            governor: false,
            candidate: false,
            open_proposals: 0,
            phase: GovernancePhase::Initialization,
            snapshot_at: 1_000,
            now: 500,
            candidates: 0,
            min_stake: U256::from(100u64),
            max_open_proposals: 3,
            bond: U256::from(10u64),
            ankr: U256::from(10u64),
        }
    }

    fn refusal(facts: &MemberFacts, action: MemberAction) -> String {
        check_member_action(facts, action).err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn candidates_apply_before_the_snapshot_and_invited_accounts_join_instead() {
        let outsider = facts();
        assert!(check_member_action(&outsider, MemberAction::Apply(U256::from(100u64))).is_ok());
        assert!(refusal(&outsider, MemberAction::Apply(U256::from(99u64))).contains("at least"));
        let invited = MemberFacts { invited: true, ..outsider };
        assert!(refusal(&invited, MemberAction::Apply(U256::from(100u64))).contains("join"));
        assert!(check_member_action(&invited, MemberAction::Join(U256::from(100u64))).is_ok());
        let late = MemberFacts { phase: GovernancePhase::Transition, now: 1_000, ..invited };
        assert!(refusal(&late, MemberAction::Join(U256::from(100u64))).contains("initialization"));
        assert!(refusal(&late, MemberAction::Apply(U256::from(100u64))).contains("locked"));
    }

    #[test]
    fn the_election_lock_holds_stakes_and_candidacies() {
        let candidate = MemberFacts { candidate: true, stake: U256::from(150u64), ..facts() };
        assert!(check_member_action(&candidate, MemberAction::Unstake(U256::from(50u64))).is_ok());
        assert!(refusal(&candidate, MemberAction::Unstake(U256::from(51u64))).contains("at least"));
        let locked = MemberFacts { now: 1_000, ..candidate };
        assert!(refusal(&locked, MemberAction::Unstake(U256::from(1u64))).contains("locked"));
        assert!(refusal(&locked, MemberAction::WithdrawCandidacy).contains("locked"));
        assert!(check_member_action(&candidate, MemberAction::WithdrawCandidacy).is_ok());
    }

    #[test]
    fn a_proposal_needs_a_seat_a_free_place_and_the_bond() {
        let governor = MemberFacts { governor: true, ..facts() };
        assert!(check_member_action(&governor, MemberAction::Propose).is_ok());
        let busy = MemberFacts { open_proposals: 3, ..governor };
        assert!(refusal(&busy, MemberAction::Propose).contains("finalize one first"));
        let poor = MemberFacts { ankr: U256::from(9u64), ..governor };
        assert!(refusal(&poor, MemberAction::Propose).contains("bond"));
        assert!(refusal(&facts(), MemberAction::Propose).contains("not a governor"));
    }
}
