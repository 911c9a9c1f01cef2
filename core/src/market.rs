//! Where a marketplace project stands (its phase from its on-chain status, deadlines and the chain's time)
//! and the marketplace's pre-checks of sealing and revealing a bid: one home for `stkr auction` and the
//! dashboard.

use alloy::primitives::{Address, U256};
use serde::Serialize;

use crate::{
    Error,
    codes::ProjectStatus,
    provider::Resources,
    time::{countdown, utc},
    units::format_amount,
};

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

/// A project's auction as a bid or a reveal sees it: its status, deadlines and the chain's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Auction {
    /// The project.
    pub id: u64,
    /// Its on-chain status.
    pub status: ProjectStatus,
    /// When the commit phase ends.
    pub commit_end: u64,
    /// When the reveal phase ends.
    pub reveal_end: u64,
    /// The chain's time.
    pub now: u64,
}

impl Auction {
    /// Its phase (a project in its auction has no end of duration yet).
    pub fn phase(&self) -> Phase {
        Phase::of(self.status, self.now, self.commit_end, self.reveal_end, None)
    }

    /// `date (in 3h 2m)` for a deadline.
    pub fn when(&self, at: u64) -> String {
        format!("{} ({})", utc(at), countdown(at, self.now))
    }

    /// The refusal of `action` ("takes no bids") on a project that is not `Bidding`, if it is not.
    pub fn not_bidding(&self, action: &str) -> Option<Error> {
        let id = self.id;
        match self.status {
            ProjectStatus::Bidding => None,
            ProjectStatus::Running => {
                Some(Error::Simulation(format!("project {id} is running (its auction was settled), so it {action}")))
            }
            status => Some(Error::Simulation(format!("project {id} is {status}, so it {action}"))),
        }
    }
}

/// What sealing a bid depends on, read from the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BidFacts {
    /// The bidder.
    pub bidder: Address,
    /// The project's auction.
    pub auction: Auction,
    /// The project's fixed price (FP), the ceiling of a bid.
    pub fixed_price: U256,
    /// The bond a bid locks.
    pub bid_bond: U256,
    /// What the project needs per node.
    pub needs: Resources,
    /// Whether the bidder has a sealed commitment on the project.
    pub sealed: bool,
    /// Whether the bidder already revealed a bid on it.
    pub revealed: bool,
    /// Whether the bidder is a qualified provider now.
    pub qualified: bool,
    /// What the bidder offers per node.
    pub offers: Resources,
    /// The bidder's free bond balance.
    pub free_bond: U256,
    /// The bidder's ANKR outside the bond balance.
    pub balance: U256,
}

impl BidFacts {
    /// The ANKR the bid takes from the bidder's wallet: what the free bond balance lacks of the bond.
    pub fn top_up(&self) -> U256 {
        self.bid_bond.saturating_sub(self.free_bond)
    }
}

/// Refuse a sealed bid of `price` the marketplace would refuse, before any approval goes out; else the
/// ANKR to top the bond balance up with ([`BidFacts::top_up`]).
pub fn check_bid(facts: &BidFacts, price: U256) -> Result<U256, Error> {
    let auction = facts.auction;
    let id = auction.id;
    if let Some(refusal) = auction.not_bidding("takes no bids") {
        return Err(refusal);
    }
    match auction.phase() {
        Phase::Reveal => {
            return Err(Error::Simulation(format!(
                "the commit phase of project {id} ended {}; sealed bids are revealed with `stkr auction reveal \
                 {id}` until {}",
                auction.when(auction.commit_end),
                utc(auction.reveal_end)
            )));
        }
        Phase::Settle => {
            return Err(Error::Simulation(format!(
                "the auction of project {id} closed {}; it can be settled with `stkr auction settle {id}`",
                auction.when(auction.reveal_end)
            )));
        }
        _ => {}
    }
    if price > facts.fixed_price {
        return Err(Error::InvalidInput(format!(
            "a bid on project {id} may be at most its fixed price of {} ANKR, not {} ANKR; nothing was sent",
            format_amount(facts.fixed_price),
            format_amount(price)
        )));
    }
    check_bidder(facts)
}

/// The bidder's side of [`check_bid`]: one bid each, qualified, offering enough, and able to lock the bond.
fn check_bidder(facts: &BidFacts) -> Result<U256, Error> {
    let (from, id) = (facts.bidder, facts.auction.id);
    if facts.sealed || facts.revealed {
        return Err(Error::Simulation(format!(
            "{from} already sealed a bid on project {id}; reveal it with `stkr auction reveal {id}`"
        )));
    }
    if !facts.qualified {
        return Err(Error::Simulation(format!("{from} is not a qualified provider right now, so it may not bid")));
    }
    if !facts.offers.covers(&facts.needs) {
        return Err(Error::Simulation(format!(
            "{from} offers {} but project {id} needs {}, so it may not bid",
            facts.offers, facts.needs
        )));
    }
    let top_up = facts.top_up();
    if facts.balance < top_up {
        return Err(Error::Simulation(format!(
            "the bond of {} ANKR needs {} ANKR more than the bond balance holds, but {from} has only {} ANKR",
            format_amount(facts.bid_bond),
            format_amount(top_up),
            format_amount(facts.balance)
        )));
    }
    Ok(top_up)
}

/// What revealing a bid depends on, read from the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevealFacts {
    /// The bidder.
    pub bidder: Address,
    /// The project's auction.
    pub auction: Auction,
    /// Whether the bidder has a sealed commitment on the project.
    pub sealed: bool,
    /// The price the bidder revealed, if it did.
    pub revealed: Option<U256>,
}

/// Refuse a reveal the marketplace would refuse, before the bid file is opened.
pub fn check_reveal(facts: &RevealFacts) -> Result<(), Error> {
    let RevealFacts { bidder: from, auction, .. } = *facts;
    let id = auction.id;
    if let Some(refusal) = auction.not_bidding("takes no reveals") {
        return Err(refusal);
    }
    if let Some(price) = facts.revealed {
        return Err(Error::Simulation(format!(
            "{from} already revealed its bid of {} ANKR on project {id}",
            format_amount(price)
        )));
    }
    if !facts.sealed {
        return Err(Error::Simulation(format!("{from} has no sealed bid on project {id} to reveal")));
    }
    match auction.phase() {
        Phase::Commit => Err(Error::Simulation(format!(
            "the reveal phase of project {id} begins {}; reveal with `stkr auction reveal {id}` from then until {}",
            auction.when(auction.commit_end),
            utc(auction.reveal_end)
        ))),
        Phase::Settle => Err(Error::Simulation(format!(
            "the reveal phase of project {id} ended {}; the bid can no longer be revealed and its bond may be \
             forfeited",
            auction.when(auction.reveal_end)
        ))),
        _ => Ok(()),
    }
}

/// What completing a project depends on, read from the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompleteFacts {
    /// Who completes it.
    pub completer: Address,
    /// The project.
    pub id: u64,
    /// Its status.
    pub status: ProjectStatus,
    /// Its assigned provider.
    pub provider: Address,
    /// When its duration ends, once running.
    pub ends_at: Option<u64>,
    /// The chain's time.
    pub now: u64,
    /// The completer's ANKR.
    pub balance: U256,
    /// The profit it deposits.
    pub profit: U256,
}

/// Refuse a completion the marketplace would refuse: only the assigned provider completes a running
/// project, after its duration, depositing a profit it holds.
pub fn check_complete(facts: &CompleteFacts) -> Result<(), Error> {
    let CompleteFacts { completer: from, id, .. } = *facts;
    let refuse = |sentence: String| Err(Error::Simulation(sentence));
    match facts.status {
        ProjectStatus::Running => {}
        ProjectStatus::Completed => return refuse(format!("project {id} is already completed")),
        ProjectStatus::Bidding => {
            return refuse(format!(
                "project {id} is still in its auction; it runs once settled (`stkr auction settle {id}`) and can be \
                 completed after its duration"
            ));
        }
        status => return refuse(format!("project {id} is {status}; only a running project can be completed")),
    }
    if facts.provider != from {
        return refuse(format!(
            "only the provider assigned to project {id}, {}, may complete it, not {from}",
            facts.provider
        ));
    }
    if let Some(end) = facts.ends_at.filter(|&end| facts.now < end) {
        return refuse(format!(
            "project {id} runs until {} ({}); complete it from then on",
            utc(end),
            countdown(end, facts.now)
        ));
    }
    if facts.balance < facts.profit {
        return refuse(format!(
            "{from} holds {} ANKR but the profit to deposit is {} ANKR",
            format_amount(facts.balance),
            format_amount(facts.profit)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(now: u64) -> BidFacts {
        let auction = Auction { id: 7, status: ProjectStatus::Bidding, commit_end: 100, reveal_end: 200, now };
        let needs = Resources { cpu_cores: 2, ram_gb: 4, storage_gb: 0, bandwidth_mbps: 0 };
        BidFacts {
            bidder: Address::ZERO,
            auction,
            fixed_price: U256::from(1_000),
            bid_bond: U256::from(50),
            needs,
            sealed: false,
            revealed: false,
            qualified: true,
            offers: Resources { cpu_cores: 8, ram_gb: 8, storage_gb: 8, bandwidth_mbps: 8 },
            free_bond: U256::from(20),
            balance: U256::from(30),
        }
    }

    #[test]
    fn a_bid_is_checked_in_the_order_the_cli_words_it() {
        assert_eq!(check_bid(&facts(50), U256::from(900)).ok(), Some(U256::from(30)));
        assert!(matches!(check_bid(&facts(50), U256::from(1_001)), Err(Error::InvalidInput(_))));
        assert!(check_bid(&facts(150), U256::from(900)).is_err());
        let poor = BidFacts { balance: U256::from(29), ..facts(50) };
        assert!(check_bid(&poor, U256::from(900)).is_err());
        let small = BidFacts { offers: Resources::default(), ..facts(50) };
        assert!(check_bid(&small, U256::from(900)).is_err());
    }

    #[test]
    fn a_reveal_needs_the_reveal_phase_and_a_sealed_bid() {
        let auction = facts(150).auction;
        let reveal = RevealFacts { bidder: Address::ZERO, auction, sealed: true, revealed: None };
        assert!(check_reveal(&reveal).is_ok());
        assert!(check_reveal(&RevealFacts { sealed: false, ..reveal }).is_err());
        assert!(check_reveal(&RevealFacts { revealed: Some(U256::from(1)), ..reveal }).is_err());
        assert!(check_reveal(&RevealFacts { auction: facts(50).auction, ..reveal }).is_err());
    }

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
