//! `stkr govern`: the government of §3.1 — governors, candidates, elections, proposals and votes.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, Bytes, U256},
    rpc::types::TransactionRequest,
    sol_types::SolCall,
};

use clap::{Args, Subcommand, ValueEnum};

use eyre::{Result, eyre};

use serde::Serialize;

use stkr_core::{
    Error,
    batch::Batch,
    bindings::{Governance, IGovernance},
    chain::Chain,
    codes::{TrustLevel, Vote},
    deploy::Contracts,
    governance::ProposalState,
    input::{parse_address, parse_id},
    membership::MemberAction,
    output::{Render, Style, rows},
    time::{countdown, utc},
};

use crate::{Context, common::ankr_amount, params::ParamsArgs};

mod changes;
mod members;
pub(crate) mod membership;
mod proposals;
mod propose;
mod vote;

use changes::report;
use members::members;
use membership::{check_member, delegate, handover, stake, with_approval};
use proposals::{proposals, show};
use propose::{ProposeArgs, propose};
use vote::{check_execute_of, check_vote_of};

/// Governors, candidates, elections and proposals.
///
/// Governors vote one governor one vote on proposals that call the protocol's contracts: parameter
/// changes, provider qualification and trust, pool settlement and migration, failure reports.
///
/// Examples:
///   stkr govern governors
///   stkr govern propose qualify 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --trust semi-trusted --account gov
///   stkr govern vote 12 yes --account gov
///   stkr devnet advance 5d && stkr govern execute 12 --account gov
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GovernArgs {
    #[command(subcommand)]
    command: GovernCommand,
}

#[derive(Debug, Subcommand)]
enum GovernCommand {
    /// The seated governors with their stake, weight and attendance.
    Governors,
    /// The candidates with their stake and delegated votes, and when the next election may run.
    Candidates,
    /// Join as an invited governor, staking ANKR (at least governor-min-stake).
    ///
    /// Examples:
    ///   stkr govern join 100000ankr --account gov
    #[command(verbatim_doc_comment)]
    Join {
        /// ANKR to stake.
        #[arg(value_parser = ankr_amount)]
        amount: U256,
    },
    /// Add ANKR to your governance stake.
    Stake {
        /// ANKR to add.
        #[arg(value_parser = ankr_amount)]
        amount: U256,
    },
    /// Withdraw ANKR from your governance stake (governors and candidates keep the minimum; nothing moves
    /// between an election's snapshot and the election).
    Unstake {
        /// ANKR to withdraw.
        #[arg(value_parser = ankr_amount)]
        amount: U256,
    },
    /// Apply to be elected, optionally staking first (before the next election's snapshot: from it until
    /// the election, stakes and candidacies are locked).
    ///
    /// Examples:
    ///   stkr govern apply --stake 100000ankr --account carol
    #[command(verbatim_doc_comment)]
    Apply {
        /// Stake this much ANKR first.
        #[arg(long, value_parser = ankr_amount, value_name = "AMOUNT")]
        stake: Option<U256>,
    },
    /// Withdraw your candidacy (your stake stays; `unstake` takes it out).
    #[command(name = "withdraw-candidacy")]
    Withdraw,
    /// Delegate the votes of your ANKR staked on sidecars to a candidate (the zero address: nobody).
    ///
    /// Examples:
    ///   stkr govern delegate 0x90F79bf6EB2c4f870365E785982E1f101E93b906 --account holder
    #[command(verbatim_doc_comment)]
    Delegate {
        /// The candidate.
        #[arg(value_parser = parse_address)]
        candidate: Address,
    },
    /// Run the due election (anyone may), by the weights at its snapshot.
    Elect,
    /// Propose a change for the governors to vote on, locking the proposal bond.
    Propose(ProposeArgs),
    /// Every proposal with its tally and deadline.
    Proposals {
        /// Only proposals still open for votes or waiting to be executed.
        #[arg(long)]
        open: bool,
    },
    /// One proposal: what it calls, how each governor voted, and whether it passes.
    Show {
        /// The proposal id.
        #[arg(value_parser = id_of("proposal"))]
        id: u64,
    },
    /// Vote on an open proposal.
    ///
    /// Examples:
    ///   stkr govern vote 12 yes --account gov
    #[command(verbatim_doc_comment)]
    Vote {
        /// The proposal id.
        #[arg(value_parser = id_of("proposal"))]
        id: u64,
        /// yes or no.
        choice: Choice,
    },
    /// Run a passed proposal once its timelock is over and before it expires (anyone may).
    Execute {
        /// The proposal id.
        #[arg(value_parser = id_of("proposal"))]
        id: u64,
    },
    /// Close a proposal's voting and count attendance without executing it (anyone may).
    Finalize {
        /// The proposal id.
        #[arg(value_parser = id_of("proposal"))]
        id: u64,
    },
    /// The governance parameters (the same as `stkr params`).
    Params(ParamsArgs),
    /// Hand the protocol's governance from the deployer to the Governance contract's executor, once every
    /// invited governor has joined (the devnet does this itself).
    Handover,
}

/// A vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Choice {
    /// In favour.
    Yes,
    /// Against.
    No,
}

/// A provider's trust level (§3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Trust {
    /// k = untrusted-k (at least 16 ETH).
    Untrusted,
    /// k = the provider's own k, else semi-trusted-k.
    SemiTrusted,
    /// k = 0; the insurance pool covers losses.
    Trusted,
}

impl Trust {
    /// The registry's level.
    fn level(self) -> TrustLevel {
        match self {
            Self::Untrusted => TrustLevel::Untrusted,
            Self::SemiTrusted => TrustLevel::SemiTrusted,
            Self::Trusted => TrustLevel::Trusted,
        }
    }
}

/// An id for clap whose refusal names what it is: `invalid pool id '0': ids start at 1`.
fn id_of(noun: &'static str) -> impl Fn(&str) -> Result<u64, String> + Clone + Send + Sync + 'static {
    move |s| parse_id(s).map_err(|e| e.to_string().replace("invalid id", &format!("invalid {noun} id")))
}

fn parse_calldata(s: &str) -> Result<Bytes, String> {
    let hex = s.trim().strip_prefix("0x").ok_or_else(|| format!("invalid calldata '{s}': expected 0x-prefixed hex"))?;
    if hex.len() < 8 || hex.len() % 2 != 0 {
        return Err(format!("invalid calldata '{s}': expected a 4-byte selector and whole bytes of arguments"));
    }
    s.trim().parse::<Bytes>().map_err(|_| format!("invalid calldata '{s}': expected only hex digits after 0x"))
}

/// The Governance contract of a deployment, or why there is none.
fn governance_of(contracts: &Contracts) -> Result<Address> {
    Ok(stkr_core::governance::address(contracts)?)
}

/// What a governance transaction did.
#[derive(Debug, Serialize)]
pub struct ActionReport {
    /// What was done.
    pub action: String,
    /// The transaction.
    pub transaction: String,
    /// The block it is in.
    pub block: u64,
    /// What changed, from the events.
    pub changes: Vec<String>,
    /// A new proposal's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposal_id: Option<u64>,
}

impl Render for ActionReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![style.good(&self.action)];
        lines.extend(self.changes.iter().map(|c| format!("  {c}")));
        lines.push(style.dim(&format!("  in block {} ({})", self.block, self.transaction)));
        lines.join("\n")
    }
}

impl GovernArgs {
    /// Run the command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            GovernCommand::Governors => members(ctx, true).await,
            GovernCommand::Candidates => members(ctx, false).await,
            GovernCommand::Proposals { open } => proposals(ctx, open).await,
            GovernCommand::Show { id } => show(ctx, id).await,
            GovernCommand::Params(args) => args.run(ctx).await,
            GovernCommand::Handover => handover(ctx).await,
            GovernCommand::Join { amount } => {
                check_member(ctx, MemberAction::Join(amount)).await?;
                let done = with_approval(ctx, amount, "join as governor", |amount| {
                    Governance::acceptInvitationCall { amount }.abi_encode()
                })
                .await?;
                print(ctx, done)
            }
            GovernCommand::Stake { amount } => {
                let done = stake(ctx, amount).await?;
                print(ctx, done)
            }
            GovernCommand::Apply { stake: amount } => {
                check_member(ctx, MemberAction::Apply(amount.unwrap_or_default())).await?;
                let staked = match amount {
                    Some(amount) => {
                        let Some(done) = stake(ctx, amount).await? else { return Ok(()) };
                        Some(done)
                    }
                    None => None,
                };
                let applied = send(ctx, "apply as candidate", Governance::applyAsCandidateCall {}.abi_encode()).await?;
                let Some(mut applied) = applied else { return Ok(()) };
                if let Some(staked) = staked {
                    applied.action = format!("{}, then {}", staked.action, applied.action);
                    let mut changes = staked.changes;
                    changes.append(&mut applied.changes);
                    applied.changes = changes;
                }
                print(ctx, Some(applied))
            }
            GovernCommand::Unstake { amount } => {
                check_member(ctx, MemberAction::Unstake(amount)).await?;
                act(ctx, "withdraw governance stake", Governance::unstakeCall { amount }.abi_encode()).await
            }
            GovernCommand::Withdraw => {
                check_member(ctx, MemberAction::WithdrawCandidacy).await?;
                act(ctx, "withdraw candidacy", Governance::withdrawCandidacyCall {}.abi_encode()).await
            }
            GovernCommand::Elect => act(ctx, "run the election", Governance::electCall {}.abi_encode()).await,
            GovernCommand::Vote { id, choice } => {
                check_vote_of(ctx, id).await?;
                let support = choice == Choice::Yes;
                let label = format!("vote {} on proposal {id}", if support { "yes" } else { "no" });
                act(ctx, &label, Governance::voteCall { id: U256::from(id), support }.abi_encode()).await
            }
            GovernCommand::Execute { id } => {
                check_execute_of(ctx, id).await?;
                act(ctx, &format!("execute proposal {id}"), Governance::executeCall { id: U256::from(id) }.abi_encode())
                    .await
            }
            GovernCommand::Finalize { id } => {
                act(
                    ctx,
                    &format!("finalize proposal {id}"),
                    Governance::finalizeCall { id: U256::from(id) }.abi_encode(),
                )
                .await
            }
            GovernCommand::Delegate { candidate } => delegate(ctx, candidate).await,
            GovernCommand::Propose(args) => propose(ctx, args).await,
        }
    }
}

/// Send one call to the Governance contract and print what it did.
async fn act(ctx: &Context, label: &str, data: Vec<u8>) -> Result<()> {
    let done = send(ctx, label, data).await?;
    print(ctx, done)
}

fn print(ctx: &Context, done: Option<ActionReport>) -> Result<()> {
    if let Some(report) = done {
        ctx.out.result(&report)?;
    }
    Ok(())
}

/// Send one call to the Governance contract; `None` when `--unsigned` printed it instead.
async fn send(ctx: &Context, label: &str, data: Vec<u8>) -> Result<Option<ActionReport>> {
    let session = ctx.session().await?;
    let governance = governance_of(&session.contracts)?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = TransactionRequest::default().with_to(governance).with_input(data);
    Ok(tx.send(label, request).await?.map(|receipt| report(label, &receipt)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calldata_must_be_hex_with_a_selector() {
        assert!(parse_calldata("0x12345678").is_ok());
        assert!(parse_calldata("12345678").is_err());
        assert!(parse_calldata("0x123").is_err());
        assert!(parse_calldata("0xzz345678").is_err());
    }
}
