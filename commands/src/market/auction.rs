//! `stkr auction`: providers' sealed bids on projects, with the salt kept encrypted until the reveal,
//! settlement, forfeits and the bond balance.

use alloy::primitives::{Address, B256, U256};
use clap::{Args, Subcommand};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    bindings::{AnkrToken, Marketplace, ProviderRegistry},
    chain::Chain,
    deploy::Contracts,
    input::{parse_address, parse_id},
    market::{BidFacts, RevealFacts, check_bid, check_reveal},
    output::{Render, Style, rows},
    provider::Resources,
    receipt::event,
    sealed::{self, BidRecord, Secret},
    tx::request,
    units::{AmountView, format_amount},
};

use crate::Context;

use crate::common::{address_or_account, ankr_amount};

use super::{
    Batch, Slot, TimeView, all_projects, load,
    project::{ProjectList, ProjectRow, ProjectView, project_view},
    project_logs, send_with_allowance, table, unlock,
};

/// Sealed-bid auctions of projects: bid, reveal, settle, forfeit, and the bond balance bids lock from.
#[derive(Debug, Args)]
pub struct AuctionArgs {
    #[command(subcommand)]
    command: AuctionCommand,
}

#[derive(Debug, Subcommand)]
enum AuctionCommand {
    /// List the projects in their auction, with the phase and when it ends
    ///
    /// Examples:
    ///   stkr auction list
    ///   stkr --json auction list | jq '.projects[] | select(.phase == "commit") | .id'
    #[command(verbatim_doc_comment)]
    List,
    /// Show a project's auction: phase, deadlines, bidders and revealed bids
    ///
    /// The ceiling (FP), the bond, every bidder with its state (sealed, revealed, forfeited) and
    /// whether this data dir holds its salt, and the revealed bids lowest first.
    ///
    /// Examples:
    ///   stkr auction show 1
    #[command(verbatim_doc_comment)]
    Show {
        /// The project id.
        #[arg(value_parser = parse_id)]
        id: u64,
    },
    /// Seal a bid on a project during its commit phase
    ///
    /// The bid locks the project's bond from your bond balance, topped up from your ANKR when short.
    /// A random salt is drawn and, before anything is sent, the salt and price are stored encrypted
    /// with your account's passphrase under the data dir (bids/<chain id>/), so `stkr auction reveal`
    /// needs nothing but the project id. With --unsigned the passphrase is still asked for, to
    /// encrypt the salt; the printed transaction is the bid to sign elsewhere.
    ///
    /// Examples:
    ///   stkr auction bid 1 5000 --account aurora
    ///   stkr auction bid 1 "4999.5 ANKR" --account aurora --yes
    #[command(verbatim_doc_comment)]
    Bid {
        /// The project id.
        #[arg(value_parser = parse_id)]
        id: u64,
        /// Your price in ANKR for the whole project, at most its fixed price.
        #[arg(value_parser = ankr_amount)]
        price: U256,
    },
    /// Reveal your sealed bid during the reveal phase
    ///
    /// The salt and price come from the encrypted file stored when you bid; the bond returns to your
    /// bond balance.
    ///
    /// Examples:
    ///   stkr auction reveal 1 --account aurora
    #[command(verbatim_doc_comment)]
    Reveal {
        /// The project id.
        #[arg(value_parser = parse_id)]
        id: u64,
    },
    /// Settle an auction after its reveal phase (anyone may)
    ///
    /// The winner is drawn from the shortlist with odds by reputation; with no valid bid the
    /// requester gets FP back.
    ///
    /// Examples:
    ///   stkr auction settle 1 --account alice
    #[command(verbatim_doc_comment)]
    Settle {
        /// The project id.
        #[arg(value_parser = parse_id)]
        id: u64,
    },
    /// Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)
    ///
    /// Examples:
    ///   stkr auction forfeit 1 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --account alice
    #[command(verbatim_doc_comment)]
    Forfeit {
        /// The project id.
        #[arg(value_parser = parse_id)]
        id: u64,
        /// The bidder that did not reveal.
        #[arg(value_parser = parse_address)]
        bidder: Address,
    },
    /// Your bond balance: free to bid with or withdraw, and locked in sealed bids
    ///
    /// Examples:
    ///   stkr auction bond show --account aurora
    ///   stkr auction bond deposit 3000 --account aurora
    ///   stkr auction bond withdraw 1000 --account aurora
    #[command(verbatim_doc_comment)]
    Bond(BondArgs),
}

/// The bond balance sealed bids lock their bond from.
#[derive(Debug, Args)]
pub struct BondArgs {
    #[command(subcommand)]
    command: BondCommand,
}

#[derive(Debug, Subcommand)]
enum BondCommand {
    /// Show a bond balance (yours by default) and the ANKR beside it
    ///
    /// Examples:
    ///   stkr auction bond show --account aurora
    ///   stkr auction bond show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
    #[command(verbatim_doc_comment)]
    Show {
        /// Whose balance [default: --account].
        #[arg(value_parser = parse_address)]
        address: Option<Address>,
    },
    /// Add ANKR to your bond balance (approving the marketplace first when needed)
    ///
    /// Examples:
    ///   stkr auction bond deposit 3000 --account aurora
    #[command(verbatim_doc_comment)]
    Deposit {
        /// ANKR to add.
        #[arg(value_parser = ankr_amount)]
        amount: U256,
    },
    /// Take free ANKR out of your bond balance
    ///
    /// Examples:
    ///   stkr auction bond withdraw 1000 --account aurora
    #[command(verbatim_doc_comment)]
    Withdraw {
        /// ANKR to take out.
        #[arg(value_parser = ankr_amount)]
        amount: U256,
    },
}

impl AuctionArgs {
    /// Run the auction command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            AuctionCommand::List => list(ctx).await,
            AuctionCommand::Show { id } => show(ctx, id).await,
            AuctionCommand::Bid { id, price } => bid(ctx, id, price).await,
            AuctionCommand::Reveal { id } => reveal(ctx, id).await,
            AuctionCommand::Settle { id } => settle(ctx, id).await,
            AuctionCommand::Forfeit { id, bidder } => forfeit(ctx, id, bidder).await,
            AuctionCommand::Bond(BondArgs { command }) => match command {
                BondCommand::Show { address } => bond_show(ctx, address).await,
                BondCommand::Deposit { amount } => bond_deposit(ctx, amount).await,
                BondCommand::Withdraw { amount } => bond_withdraw(ctx, amount).await,
            },
        }
    }
}

/// Queue the reads of `bidder`'s sealed commitment and revealed bid on project `id`.
fn bid_slots(
    batch: &mut Batch,
    contracts: &Contracts,
    id: u64,
    bidder: Address,
) -> (Slot<Marketplace::commitmentForCall>, Slot<Marketplace::revealedBidCall>) {
    let project_id = U256::from(id);
    (
        batch.add(contracts.marketplace, Marketplace::commitmentForCall { projectId: project_id, bidder }),
        batch.add(contracts.marketplace, Marketplace::revealedBidCall { projectId: project_id, bidder }),
    )
}

/// Refuse a transaction the contract would refuse, before anything is asked or sent.
fn refuse(reason: String) -> eyre::Report {
    Error::Simulation(reason).into()
}

// ---------------------------------------------------------------- list and show

async fn list(ctx: &Context) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (projects, now) = all_projects(&chain, &contracts).await?;
    let projects = projects.iter().filter(|l| l.is_bidding()).map(ProjectRow::new).collect();
    ctx.out.result(&ProjectList { chain_time: now, projects, auctions: true })?;
    Ok(())
}

/// One bidder of an auction.
#[derive(Debug, Serialize)]
pub struct BidderView {
    /// Who bid.
    pub bidder: Address,
    /// sealed, revealed or forfeited.
    pub state: &'static str,
    /// The revealed price.
    pub price: Option<AmountView>,
    /// Whether this data dir holds the sealed bid's salt and price.
    pub stored_here: bool,
}

/// A project's auction.
#[derive(Debug, Serialize)]
pub struct AuctionView {
    /// The project.
    #[serde(flatten)]
    pub project: ProjectView,
    /// Every account that sealed a bid, in the order they bid.
    pub bidders: Vec<BidderView>,
}

impl Render for AuctionView {
    fn render(&self, style: &Style) -> String {
        let mut out =
            vec![style.bold(&format!("Auction of project {}", self.project.id)), rows(style, &self.project.rows())];
        if !self.bidders.is_empty() {
            out.push(String::new());
            out.push("Bidders:".into());
            let rows: Vec<Vec<String>> = self
                .bidders
                .iter()
                .map(|b| {
                    vec![
                        b.bidder.to_string(),
                        b.state.to_string(),
                        b.price.as_ref().map(ToString::to_string).unwrap_or_default(),
                        if b.stored_here { "salt stored here".into() } else { String::new() },
                    ]
                })
                .collect();
            out.push(table(style, &["BIDDER", "STATE", "PRICE", ""], &rows));
        }
        if let Some(ranked) = self.project.ranked_table(style) {
            out.push(String::new());
            out.push("Revealed bids, lowest first:".into());
            out.push(ranked);
        }
        out.join("\n")
    }
}

async fn show(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (project, _) = project_view(ctx, &chain, &contracts, id).await?;
    let mut bidders: Vec<Address> = Vec::new();
    for committed in project_logs::<Marketplace::BidCommitted>(ctx, &chain, &contracts, id).await? {
        if !bidders.contains(&committed.bidder) {
            bidders.push(committed.bidder);
        }
    }
    let mut batch = Batch::new();
    let slots: Vec<_> = bidders.iter().map(|&bidder| bid_slots(&mut batch, &contracts, id, bidder)).collect();
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut views = Vec::new();
    for (&bidder, (commitment, revealed)) in bidders.iter().zip(&slots) {
        let commitment = answers.get(*commitment)?;
        let revealed = answers.get(*revealed)?;
        let state = if revealed.revealed {
            "revealed"
        } else if commitment != B256::ZERO {
            "sealed"
        } else {
            "forfeited"
        };
        let stored_here = commitment != B256::ZERO
            && sealed::find(&ctx.data, chain.chain_id, contracts.marketplace, id, bidder, commitment).is_some();
        views.push(BidderView {
            bidder,
            state,
            price: revealed.revealed.then(|| AmountView::ankr(revealed.price)),
            stored_here,
        });
    }
    ctx.out.result(&AuctionView { project, bidders: views })?;
    Ok(())
}

// ---------------------------------------------------------------- bid

/// A sealed bid.
#[derive(Debug, Serialize)]
pub struct BidReport {
    /// The project.
    pub project_id: u64,
    /// The bidder.
    pub bidder: Address,
    /// The price sealed in the bid (kept secret on chain until the reveal).
    pub price: AmountView,
    /// The commitment sent.
    pub commitment: B256,
    /// The bond locked from the bond balance.
    pub bond_locked: AmountView,
    /// The encrypted file holding the salt and price.
    pub bid_file: String,
    /// The reveal phase opens then.
    pub reveal_from: TimeView,
    /// And closes then.
    pub reveal_until: TimeView,
    /// The ANKR the marketplace was approved to take first, when the allowance was short.
    pub approved: Option<AmountView>,
    /// The bidding transaction.
    pub tx_hash: String,
}

impl Render for BidReport {
    fn render(&self, style: &Style) -> String {
        let id = self.project_id;
        [
            style.good(&format!("Sealed a bid of {} on project {id}.", self.price)),
            rows(
                style,
                &[
                    ("bond locked", self.bond_locked.to_string()),
                    ("salt and price", format!("{} (encrypted)", self.bid_file)),
                    ("reveal from", self.reveal_from.to_string()),
                    ("reveal until", self.reveal_until.to_string()),
                    ("transaction", self.tx_hash.clone()),
                ],
            ),
            style.dim(&format!(
                "Reveal it in the reveal phase with `stkr auction reveal {id}`; an unrevealed bid forfeits its bond."
            )),
        ]
        .join("\n")
    }
}

async fn bid(ctx: &Context, id: u64, price: U256) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let project_id = U256::from(id);
    let mut batch = Batch::new();
    let (commitment, revealed) = bid_slots(&mut batch, &contracts, id, from);
    let bonds = batch.add(contracts.marketplace, Marketplace::bondOfCall { bidder: from });
    let balance = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account: from });
    let allowance =
        batch.add(contracts.ankr_token, AnkrToken::allowanceCall { owner: from, spender: contracts.marketplace });
    let qualified = batch.add(contracts.provider_registry, ProviderRegistry::isQualifiedCall { provider: from });
    let capacity = batch.add(contracts.provider_registry, ProviderRegistry::capacityOfCall { provider: from });
    let (loaded, answers) = load(&chain, &contracts, id, batch).await?;
    let facts = BidFacts {
        bidder: from,
        auction: loaded.auction(),
        fixed_price: loaded.fixed_price(),
        bid_bond: loaded.bid_bond(),
        needs: Resources::from(&loaded.project.resources),
        sealed: answers.get(commitment)? != B256::ZERO,
        revealed: answers.get(revealed)?.revealed,
        qualified: answers.get(qualified)?,
        offers: Resources::from(&answers.get(capacity)?),
        free_bond: answers.get(bonds)?.free,
        balance: answers.get(balance)?,
    };
    let top_up = check_bid(&facts, price)?;
    let allowance = answers.get(allowance)?;
    let (fixed_price, bond) = (facts.fixed_price, facts.bid_bond);

    let (session, passphrase) = unlock(ctx, chain, contracts.clone()).await?;
    let chain_id = session.chain.chain_id;
    let secret = Secret::new(price);
    let record = BidRecord::new(chain_id, contracts.marketplace, id, from, &secret);
    let bid_file = sealed::path(&ctx.data, chain_id, id, from);
    ctx.out.status(format!(
        "Sealing a bid of {} ANKR on project {id} (ceiling {} ANKR); it locks a bond of {} ANKR{}.",
        format_amount(price),
        format_amount(fixed_price),
        format_amount(bond),
        if top_up.is_zero() {
            " from the bond balance".to_string()
        } else {
            format!(", {} ANKR of it taken from your ANKR", format_amount(top_up))
        }
    ));
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(
        contracts.marketplace,
        Marketplace::commitBidCall { projectId: project_id, commitment: record.commitment },
    );
    let label = format!("seal a bid on project {id}");
    let store = || -> Result<()> {
        let path = sealed::store(&ctx.data, &record, &secret, &passphrase)?;
        ctx.out.status(format!("Stored the salt and price, encrypted, in {}", path.display()));
        Ok(())
    };
    let Some(receipt) =
        send_with_allowance(&ctx.out, &tx, &contracts, allowance, top_up, label, request, store).await?
    else {
        return Ok(());
    };
    let committed: Marketplace::BidCommitted = event(&receipt, contracts.marketplace)?;
    let now = loaded.now;
    ctx.out.result(&BidReport {
        project_id: id,
        bidder: from,
        price: AmountView::ankr(price),
        commitment: committed.commitment,
        bond_locked: AmountView::ankr(bond),
        bid_file: bid_file.display().to_string(),
        reveal_from: TimeView::at(loaded.commit_end(), now),
        reveal_until: TimeView::at(loaded.reveal_end(), now),
        approved: (allowance < top_up).then(|| AmountView::ankr(top_up)),
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}

// ---------------------------------------------------------------- reveal

/// A revealed bid.
#[derive(Debug, Serialize)]
pub struct RevealReport {
    /// The project.
    pub project_id: u64,
    /// The bidder.
    pub bidder: Address,
    /// The price revealed.
    pub price: AmountView,
    /// The salt that opened the commitment (public now that it is on chain).
    pub salt: B256,
    /// Whether the bid made the shortlist the winner is drawn from.
    pub shortlisted: bool,
    /// The bond returned to the bond balance.
    pub bond_returned: AmountView,
    /// The bid files removed, now that they are spent.
    pub removed_files: Vec<String>,
    /// The revealing transaction.
    pub tx_hash: String,
}

impl Render for RevealReport {
    fn render(&self, style: &Style) -> String {
        let list = if self.shortlisted { "on the shortlist" } else { "not on the shortlist" };
        [
            style.good(&format!("Revealed a bid of {} on project {}: {list}.", self.price, self.project_id)),
            rows(
                style,
                &[
                    ("bond returned", format!("{} to the bond balance", self.bond_returned)),
                    ("transaction", self.tx_hash.clone()),
                ],
            ),
        ]
        .join("\n")
    }
}

async fn reveal(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let project_id = U256::from(id);
    let mut batch = Batch::new();
    let (commitment, revealed) = bid_slots(&mut batch, &contracts, id, from);
    let (loaded, answers) = load(&chain, &contracts, id, batch).await?;
    let (commitment, revealed) = (answers.get(commitment)?, answers.get(revealed)?);
    check_reveal(&RevealFacts {
        bidder: from,
        auction: loaded.auction(),
        sealed: commitment != B256::ZERO,
        revealed: revealed.revealed.then_some(revealed.price),
    })?;
    let Some(path) = sealed::find(&ctx.data, chain.chain_id, contracts.marketplace, id, from, commitment) else {
        return Err(eyre::eyre!(
            "this data dir holds no salt for the sealed bid of {from} on project {id} (looked in {}); reveal from the \
             data dir it was made in, or copy that bids/ directory here",
            sealed::dir(&ctx.data, chain.chain_id).display()
        ));
    };
    let name = ctx.account.clone().unwrap_or_default();
    let (session, passphrase) = unlock(ctx, chain, contracts.clone()).await?;
    let secret = sealed::open(&path, &passphrase, &name)?;
    if sealed::commitment_of(id, from, &secret) != commitment {
        return Err(eyre::eyre!(
            "the salt and price in {} do not open the sealed bid of {from} on project {id}",
            path.display()
        ));
    }
    ctx.out.status(format!("Revealing the bid of {} ANKR on project {id}.", format_amount(secret.price)));
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(
        contracts.marketplace,
        Marketplace::revealBidCall { projectId: project_id, price: secret.price, salt: secret.salt },
    );
    let Some(receipt) = tx.send(format!("reveal the bid on project {id}"), request).await? else {
        return Ok(());
    };
    let revealed: Marketplace::BidRevealed = event(&receipt, contracts.marketplace)?;
    let removed = sealed::remove_all(&ctx.data, session.chain.chain_id, id, from);
    ctx.out.result(&RevealReport {
        project_id: id,
        bidder: from,
        price: AmountView::ankr(revealed.price),
        salt: secret.salt,
        shortlisted: revealed.shortlisted,
        bond_returned: AmountView::ankr(loaded.bid_bond()),
        removed_files: removed.iter().map(|p| p.display().to_string()).collect(),
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}

// ---------------------------------------------------------------- settle

/// A settled auction.
#[derive(Debug, Serialize)]
pub struct SettleReport {
    /// The project.
    pub project_id: u64,
    /// Whether a provider was assigned (else FP went back to the requester).
    pub assigned: bool,
    /// The winner.
    pub provider: Option<Address>,
    /// The price it is paid.
    pub price: Option<AmountView>,
    /// Its own bid (the price differs with second-price auctions).
    pub bid: Option<AmountView>,
    /// FP refunded to the requester when no provider was assigned.
    pub refunded: Option<AmountView>,
    /// The settling transaction.
    pub tx_hash: String,
}

impl Render for SettleReport {
    fn render(&self, style: &Style) -> String {
        let headline = match (&self.provider, &self.price) {
            (Some(provider), Some(price)) => {
                format!("Project {} goes to {provider} at {price}; it is running.", self.project_id)
            }
            _ => format!(
                "Project {} had no valid bid: {} went back to the requester.",
                self.project_id,
                self.refunded.as_ref().map(ToString::to_string).unwrap_or_default()
            ),
        };
        [style.good(&headline), rows(style, &[("transaction", self.tx_hash.clone())])].join("\n")
    }
}

async fn settle(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (loaded, _) = load(&chain, &contracts, id, Batch::new()).await?;
    if !loaded.is_bidding() {
        return Err(loaded.not_bidding("has no auction left to settle").into());
    }
    if loaded.now < loaded.reveal_end() {
        return Err(refuse(format!(
            "the auction of project {id} can be settled from {}, when its reveal phase ends",
            loaded.when(loaded.reveal_end())
        )));
    }
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::settleCall { projectId: U256::from(id) });
    let Some(receipt) = tx.send(format!("settle the auction of project {id}"), request).await? else {
        return Ok(());
    };
    let report = match event::<Marketplace::ProjectAssigned>(&receipt, contracts.marketplace) {
        Ok(assigned) => SettleReport {
            project_id: id,
            assigned: true,
            provider: Some(assigned.provider),
            price: Some(AmountView::ankr(assigned.price)),
            bid: Some(AmountView::ankr(assigned.bid)),
            refunded: None,
            tx_hash: receipt.transaction_hash.to_string(),
        },
        Err(_) => {
            event::<Marketplace::ProjectUnassigned>(&receipt, contracts.marketplace)?;
            SettleReport {
                project_id: id,
                assigned: false,
                provider: None,
                price: None,
                bid: None,
                refunded: Some(AmountView::ankr(loaded.fixed_price())),
                tx_hash: receipt.transaction_hash.to_string(),
            }
        }
    };
    ctx.out.result(&report)?;
    Ok(())
}

// ---------------------------------------------------------------- forfeit

/// A forfeited bond.
#[derive(Debug, Serialize)]
pub struct ForfeitReport {
    /// The project.
    pub project_id: u64,
    /// The bidder that did not reveal.
    pub bidder: Address,
    /// The bond sent to the reward pool.
    pub bond: AmountView,
    /// The reward pool.
    pub reward_pool: Address,
    /// The forfeiting transaction.
    pub tx_hash: String,
}

impl Render for ForfeitReport {
    fn render(&self, style: &Style) -> String {
        [
            style.good(&format!(
                "The bond of {} on project {} went to the reward pool: {}.",
                self.bidder, self.project_id, self.bond
            )),
            rows(style, &[("transaction", self.tx_hash.clone())]),
        ]
        .join("\n")
    }
}

async fn forfeit(ctx: &Context, id: u64, bidder: Address) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let project_id = U256::from(id);
    let mut batch = Batch::new();
    let (commitment, revealed) = bid_slots(&mut batch, &contracts, id, bidder);
    let (loaded, answers) = load(&chain, &contracts, id, batch).await?;
    if loaded.now < loaded.reveal_end() {
        return Err(refuse(format!(
            "the bond of an unrevealed bid on project {id} can be forfeited from {}, when its reveal phase ends",
            loaded.when(loaded.reveal_end())
        )));
    }
    if answers.get(revealed)?.revealed {
        return Err(refuse(format!("{bidder} revealed its bid on project {id}, so its bond is not forfeit")));
    }
    if answers.get(commitment)? == B256::ZERO {
        return Err(refuse(format!("{bidder} has no unrevealed bid on project {id} (none, or already forfeited)")));
    }
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::forfeitBondCall { projectId: project_id, bidder });
    let Some(receipt) = tx.send(format!("forfeit the bond of {bidder} on project {id}"), request).await? else {
        return Ok(());
    };
    let forfeited: Marketplace::BondForfeited = event(&receipt, contracts.marketplace)?;
    ctx.out.result(&ForfeitReport {
        project_id: id,
        bidder,
        bond: AmountView::ankr(forfeited.bond),
        reward_pool: contracts.reward_pool,
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}

// ---------------------------------------------------------------- bond

/// A bond balance.
#[derive(Debug, Serialize)]
pub struct BondReport {
    /// Whose.
    pub account: Address,
    /// Free to bid with or withdraw.
    pub free: AmountView,
    /// Locked in sealed bids until their reveal.
    pub locked: AmountView,
    /// The account's ANKR outside the bond balance.
    pub ankr_balance: AmountView,
    /// What was just deposited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposited: Option<AmountView>,
    /// What was just withdrawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<AmountView>,
    /// The transaction, when one was sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tx_hash: Option<String>,
}

impl Render for BondReport {
    fn render(&self, style: &Style) -> String {
        let mut out = Vec::new();
        if let Some(amount) = &self.deposited {
            out.push(style.good(&format!("Deposited {amount} into the bond balance.")));
        }
        if let Some(amount) = &self.withdrawn {
            out.push(style.good(&format!("Withdrew {amount} from the bond balance.")));
        }
        let mut lines = vec![
            ("account", self.account.to_string()),
            ("free", self.free.to_string()),
            ("locked in bids", self.locked.to_string()),
            ("ANKR balance", self.ankr_balance.to_string()),
        ];
        if let Some(hash) = &self.tx_hash {
            lines.push(("transaction", hash.clone()));
        }
        out.push(rows(style, &lines));
        out.join("\n")
    }
}

/// A bond balance and the ANKR beside it.
struct BondState {
    free: U256,
    locked: U256,
    balance: U256,
    allowance: U256,
}

impl BondState {
    async fn read(chain: &Chain, contracts: &Contracts, account: Address) -> Result<Self> {
        let mut batch = Batch::new();
        let bonds = batch.add(contracts.marketplace, Marketplace::bondOfCall { bidder: account });
        let balance = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account });
        let allowance = batch
            .add(contracts.ankr_token, AnkrToken::allowanceCall { owner: account, spender: contracts.marketplace });
        let answers = batch.run(chain, contracts.multicall3).await?;
        let bonds = answers.get(bonds)?;
        Ok(Self {
            free: bonds.free,
            locked: bonds.locked,
            balance: answers.get(balance)?,
            allowance: answers.get(allowance)?,
        })
    }

    /// `account`'s balance as `bond show` reports it, with nothing moved.
    fn report(&self, account: Address) -> BondReport {
        BondReport {
            account,
            free: AmountView::ankr(self.free),
            locked: AmountView::ankr(self.locked),
            ankr_balance: AmountView::ankr(self.balance),
            deposited: None,
            withdrawn: None,
            tx_hash: None,
        }
    }
}

async fn bond_show(ctx: &Context, address: Option<Address>) -> Result<()> {
    let missing = "whose bond balance? pass an ADDRESS or --account NAME (see `stkr account list`)";
    let account = address_or_account(ctx, address, missing)?;
    let (chain, contracts) = ctx.reader().await?;
    ctx.out.result(&BondState::read(&chain, &contracts, account).await?.report(account))?;
    Ok(())
}

fn positive(amount: U256, what: &str) -> Result<(), Error> {
    if amount.is_zero() {
        Err(Error::InvalidInput(format!("the amount to {what} must be more than 0 ANKR")))
    } else {
        Ok(())
    }
}

async fn bond_deposit(ctx: &Context, amount: U256) -> Result<()> {
    positive(amount, "deposit")?;
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let bond = BondState::read(&chain, &contracts, from).await?;
    if bond.balance < amount {
        return Err(refuse(format!(
            "{from} holds {} ANKR, less than the {} ANKR to deposit",
            format_amount(bond.balance),
            format_amount(amount)
        )));
    }
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::depositBondCall { amount });
    let label = format!("deposit {} ANKR into the bond balance", format_amount(amount));
    let Some(receipt) =
        send_with_allowance(&ctx.out, &tx, &contracts, bond.allowance, amount, label, request, || Ok(())).await?
    else {
        return Ok(());
    };
    let deposited: Marketplace::BondDeposited = event(&receipt, contracts.marketplace)?;
    let mut report = BondState::read(&session.chain, &contracts, from).await?.report(from);
    report.deposited = Some(AmountView::ankr(deposited.amount));
    report.tx_hash = Some(receipt.transaction_hash.to_string());
    ctx.out.result(&report)?;
    Ok(())
}

async fn bond_withdraw(ctx: &Context, amount: U256) -> Result<()> {
    positive(amount, "withdraw")?;
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let BondState { free, locked, .. } = BondState::read(&chain, &contracts, from).await?;
    if free < amount {
        return Err(refuse(format!(
            "the bond balance of {from} holds {} ANKR free ({} ANKR locked in sealed bids), less than the {} ANKR \
             to withdraw",
            format_amount(free),
            format_amount(locked),
            format_amount(amount)
        )));
    }
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::withdrawBondCall { amount });
    let label = format!("withdraw {} ANKR from the bond balance", format_amount(amount));
    let Some(receipt) = tx.send(label, request).await? else {
        return Ok(());
    };
    let withdrawn: Marketplace::BondWithdrawn = event(&receipt, contracts.marketplace)?;
    let mut report = BondState::read(&session.chain, &contracts, from).await?.report(from);
    report.withdrawn = Some(AmountView::ankr(withdrawn.amount));
    report.tx_hash = Some(receipt.transaction_hash.to_string());
    ctx.out.result(&report)?;
    Ok(())
}
