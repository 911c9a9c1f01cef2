//! `stkr govern`: the government of §3.1 — governors, candidates, elections, proposals and votes.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, Bytes, U256},
    rpc::types::{TransactionReceipt, TransactionRequest},
    sol_types::{SolCall, SolEvent},
};
use clap::{Args, Subcommand, ValueEnum};
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    Error,
    batch::Batch,
    bindings::{AnkrToken, Governance, Marketplace, MicroPool, Multicall3, NodeRegistry, Parameters, ProviderRegistry},
    codes::{GovernancePhase, TrustLevel, Vote},
    governance::{ProposalState, VoteFacts, check_vote},
    chain::Chain,
    deploy::{Contracts, hand_over_governance},
    input::{parse_address, parse_duration, parse_id},
    output::{Render, Style, rows},
    params::{PARAMS, display_value, index_of, parse_value},
    receipt::events,
    time::{countdown, utc},
    tx::{Allowance, UnsignedApproval, request, revert_reason},
    units::AmountView,
};

use crate::{
    Context,
    common::{ankr_amount, eth_amount},
    params::ParamsArgs,
};

/// Governors, candidates, elections and proposals.
///
/// Governors vote one governor one vote on proposals that call the protocol's contracts: parameter
/// changes, provider qualification and trust, pool settlement and migration, failure reports.
///
/// Examples:
///   stkr govern governors
///   stkr govern propose qualify 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --trust semi-trusted --account gov
///   stkr govern vote 12 yes --account gov
///   stkr devnet advance 3d && stkr govern execute 12 --account gov
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
    /// Withdraw ANKR from your governance stake (governors and candidates keep the minimum).
    Unstake {
        /// ANKR to withdraw.
        #[arg(value_parser = ankr_amount)]
        amount: U256,
    },
    /// Apply to be elected (from the transition phase on), optionally staking first.
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
    /// Run the due election (anyone may).
    Elect,
    /// Propose a change for the governors to vote on.
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
    /// Run a passed proposal after its voting period (anyone may).
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
    /// Hand the protocol's governance from the deployer to the Governance contract, once the invited
    /// governors have joined (the devnet does this itself).
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

/// What to propose.
#[derive(Debug, Args)]
struct ProposeArgs {
    /// Why, for the other governors (default: a description of the call).
    #[arg(long, global = true, value_name = "TEXT")]
    description: Option<String>,
    #[command(subcommand)]
    kind: ProposalKind,
}

#[derive(Debug, Subcommand)]
enum ProposalKind {
    /// Change a parameter (see `stkr params`), in its unit: 16eth, 100000ankr, 10%, 3d, 5.
    ///
    /// Examples:
    ///   stkr govern propose param voting-period 2d --account gov
    #[command(verbatim_doc_comment)]
    Param {
        /// The parameter's name.
        name: String,
        /// The new value.
        #[arg(allow_hyphen_values = true)]
        value: String,
    },
    /// Qualify a registered provider at a trust level.
    Qualify {
        /// The provider.
        #[arg(value_parser = parse_address)]
        provider: Address,
        /// Its trust level.
        #[arg(long, value_enum)]
        trust: Trust,
    },
    /// Change a qualified provider's trust level.
    Trust {
        /// The provider.
        #[arg(value_parser = parse_address)]
        provider: Address,
        /// The new level.
        #[arg(long = "trust", value_enum)]
        level: Trust,
    },
    /// Revoke a provider's qualification.
    Revoke {
        /// The provider.
        #[arg(value_parser = parse_address)]
        provider: Address,
    },
    /// Disqualify a provider for a while.
    Disqualify {
        /// The provider.
        #[arg(value_parser = parse_address)]
        provider: Address,
        /// For how long from now: 30d, 12h.
        #[arg(long = "for", value_parser = parse_duration, value_name = "DURATION")]
        duration: u64,
    },
    /// Settle an active pool after its end time with the ETH its validator returned.
    CompletePool {
        /// The pool id.
        #[arg(value_parser = id_of("pool"))]
        pool: u64,
        /// The ETH that came back.
        #[arg(value_parser = eth_amount)]
        returned: U256,
    },
    /// Settle a pool whose provider failed (§3.6): the loss hits the provider's k first, then insurance.
    FailPool {
        /// The pool id.
        #[arg(value_parser = id_of("pool"))]
        pool: u64,
        /// The ETH that came back.
        #[arg(value_parser = eth_amount)]
        returned: U256,
        /// ANKR collateral to slash into the insurance pool.
        #[arg(long, value_parser = ankr_amount, default_value = "0", value_name = "AMOUNT")]
        slash: U256,
    },
    /// Move the stakers of a stopped pending pool into another pending pool.
    MigratePool {
        /// The stopped pool.
        #[arg(value_parser = id_of("pool"))]
        from: u64,
        /// The pending pool that takes them.
        #[arg(value_parser = id_of("pool"))]
        to: u64,
    },
    /// Report a project's failed delivery: FP back to the requester plus up to LOSS from collateral.
    ReportFailure {
        /// The project id.
        #[arg(value_parser = id_of("project"))]
        project: u64,
        /// The requester's loss to compensate from the provider's collateral.
        #[arg(long, value_parser = ankr_amount, default_value = "0", value_name = "AMOUNT")]
        loss: U256,
    },
    /// Any call: a target contract and hex calldata.
    Call {
        /// The contract to call.
        #[arg(value_parser = parse_address)]
        target: Address,
        /// The calldata, 0x-prefixed hex.
        #[arg(value_parser = parse_calldata)]
        data: Bytes,
    },
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
    contracts.governance.ok_or_else(|| {
        eyre!(Error::Other(
            "this deployment has no Governance contract: deploy with `stkr deploy --governor A --governor B --governor C`"
                .into()
        ))
    })
}

// ---------------------------------------------------------------- reports

/// A governor or candidate.
#[derive(Debug, Serialize)]
pub struct MemberView {
    /// The account.
    pub address: Address,
    /// Its own ANKR stake.
    pub stake: AmountView,
    /// ANKR delegated to it by sidecar stakers.
    pub delegated: AmountView,
    /// Its election weight: stake + delegated (1 ANKR = 1 vote).
    pub weight: AmountView,
    /// Proposals missed in a row (slashed and removed at missed-votes-limit).
    pub missed_in_row: u8,
    /// Rewards it can claim now from the reward pool's 30 %.
    pub claimable_eth: AmountView,
    /// ANKR rewards it can claim now.
    pub claimable_ankr: AmountView,
}

/// `stkr govern governors` / `candidates`.
#[derive(Debug, Serialize)]
pub struct MembersReport {
    /// governors or candidates.
    pub role: &'static str,
    /// initialization, transition or automated.
    pub phase: GovernancePhase,
    /// When the next election may run (seconds since the epoch).
    pub next_election_at: u64,
    /// The chain's time when read.
    pub chain_time: u64,
    /// The members.
    pub members: Vec<MemberView>,
}

impl Render for MembersReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![style.dim(&format!(
            "{} {} · phase {} · next election {} ({})",
            self.members.len(),
            self.role,
            self.phase,
            utc(self.next_election_at),
            countdown(self.next_election_at, self.chain_time)
        ))];
        if self.members.is_empty() {
            lines.push(format!("no {} yet", self.role));
        }
        for m in &self.members {
            lines.push(format!(
                "{}  stake {:>16}  delegated {:>14}  weight {:>16}  missed {}  rewards {} + {}",
                style.bold(&m.address.to_string()),
                m.stake.formatted,
                m.delegated.formatted,
                m.weight.formatted,
                m.missed_in_row,
                m.claimable_eth.formatted,
                m.claimable_ankr.formatted
            ));
        }
        lines.join("\n")
    }
}

/// A proposal as listed and shown.
#[derive(Debug, Serialize)]
pub struct ProposalView {
    /// Its id.
    pub id: u64,
    /// Who proposed it.
    pub proposer: Address,
    /// What it says it does.
    pub description: String,
    /// The contract it calls.
    pub target: Address,
    /// The call, decoded when stkr knows it.
    pub call: String,
    /// The raw calldata.
    pub data: Bytes,
    /// When voting opened and closes (seconds since the epoch).
    pub start: u64,
    /// When voting closes.
    pub end: u64,
    /// Yes votes.
    pub yes: u16,
    /// No votes.
    pub no: u16,
    /// Governors when it was made (the quorum's base).
    pub governor_count: u16,
    /// open, passed, rejected, executed or closed.
    pub state: ProposalState,
    /// Whether voting closed and attendance was counted.
    pub finalized: bool,
}

/// `stkr govern proposals`.
#[derive(Debug, Serialize)]
pub struct ProposalsReport {
    /// The chain's time when read.
    pub chain_time: u64,
    /// The proposals, newest first.
    pub proposals: Vec<ProposalView>,
}

impl Render for ProposalsReport {
    fn render(&self, style: &Style) -> String {
        if self.proposals.is_empty() {
            return "no proposals".into();
        }
        self.proposals
            .iter()
            .map(|p| {
                format!(
                    "#{:<4} {:<9} yes {} no {} of {}  {}  {}  {}",
                    p.id,
                    p.state,
                    p.yes,
                    p.no,
                    p.governor_count,
                    style.dim(&deadline(p, self.chain_time)),
                    style.bold(&p.call),
                    // The default description is the call itself; say it once.
                    if p.description == p.call { "" } else { p.description.as_str() }
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn deadline(p: &ProposalView, now: u64) -> String {
    if p.end > now { format!("closes {}", countdown(p.end, now)) } else { format!("closed {}", countdown(p.end, now)) }
}

/// How one governor voted.
#[derive(Debug, Serialize)]
pub struct VoteView {
    /// The governor.
    pub governor: Address,
    /// yes, no or none.
    pub vote: Vote,
}

/// `stkr govern show`.
#[derive(Debug, Serialize)]
pub struct ProposalReport {
    /// The proposal.
    #[serde(flatten)]
    pub proposal: ProposalView,
    /// The chain's time when read.
    pub chain_time: u64,
    /// How each seated governor voted.
    pub votes: Vec<VoteView>,
}

impl Render for ProposalReport {
    fn render(&self, style: &Style) -> String {
        let p = &self.proposal;
        let mut lines = vec![style.bold(&format!("proposal #{}: {}", p.id, p.state))];
        lines.push(rows(
            style,
            &[
                ("description", p.description.clone()),
                ("call", p.call.clone()),
                ("target", p.target.to_string()),
                ("proposer", p.proposer.to_string()),
                ("voting", format!("{} → {} ({})", utc(p.start), utc(p.end), deadline(p, self.chain_time))),
                ("tally", format!("{} yes, {} no, of {} governors", p.yes, p.no, p.governor_count)),
            ],
        ));
        for v in &self.votes {
            lines.push(format!("  {}  {}", v.governor, v.vote));
        }
        lines.join("\n")
    }
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

// ---------------------------------------------------------------- running

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
                check_membership(ctx, Membership::Join, amount).await?;
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
                check_membership(ctx, Membership::Apply, amount.unwrap_or_default()).await?;
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
                act(ctx, "withdraw governance stake", Governance::unstakeCall { amount }.abi_encode()).await
            }
            GovernCommand::Withdraw => {
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

/// Refuse a vote the Governance contract would refuse, before anything is unlocked or sent.
async fn check_vote_of(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = governance_of(&contracts)?;
    let governor = ctx.account_address()?;
    let mut batch = Batch::new();
    let member = batch.add(governance, Governance::memberOfCall { account: governor });
    let count = batch.add(governance, Governance::proposalCountCall {});
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let proposal_count = answers.get(count)?.saturating_to::<u64>();
    let (end, cast) = if (1..=proposal_count).contains(&id) {
        let mut batch = Batch::new();
        let proposal = batch.add(governance, Governance::getProposalCall { id: U256::from(id) });
        let vote = batch.add(governance, Governance::voteOfCall { id: U256::from(id), governor });
        let answers = batch.run(&chain, contracts.multicall3).await?;
        (answers.get(proposal)?.end.saturating_to(), Vote::from(answers.get(vote)?))
    } else {
        (0, Vote::None)
    };
    check_vote(&VoteFacts {
        governor,
        is_governor: answers.get(member)?.governor,
        id,
        proposal_count,
        end,
        now: answers.get(now)?.saturating_to(),
        cast,
    })?;
    Ok(())
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

/// Add `amount` ANKR to the governance stake, approving it first when needed.
/// Joining as an invited governor, or applying as a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Membership {
    Join,
    Apply,
}

/// Refuse a join or an application the contract would refuse, before any approval or stake is sent:
/// otherwise the approval (and the stake of `apply --stake`) would go out and only the last step fail.
async fn check_membership(ctx: &Context, kind: Membership, adding: U256) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = governance_of(&contracts)?;
    let account = ctx.account_address()?;
    let mut batch = Batch::new();
    let member = batch.add(governance, Governance::memberOfCall { account });
    let phase = batch.add(governance, Governance::phaseCall {});
    let due = batch.add(governance, Governance::nextElectionAtCall {});
    let minimum = batch.add(contracts.parameters, Parameters::getCall { key: param_key("governor-min-stake") });
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let (member, minimum) = (answers.get(member)?, answers.get(minimum)?);
    let refuse = |sentence: String| -> Result<()> { Err(Error::Simulation(sentence).into()) };
    if member.governor {
        return refuse(format!("{account} is already a governor"));
    }
    match kind {
        Membership::Join if !member.invited => return refuse(format!("{account} was not invited to govern")),
        Membership::Apply if member.candidate => return refuse(format!("{account} is already a candidate")),
        Membership::Apply if GovernancePhase::from(answers.get(phase)?) == GovernancePhase::Initialization => {
            return refuse(format!(
                "candidates apply once the initialization phase is over, at {}",
                utc(answers.get(due)?.saturating_to())
            ));
        }
        _ => {}
    }
    let total = U256::from(member.stake).saturating_add(adding);
    if total < minimum {
        return refuse(format!(
            "a governor or candidate keeps at least {} staked, and this would leave {}",
            AmountView::ankr(minimum),
            AmountView::ankr(total)
        ));
    }
    Ok(())
}

fn param_key(name: &str) -> u8 {
    // The catalogue is fixed at compile time and holds every name used here.
    index_of(name).and_then(|i| u8::try_from(i).ok()).unwrap_or_default()
}

async fn stake(ctx: &Context, amount: U256) -> Result<Option<ActionReport>> {
    with_approval(ctx, amount, "stake for governance", |amount| Governance::stakeCall { amount }.abi_encode()).await
}

/// Approve ANKR for the Governance contract when the allowance is short, then send the call.
async fn with_approval(
    ctx: &Context,
    amount: U256,
    label: &str,
    call: impl Fn(U256) -> Vec<u8>,
) -> Result<Option<ActionReport>> {
    let session = ctx.session().await?;
    let governance = governance_of(&session.contracts)?;
    let tx = ctx.transactor(&session.chain, session.from);
    let ankr = AnkrToken::new(session.contracts.ankr_token, &session.chain.provider);
    let (balance, allowance) = (
        ankr.balanceOf(session.from).call().await.map_err(|e| eyre!("reading the ANKR balance: {e}"))?,
        ankr.allowance(session.from, governance).call().await.map_err(|e| eyre!("reading the ANKR allowance: {e}"))?,
    );
    if balance < amount {
        return Err(Error::InvalidInput(format!(
            "{} holds {} but this needs {}",
            session.from,
            AmountView::ankr(balance),
            AmountView::ankr(amount)
        ))
        .into());
    }
    let label = format!("{label}: {}", AmountView::ankr(amount));
    let request = TransactionRequest::default().with_to(governance).with_input(call(amount));
    let allowance =
        Allowance { token: session.contracts.ankr_token, spender: governance, needed: amount, current: allowance };
    let approve = format!("approve {} for Governance", AmountView::ankr(amount));
    let unsigned = UnsignedApproval::ApprovalOnly;
    let plan = tx.approve_then(&allowance, approve, label.as_str(), request, unsigned).await?;
    if plan.printed() {
        // Both transactions, in order, for the offline signer: the approval was printed, the call follows.
        ctx.out.status("then, once the approval is mined:");
        ctx.out.status(format!("  to {governance} data {}", Bytes::from(call(amount))));
        return Ok(None);
    }
    Ok(plan.send().await?.map(|sent| report(&label, &sent.receipt)))
}

async fn delegate(ctx: &Context, candidate: Address) -> Result<()> {
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let label = format!("delegate sidecar-stake votes to {candidate}");
    let request = request(session.contracts.node_registry, NodeRegistry::delegateCall { candidate });
    let Some(receipt) = tx.send(label.as_str(), request).await? else { return Ok(()) };
    ctx.out.result(&report(&label, &receipt))?;
    Ok(())
}

async fn handover(ctx: &Context) -> Result<()> {
    let session = ctx.session().await?;
    let governance = governance_of(&session.contracts)?;
    let current = Parameters::new(session.contracts.parameters, &session.chain.provider)
        .governance()
        .call()
        .await
        .map_err(|e| eyre!("reading the governance address: {e}"))?;
    if current == governance {
        return Err(Error::Other(format!("governance is already held by the Governance contract {governance}")).into());
    }
    let tx = ctx.transactor(&session.chain, session.from);
    let to = hand_over_governance(&tx, &session.contracts).await?;
    ctx.out.result(&ActionReport {
        action: format!("governance handed over to {to}"),
        transaction: String::new(),
        block: 0,
        changes: vec![format!("Parameters and aETH are now governed by {to}")],
        proposal_id: None,
    })?;
    Ok(())
}

async fn propose(ctx: &Context, args: ProposeArgs) -> Result<()> {
    let ProposeArgs { description, kind } = args;
    // Build the call before unlocking anything, so bad input costs no passphrase.
    let (chain, contracts) = ctx.reader().await?;
    let (target, data, summary) = proposal_call(&chain, &contracts, kind).await?;
    let description = description.unwrap_or_else(|| summary.clone());
    let session = ctx.session().await?;
    let governance = governance_of(&session.contracts)?;
    let tx = ctx.transactor(&session.chain, session.from);
    // Simulate the proposed call as Governance would run it, so a proposal that cannot pass execution
    // is caught now rather than after a vote.
    simulate_as_governance(&session.chain, governance, target, &data).await?;
    let request =
        request(governance, Governance::proposeCall { target, data: data.clone(), description: description.clone() });
    let label = format!("propose: {summary}");
    let Some(receipt) = tx.send(label.as_str(), request).await? else { return Ok(()) };
    let mut result = report(&label, &receipt);
    result.proposal_id =
        events::<Governance::ProposalCreated>(&receipt, governance).first().map(|e| e.id.saturating_to::<u64>());
    ctx.out.result(&result)?;
    Ok(())
}

/// Run `data` against `target` from the Governance contract's address, read-only: a call that would fail
/// when executed is refused before it is proposed. Only the governance check can differ later (before the
/// handover the deployer governs), so that refusal alone is let through with a warning.
async fn simulate_as_governance(chain: &Chain, governance: Address, target: Address, data: &Bytes) -> Result<()> {
    let request = TransactionRequest::default().with_from(governance).with_to(target).with_input(data.clone());
    match revert_reason(chain, request).await? {
        Some(reason) if !reason.contains("governance") => {
            Err(Error::Simulation(format!("the proposed call would fail when executed: {reason}")).into())
        }
        _ => Ok(()),
    }
}

/// The target, calldata and a one-line summary of a proposal.
async fn proposal_call(chain: &Chain, contracts: &Contracts, kind: ProposalKind) -> Result<(Address, Bytes, String)> {
    Ok(match kind {
        ProposalKind::Param { name, value } => {
            let index = index_of(&name).ok_or_else(|| {
                Error::InvalidInput(format!(
                    "unknown parameter '{name}'; `stkr params` lists them all (e.g. p-min, untrusted-k, voting-period)"
                ))
            })?;
            let info = PARAMS[index];
            let value = parse_value(info.unit, &value)?;
            let bounds = Parameters::new(contracts.parameters, &chain.provider)
                .bounds(index as u8)
                .call()
                .await
                .map_err(|e| eyre!("reading the bounds of {name}: {e}"))?;
            if value < bounds.min || value > bounds.max {
                return Err(Error::InvalidInput(format!(
                    "{name} must stay within {} and {}, not {}",
                    display_value(info.unit, bounds.min),
                    display_value(info.unit, bounds.max),
                    display_value(info.unit, value)
                ))
                .into());
            }
            (
                contracts.parameters,
                Parameters::setCall { key: index as u8, value }.abi_encode().into(),
                format!("set {name} to {}", display_value(info.unit, value)),
            )
        }
        ProposalKind::Qualify { provider, trust } => (
            contracts.provider_registry,
            ProviderRegistry::qualifyCall { provider, trust: trust.level().code() }.abi_encode().into(),
            format!("qualify provider {provider} as {}", trust.level()),
        ),
        ProposalKind::Trust { provider, level } => (
            contracts.provider_registry,
            ProviderRegistry::setTrustLevelCall { provider, trust: level.level().code() }.abi_encode().into(),
            format!("make provider {provider} {}", level.level()),
        ),
        ProposalKind::Revoke { provider } => (
            contracts.provider_registry,
            ProviderRegistry::revokeQualificationCall { provider }.abi_encode().into(),
            format!("revoke the qualification of provider {provider}"),
        ),
        ProposalKind::Disqualify { provider, duration } => {
            let until = chain.time().await?.saturating_add(duration);
            (
                contracts.provider_registry,
                ProviderRegistry::disqualifyCall { provider, until }.abi_encode().into(),
                format!("disqualify provider {provider} until {}", utc(until)),
            )
        }
        ProposalKind::CompletePool { pool, returned } => (
            contracts.micro_pool,
            MicroPool::completeCall { poolId: U256::from(pool), returned }.abi_encode().into(),
            format!("complete pool {pool} with {} returned", AmountView::eth(returned)),
        ),
        ProposalKind::FailPool { pool, returned, slash } => (
            contracts.micro_pool,
            MicroPool::reportFailureCall { poolId: U256::from(pool), returned, ankrSlash: slash }.abi_encode().into(),
            format!(
                "settle failed pool {pool} with {} returned, slashing {}",
                AmountView::eth(returned),
                AmountView::ankr(slash)
            ),
        ),
        ProposalKind::MigratePool { from, to } => (
            contracts.micro_pool,
            MicroPool::migrateCall { from: U256::from(from), to: U256::from(to) }.abi_encode().into(),
            format!("move the stakers of pool {from} into pool {to}"),
        ),
        ProposalKind::ReportFailure { project, loss } => (
            contracts.marketplace,
            Marketplace::reportFailureCall { projectId: U256::from(project), loss }.abi_encode().into(),
            format!("report project {project} failed, compensating up to {}", AmountView::ankr(loss)),
        ),
        ProposalKind::Call { target, data } => {
            let summary = describe_call(contracts, target, &data);
            (target, data, summary)
        }
    })
}


/// A proposal's call for people, when stkr knows the contract and function.
pub fn describe_call(contracts: &Contracts, target: Address, data: &[u8]) -> String {
    let name = contracts.named().into_iter().find(|(_, address)| *address == target).map(|(name, _)| name);
    if target == contracts.parameters
        && let Ok(call) = Parameters::setCall::abi_decode(data)
        && let Some(info) = PARAMS.get(usize::from(call.key))
    {
        return format!("set {} to {}", info.name, display_value(info.unit, call.value));
    }
    if target == contracts.provider_registry {
        let level = TrustLevel::from;
        if let Ok(call) = ProviderRegistry::qualifyCall::abi_decode(data) {
            return format!("qualify provider {} as {}", call.provider, level(call.trust));
        }
        if let Ok(call) = ProviderRegistry::setTrustLevelCall::abi_decode(data) {
            return format!("make provider {} {}", call.provider, level(call.trust));
        }
        if let Ok(call) = ProviderRegistry::revokeQualificationCall::abi_decode(data) {
            return format!("revoke the qualification of provider {}", call.provider);
        }
        if let Ok(call) = ProviderRegistry::disqualifyCall::abi_decode(data) {
            return format!("disqualify provider {} until {}", call.provider, utc(call.until));
        }
    }
    if target == contracts.micro_pool {
        if let Ok(call) = MicroPool::completeCall::abi_decode(data) {
            return format!("complete pool {} with {} returned", call.poolId, AmountView::eth(call.returned));
        }
        if let Ok(call) = MicroPool::reportFailureCall::abi_decode(data) {
            return format!("settle failed pool {} with {} returned", call.poolId, AmountView::eth(call.returned));
        }
        if let Ok(call) = MicroPool::migrateCall::abi_decode(data) {
            return format!("move the stakers of pool {} into pool {}", call.from, call.to);
        }
    }
    if target == contracts.marketplace
        && let Ok(call) = Marketplace::reportFailureCall::abi_decode(data)
    {
        return format!("report project {} failed, compensating up to {}", call.projectId, AmountView::ankr(call.loss));
    }
    let selector = data.get(..4).map(|s| format!("0x{}", alloy::hex::encode(s))).unwrap_or_else(|| "0x".into());
    match name {
        Some(name) => format!("call {name} (selector {selector})"),
        None => format!("call {target} (selector {selector})"),
    }
}

fn report(action: &str, receipt: &TransactionReceipt) -> ActionReport {
    let mut changes = Vec::new();
    for log in receipt.inner.logs() {
        let Some(topic) = log.topic0() else { continue };
        let data = &log.inner;
        let line = match *topic {
            Governance::GovernorJoined::SIGNATURE_HASH => Governance::GovernorJoined::decode_log(data)
                .ok()
                .map(|e| format!("{} joined as governor with {} staked", e.governor, AmountView::ankr(e.stake))),
            Governance::GovernanceStaked::SIGNATURE_HASH => {
                Governance::GovernanceStaked::decode_log(data).ok().map(|e| {
                    format!(
                        "{} staked {}; stake now {}",
                        e.account,
                        AmountView::ankr(e.amount),
                        AmountView::ankr(e.stake)
                    )
                })
            }
            Governance::GovernanceUnstaked::SIGNATURE_HASH => {
                Governance::GovernanceUnstaked::decode_log(data).ok().map(|e| {
                    format!(
                        "{} withdrew {}; stake now {}",
                        e.account,
                        AmountView::ankr(e.amount),
                        AmountView::ankr(e.stake)
                    )
                })
            }
            Governance::CandidateApplied::SIGNATURE_HASH => Governance::CandidateApplied::decode_log(data)
                .ok()
                .map(|e| format!("{} is a candidate with {} staked", e.candidate, AmountView::ankr(e.stake))),
            Governance::CandidateWithdrew::SIGNATURE_HASH => Governance::CandidateWithdrew::decode_log(data)
                .ok()
                .map(|e| format!("{} withdrew its candidacy", e.candidate)),
            Governance::Elected::SIGNATURE_HASH => Governance::Elected::decode_log(data).ok().map(|e| {
                let list = e.elected.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                format!("elected: {list}")
            }),
            Governance::GovernorUnseated::SIGNATURE_HASH => {
                Governance::GovernorUnseated::decode_log(data).ok().map(|e| format!("{} lost its seat", e.governor))
            }
            Governance::ProposalCreated::SIGNATURE_HASH => Governance::ProposalCreated::decode_log(data)
                .ok()
                .map(|e| format!("proposal {} created; voting closes {}", e.id, utc(e.end.saturating_to()))),
            Governance::VoteCast::SIGNATURE_HASH => Governance::VoteCast::decode_log(data)
                .ok()
                .map(|e| format!("{} voted {} on proposal {}", e.governor, if e.support { "yes" } else { "no" }, e.id)),
            Governance::ProposalFinalized::SIGNATURE_HASH => {
                Governance::ProposalFinalized::decode_log(data).ok().map(|e| {
                    format!(
                        "proposal {} closed: {} yes, {} no, {}",
                        e.id,
                        e.yes,
                        e.no,
                        if e.passed { "passed" } else { "rejected" }
                    )
                })
            }
            Governance::ProposalExecuted::SIGNATURE_HASH => {
                Governance::ProposalExecuted::decode_log(data).ok().map(|e| format!("proposal {} executed", e.id))
            }
            Governance::GovernorSlashed::SIGNATURE_HASH => {
                Governance::GovernorSlashed::decode_log(data).ok().map(|e| {
                    format!(
                        "{} missed {} votes in a row: slashed {} and removed",
                        e.governor,
                        e.missedInRow,
                        AmountView::ankr(e.amount)
                    )
                })
            }
            Parameters::ParameterChanged::SIGNATURE_HASH => {
                Parameters::ParameterChanged::decode_log(data).ok().and_then(|e| {
                    PARAMS.get(usize::from(e.key)).map(|info| {
                        format!(
                            "{} changed from {} to {}",
                            info.name,
                            display_value(info.unit, e.oldValue),
                            display_value(info.unit, e.newValue)
                        )
                    })
                })
            }
            ProviderRegistry::ProviderQualified::SIGNATURE_HASH => {
                ProviderRegistry::ProviderQualified::decode_log(data)
                    .ok()
                    .map(|e| format!("provider {} qualified", e.provider))
            }
            NodeRegistry::VotesDelegated::SIGNATURE_HASH => {
                NodeRegistry::VotesDelegated::decode_log(data).ok().map(|e| {
                    format!(
                        "{} delegates {} of votes to {} (was {})",
                        e.staker,
                        AmountView::ankr(e.votes),
                        e.to,
                        e.from
                    )
                })
            }
            _ => None,
        };
        changes.extend(line);
    }
    ActionReport {
        action: action.to_string(),
        transaction: receipt.transaction_hash.to_string(),
        block: receipt.block_number.unwrap_or_default(),
        changes,
        proposal_id: None,
    }
}

// ---------------------------------------------------------------- reads


async fn members(ctx: &Context, governors: bool) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = governance_of(&contracts)?;
    let mut head = Batch::new();
    let listed = head.add(governance, Governance::governorsCall {});
    let candidates = head.add(governance, Governance::candidatesCall {});
    let phase = head.add(governance, Governance::phaseCall {});
    let next = head.add(governance, Governance::nextElectionAtCall {});
    let answers = head.run(&chain, contracts.multicall3).await?;
    let list = if governors { answers.get(listed)? } else { answers.get(candidates)? };
    let (phase, next) = (GovernancePhase::from(answers.get(phase)?), answers.get(next)?);
    // One more round trip for every member's standing, weight and rewards.
    let mut batch = Batch::new();
    let slots: Vec<_> = list
        .iter()
        .map(|&account| {
            (
                account,
                batch.add(governance, Governance::memberOfCall { account }),
                batch.add(governance, Governance::weightOfCall { account }),
                batch.add(contracts.node_registry, NodeRegistry::delegatedVotesCall { candidate: account }),
                batch.add(governance, Governance::pendingRewardsCall { account }),
            )
        })
        .collect();
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut members = Vec::with_capacity(slots.len());
    for (address, member, weight, delegated, pending) in slots {
        let (member, pending) = (answers.get(member)?, answers.get(pending)?);
        members.push(MemberView {
            address,
            stake: AmountView::ankr(U256::from(member.stake)),
            delegated: AmountView::ankr(answers.get(delegated)?),
            weight: AmountView::ankr(answers.get(weight)?),
            missed_in_row: member.missedInRow,
            claimable_eth: AmountView::eth(pending.eth),
            claimable_ankr: AmountView::ankr(pending.ankr),
        });
    }
    if !governors {
        members.sort_by(|a, b| {
            let (wa, wb) =
                (a.weight.wei.parse::<U256>().unwrap_or_default(), b.weight.wei.parse::<U256>().unwrap_or_default());
            wb.cmp(&wa)
        });
    }
    ctx.out.result(&MembersReport {
        role: if governors { "governors" } else { "candidates" },
        phase,
        next_election_at: next.saturating_to(),
        chain_time: chain.time().await?,
        members,
    })?;
    Ok(())
}

fn proposal_view(contracts: &Contracts, id: u64, p: &Governance::Proposal, now: u64, passes: bool) -> ProposalView {
    let state = ProposalState::of(p.executed, p.finalized, p.end.to::<u64>(), now, passes);
    ProposalView {
        id,
        proposer: p.proposer,
        description: p.description.clone(),
        target: p.target,
        call: describe_call(contracts, p.target, &p.data),
        data: p.data.clone(),
        start: p.start.to::<u64>(),
        end: p.end.to::<u64>(),
        yes: p.yes,
        no: p.no,
        governor_count: p.governorCount,
        state,
        finalized: p.finalized,
    }
}

/// Read proposals `ids` with whether each passes, in one round trip per thousand proposals.
async fn read_proposals(
    chain: &Chain,
    contracts: &Contracts,
    governance: Address,
    ids: &[u64],
) -> Result<Vec<(Governance::Proposal, bool)>> {
    let mut batch = Batch::new();
    let slots: Vec<_> = ids
        .iter()
        .map(|&id| {
            let id = U256::from(id);
            (batch.add(governance, Governance::getProposalCall { id }), batch.add(governance, Governance::passedCall { id }))
        })
        .collect();
    let answers = batch.run(chain, contracts.multicall3).await?;
    slots
        .into_iter()
        .map(|(proposal, passes)| Ok((answers.get(proposal)?, answers.get(passes).unwrap_or(false))))
        .collect()
}

/// How many proposals there are; ids run from 1.
async fn proposal_count(chain: &Chain, governance: Address) -> Result<u64> {
    let count = Governance::new(governance, &chain.provider)
        .proposalCount()
        .call()
        .await
        .map_err(|e| eyre!("reading the proposal count: {e}"))?;
    Ok(count.saturating_to())
}

async fn proposals(ctx: &Context, open: bool) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = governance_of(&contracts)?;
    let count = proposal_count(&chain, governance).await?;
    let ids: Vec<u64> = (1..=count).rev().collect();
    let now = chain.time().await?;
    let read = read_proposals(&chain, &contracts, governance, &ids).await?;
    let proposals = ids
        .iter()
        .zip(read)
        .map(|(&id, (p, passes))| proposal_view(&contracts, id, &p, now, passes))
        .filter(|p| !open || p.state.is_live())
        .collect();
    ctx.out.result(&ProposalsReport { chain_time: now, proposals })?;
    Ok(())
}

async fn show(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = governance_of(&contracts)?;
    let count = proposal_count(&chain, governance).await?;
    if id > count {
        return Err(Error::InvalidInput(format!(
            "there is no proposal {id}: {count} proposals exist (see `stkr govern proposals`)"
        ))
        .into());
    }
    let now = chain.time().await?;
    let (proposal, passes) = read_proposals(&chain, &contracts, governance, &[id])
        .await?
        .pop()
        .ok_or_else(|| eyre!("the proposal read returned nothing"))?;
    let governors = Governance::new(governance, &chain.provider)
        .governors()
        .call()
        .await
        .map_err(|e| eyre!("reading the governors: {e}"))?;
    let mut batch = Batch::new();
    let slots: Vec<_> = governors
        .iter()
        .map(|&governor| (governor, batch.add(governance, Governance::voteOfCall { id: U256::from(id), governor })))
        .collect();
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let votes = slots
        .into_iter()
        .map(|(governor, vote)| VoteView { governor, vote: Vote::from(answers.get(vote).unwrap_or(0)) })
        .collect();
    ctx.out.result(&ProposalReport {
        proposal: proposal_view(&contracts, id, &proposal, now, passes),
        chain_time: now,
        votes,
    })?;
    Ok(())
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
