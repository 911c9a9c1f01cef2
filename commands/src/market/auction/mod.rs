//! `stkr auction`: providers' sealed bids on projects, with the salt kept encrypted until the reveal,
//! settlement, forfeits and the bond balance.

use alloy::primitives::{Address, U256};

use clap::{Args, Subcommand};

use eyre::Result;

use stkr_core::{
    Error,
    bindings::Marketplace,
    deploy::Contracts,
    input::{parse_address, parse_id},
};

use crate::Context;

use crate::common::ankr_amount;

use super::{Batch, Slot};

mod bid;
mod bond;
mod reveal;
mod settle;
mod show;

use bid::bid;
use bond::{bond_deposit, bond_show, bond_withdraw};
use reveal::reveal;
use settle::{forfeit, settle};
use show::{list, show};

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
