//! Where a marketplace project stands (its phase from its on-chain status, deadlines and the chain's time),
//! the auction rule of §3.4.5 and §3.5 (the lowest revealed bid wins, a draw only within the tie band, the
//! price paid), and the marketplace's pre-checks of sealing, revealing and settling, with the reads they
//! need: one home for `stkr auction`, `stkr project` and the dashboard.

use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256, U256};
use serde::Serialize;

use crate::{
    Error, Result,
    accounts::Passphrase,
    batch::{Answers, Batch},
    bindings::{AnkrToken, IMarketplace, Marketplace, Multicall3, ProviderRegistry},
    chain::Chain,
    codes::ProjectStatus,
    deploy::Contracts,
    dirs::DataDir,
    provider::Resources,
    sealed::{self, Secret},
    time::{countdown, utc},
    units::format_amount,
};

/// Seconds in a day: a project's duration is counted in days.
const DAY: u64 = 86_400;

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

/// A project as the marketplace stores it, read with the chain's time.
#[derive(Debug, Clone)]
pub struct ProjectRecord {
    /// Its id.
    pub id: u64,
    /// What the contract holds.
    pub project: IMarketplace::Project,
    /// The chain's time.
    pub now: u64,
}

impl ProjectRecord {
    /// Its on-chain status.
    pub fn status(&self) -> ProjectStatus {
        ProjectStatus::from(self.project.status)
    }

    /// The project's auction as the checks of bids and reveals see it.
    pub fn auction(&self) -> Auction {
        Auction {
            id: self.id,
            status: self.status(),
            commit_end: self.commit_end(),
            reveal_end: self.reveal_end(),
            now: self.now,
        }
    }

    /// When the commit phase ends.
    pub fn commit_end(&self) -> u64 {
        self.project.commitEnd.to::<u64>()
    }

    /// When the reveal phase ends.
    pub fn reveal_end(&self) -> u64 {
        self.project.revealEnd.to::<u64>()
    }

    /// The fixed price (FP), the ceiling of a bid.
    pub fn fixed_price(&self) -> U256 {
        U256::from(self.project.fixedPrice)
    }

    /// The bond a bid locks.
    pub fn bid_bond(&self) -> U256 {
        U256::from(self.project.bidBond)
    }

    /// Whether it is in its auction.
    pub fn is_bidding(&self) -> bool {
        self.status() == ProjectStatus::Bidding
    }

    /// When a running or finished project's duration ends.
    pub fn ends_at(&self) -> Option<u64> {
        let started = self.project.startedAt.to::<u64>();
        (started > 0).then(|| started + u64::from(self.project.durationDays) * DAY)
    }

    /// Its phase now.
    pub fn phase(&self) -> Phase {
        Phase::of(self.status(), self.now, self.commit_end(), self.reveal_end(), self.ends_at())
    }

    /// `date (in 3h 2m)` for a deadline.
    pub fn when(&self, at: u64) -> String {
        format!("{} ({})", utc(at), countdown(at, self.now))
    }

    /// The refusal for an action that needs the project `Bidding`.
    pub fn not_bidding(&self, action: &str) -> Error {
        self.auction()
            .not_bidding(action)
            .unwrap_or_else(|| Error::Simulation(format!("project {} is bidding", self.id)))
    }
}

/// Read project `id` with the chain's time and the calls already in `batch`, in one round trip; an
/// unknown id is bad input that says which projects exist.
pub async fn read_project(
    chain: &Chain,
    contracts: &Contracts,
    id: u64,
    mut batch: Batch,
) -> Result<(ProjectRecord, Answers)> {
    let project = batch.add(contracts.marketplace, Marketplace::getProjectCall { projectId: U256::from(id) });
    let count = batch.add(contracts.marketplace, Marketplace::projectCountCall {});
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let answers = batch.run(chain, contracts.multicall3).await?;
    let project = answers.get(project)?;
    if ProjectStatus::from(project.status) == ProjectStatus::None {
        let count = answers.get(count)?;
        let known = if count.is_zero() {
            "no project has been submitted yet; `stkr project submit` starts one".to_string()
        } else {
            format!("projects run from 1 to {count}; `stkr project list` shows them")
        };
        return Err(Error::InvalidInput(format!("there is no project {id}: {known}")));
    }
    let now = answers.get(now)?.to::<u64>();
    Ok((ProjectRecord { id, project, now }, answers))
}

/// Every project, with the chain's time: one round trip per thousand projects.
pub async fn all_projects(chain: &Chain, contracts: &Contracts) -> Result<(Vec<ProjectRecord>, u64)> {
    let mut first = Batch::new();
    let count = first.add(contracts.marketplace, Marketplace::projectCountCall {});
    let now = first.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let answers = first.run(chain, contracts.multicall3).await?;
    let count = answers.get(count)?.saturating_to::<u64>();
    let now = answers.get(now)?.to::<u64>();
    let mut batch = Batch::new();
    let slots: Vec<_> = (1..=count)
        .map(|id| (id, batch.add(contracts.marketplace, Marketplace::getProjectCall { projectId: U256::from(id) })))
        .collect();
    let answers = batch.run(chain, contracts.multicall3).await?;
    let projects = slots
        .into_iter()
        .map(|(id, slot)| Ok(ProjectRecord { id, project: answers.get(slot)?, now }))
        .collect::<Result<_>>()?;
    Ok((projects, now))
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
    /// What the marketplace may take of it now, read with the rest so the approval costs no extra read.
    pub allowance: U256,
}

impl BidFacts {
    /// Read what a bid of `bidder` on project `id` depends on, with the project itself, in one round trip.
    /// An unknown project is bad input.
    pub async fn read(chain: &Chain, contracts: &Contracts, bidder: Address, id: u64) -> Result<(Self, ProjectRecord)> {
        let (market, registry) = (contracts.marketplace, contracts.provider_registry);
        let mut batch = Batch::new();
        let project_id = U256::from(id);
        let commitment = batch.add(market, Marketplace::commitmentForCall { projectId: project_id, bidder });
        let revealed = batch.add(market, Marketplace::revealedBidCall { projectId: project_id, bidder });
        let bonds = batch.add(market, Marketplace::bondOfCall { bidder });
        let balance = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account: bidder });
        let allowance = batch.add(contracts.ankr_token, AnkrToken::allowanceCall { owner: bidder, spender: market });
        let qualified = batch.add(registry, ProviderRegistry::isQualifiedCall { provider: bidder });
        let capacity = batch.add(registry, ProviderRegistry::capacityOfCall { provider: bidder });
        let (record, answers) = read_project(chain, contracts, id, batch).await?;
        let facts = Self {
            bidder,
            auction: record.auction(),
            fixed_price: record.fixed_price(),
            bid_bond: record.bid_bond(),
            needs: Resources::from(&record.project.resources),
            sealed: answers.get(commitment)? != B256::ZERO,
            revealed: answers.get(revealed)?.revealed,
            qualified: answers.get(qualified)?,
            offers: Resources::from(&answers.get(capacity)?),
            free_bond: answers.get(bonds)?.free,
            balance: answers.get(balance)?,
            allowance: answers.get(allowance)?,
        };
        Ok((facts, record))
    }

    /// The ANKR the bid takes from the bidder's wallet: what the free bond balance lacks of the bond.
    pub fn top_up(&self) -> U256 {
        self.bid_bond.saturating_sub(self.free_bond)
    }
}

/// Refuse a sealed bid of `price` the marketplace would refuse, before any approval goes out; else the
/// ANKR to top the bond balance up with ([`BidFacts::top_up`]).
pub fn check_bid(facts: &BidFacts, price: U256) -> Result<U256> {
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
fn check_bidder(facts: &BidFacts) -> Result<U256> {
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
    /// The bidder's sealed commitment on the project (zero for none), which its bid file must open.
    pub commitment: B256,
    /// The price the bidder revealed, if it did.
    pub revealed: Option<U256>,
    /// The bond a bid locks, which the reveal returns.
    pub bid_bond: U256,
}

impl RevealFacts {
    /// Read what a reveal of `bidder`'s bid on project `id` depends on, in one round trip. An unknown
    /// project is bad input.
    pub async fn read(chain: &Chain, contracts: &Contracts, bidder: Address, id: u64) -> Result<Self> {
        let market = contracts.marketplace;
        let mut batch = Batch::new();
        let project_id = U256::from(id);
        let commitment = batch.add(market, Marketplace::commitmentForCall { projectId: project_id, bidder });
        let revealed = batch.add(market, Marketplace::revealedBidCall { projectId: project_id, bidder });
        let (record, answers) = read_project(chain, contracts, id, batch).await?;
        let revealed = answers.get(revealed)?;
        Ok(Self {
            bidder,
            auction: record.auction(),
            commitment: answers.get(commitment)?,
            revealed: revealed.revealed.then_some(revealed.price),
            bid_bond: record.bid_bond(),
        })
    }

    /// Whether the bidder has a sealed commitment on the project.
    pub fn sealed(&self) -> bool {
        self.commitment != B256::ZERO
    }

    /// The bid file in `data` whose commitment is the bidder's on `marketplace` (chain `chain_id`); none is
    /// an error that says where it looked and what to do.
    pub fn bid_file(&self, data: &DataDir, chain_id: u64, marketplace: Address) -> Result<PathBuf> {
        let (from, id) = (self.bidder, self.auction.id);
        sealed::find(data, chain_id, marketplace, id, from, self.commitment).ok_or_else(|| {
            Error::Other(format!(
                "this data dir holds no salt for the sealed bid of {from} on project {id} (looked in {}); reveal \
                 from the data dir it was made in, or copy that bids/ directory here",
                sealed::dir(data, chain_id).display()
            ))
        })
    }

    /// Open the bid file at `path` with the passphrase of `account`, and make sure its salt and price open
    /// the commitment on chain: a reveal that would not is refused before it is sent.
    pub fn open_bid(&self, path: &Path, passphrase: &Passphrase, account: &str) -> Result<Secret> {
        let (from, id) = (self.bidder, self.auction.id);
        let secret = sealed::open(path, passphrase, account)?;
        if sealed::commitment_of(id, from, &secret) != self.commitment {
            return Err(Error::Other(format!(
                "the salt and price in {} do not open the sealed bid of {from} on project {id}",
                path.display()
            )));
        }
        Ok(secret)
    }
}

/// Refuse a reveal the marketplace would refuse, before the bid file is opened.
pub fn check_reveal(facts: &RevealFacts) -> Result<()> {
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
    if !facts.sealed() {
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

/// Basis points in a whole.
const BPS: u64 = 10_000;

/// Where a revealed bid stands in its auction, by the rule of §3.4.5 and §3.5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// The lowest bid, alone within the tie band: it wins unless it cannot take the project.
    Wins,
    /// Within the tie band of the lowest: the winner is drawn among these, weighted by reputation.
    InDraw,
    /// Ranked behind them: its bond stays locked, and it is next in line if those before it default.
    NextInLine,
    /// Below the ranked bids: its bond went back; it only sets the second price.
    OffList,
}

impl Standing {
    /// One phrase for people.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Wins => "lowest: wins",
            Self::InDraw => "in the draw",
            Self::NextInLine => "next in line",
            Self::OffList => "off the list, bond returned",
        }
    }
}

/// Whether `price` is within the tie band of the `lowest` price: at most lowest × (10000 + band) / 10000.
pub fn within_band(price: U256, lowest: U256, band_bps: u64) -> bool {
    price.saturating_mul(U256::from(BPS)) <= lowest.saturating_mul(U256::from(BPS + band_bps))
}

/// The standing of each revealed bid the auction keeps, lowest first (`rankedBids`): the first `ranked`
/// are the ranked bids (`shortlistSize`), any after them is off the list.
pub fn standings(lowest_first: &[U256], ranked: usize, band_bps: u64) -> Vec<Standing> {
    let Some(&lowest) = lowest_first.first() else { return Vec::new() };
    let ranked = ranked.min(lowest_first.len());
    let contenders = lowest_first[..ranked].iter().take_while(|&&p| within_band(p, lowest, band_bps)).count();
    (0..lowest_first.len())
        .map(|i| match i {
            _ if i >= ranked => Standing::OffList,
            0 if contenders == 1 => Standing::Wins,
            _ if i < contenders => Standing::InDraw,
            _ => Standing::NextInLine,
        })
        .collect()
}

/// Whether settling needs a random draw: two neighbouring ranked bids within the band of each other (a tie
/// at the top, or one a default could bring to the top). Then the first `settle` only arms a future block
/// whose hash seeds the draw, and a second one after that block settles.
pub fn draw_needed(ranked_lowest_first: &[U256], band_bps: u64) -> bool {
    ranked_lowest_first.windows(2).any(|pair| within_band(pair[1], pair[0], band_bps))
}

/// What a winner bidding `bid` is paid: its bid, or in second-price mode the larger of its bid and the
/// lowest other standing bid (the fixed price when there is none).
pub fn price_paid(bid: U256, lowest_other: Option<U256>, fixed_price: U256, second_price: bool) -> U256 {
    if second_price { bid.max(lowest_other.unwrap_or(fixed_price)) } else { bid }
}

/// What settling an auction depends on, read from the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettleFacts {
    /// The project's auction.
    pub auction: Auction,
    /// The block whose hash seeds the draw (`drawOf`): settle only in a later block.
    pub draw_block: u64,
    /// The latest block: the settling transaction lands in a later one.
    pub latest_block: u64,
}

/// Refuse a settlement the marketplace would refuse: only a project in its auction, after the reveal
/// phase, and in a block after its draw block.
pub fn check_settle(facts: &SettleFacts) -> Result<()> {
    let auction = facts.auction;
    let id = auction.id;
    if let Some(refusal) = auction.not_bidding("has no auction left to settle") {
        return Err(refusal);
    }
    if auction.now < auction.reveal_end {
        return Err(Error::Simulation(format!(
            "the auction of project {id} can be settled from {}, when its reveal phase ends",
            auction.when(auction.reveal_end)
        )));
    }
    if facts.latest_block < facts.draw_block {
        return Err(Error::Simulation(format!(
            "the draw of project {id} is seeded by the hash of block {}, and the chain is at block {}: settle once \
             block {} is mined",
            facts.draw_block, facts.latest_block, facts.draw_block
        )));
    }
    Ok(())
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
pub fn check_complete(facts: &CompleteFacts) -> Result<()> {
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
            allowance: U256::ZERO,
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
        let reveal = RevealFacts {
            bidder: Address::ZERO,
            auction,
            commitment: B256::repeat_byte(1),
            revealed: None,
            bid_bond: U256::ZERO,
        };
        assert!(check_reveal(&reveal).is_ok());
        assert!(check_reveal(&RevealFacts { commitment: B256::ZERO, ..reveal }).is_err());
        assert!(check_reveal(&RevealFacts { revealed: Some(U256::from(1)), ..reveal }).is_err());
        assert!(check_reveal(&RevealFacts { auction: facts(50).auction, ..reveal }).is_err());
    }

    fn ankr(values: &[u64]) -> Vec<U256> {
        values.iter().map(|&v| U256::from(v)).collect()
    }

    #[test]
    fn the_lowest_bid_wins_and_only_the_band_is_drawn() {
        use Standing::*;
        // §3.5: 60, 70, 75 with the default band of 0: P1 wins at 60.
        assert_eq!(standings(&ankr(&[60, 70, 75]), 3, 0), vec![Wins, NextInLine, NextInLine]);
        // 15,000 against 18,000: the lowest wins.
        assert_eq!(standings(&ankr(&[15_000, 18_000]), 3, 0), vec![Wins, NextInLine]);
        // An exact tie is drawn; a band of 20 % takes 70 into the draw but not 75.
        assert_eq!(standings(&ankr(&[60, 60, 75]), 3, 0), vec![InDraw, InDraw, NextInLine]);
        assert_eq!(standings(&ankr(&[60, 70, 75, 80]), 3, 2_000), vec![InDraw, InDraw, NextInLine, OffList]);
        assert!(
            within_band(U256::from(72), U256::from(60), 2_000) && !within_band(U256::from(73), U256::from(60), 2_000)
        );
        assert!(!draw_needed(&ankr(&[60, 70, 75]), 0) && draw_needed(&ankr(&[60, 70, 70]), 0));
    }

    #[test]
    fn second_price_never_pays_below_the_winners_bid() {
        let fp = U256::from(100);
        assert_eq!(price_paid(U256::from(60), Some(U256::from(70)), fp, true), U256::from(70));
        assert_eq!(price_paid(U256::from(75), Some(U256::from(60)), fp, true), U256::from(75));
        assert_eq!(price_paid(U256::from(60), None, fp, true), fp);
        assert_eq!(price_paid(U256::from(60), Some(U256::from(70)), fp, false), U256::from(60));
    }

    #[test]
    fn settling_waits_for_the_reveals_and_the_draw_block() {
        let auction = Auction { id: 7, status: ProjectStatus::Bidding, commit_end: 100, reveal_end: 200, now: 200 };
        let ready = SettleFacts { auction, draw_block: 50, latest_block: 50 };
        assert!(check_settle(&ready).is_ok());
        assert!(check_settle(&SettleFacts { latest_block: 49, ..ready }).is_err());
        assert!(check_settle(&SettleFacts { auction: Auction { now: 199, ..auction }, ..ready }).is_err());
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
