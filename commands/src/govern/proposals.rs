//! `stkr govern proposals` and `show`: proposals with their tally, state and each governor's vote.

use stkr_core::{governance::Timeline, units::AmountView};

use super::{propose::describe_call, *};

/// A proposal as listed and shown.
#[derive(Debug, Serialize)]
pub(super) struct ProposalView {
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
    /// When it was made (seconds since the epoch); only governors seated by then vote on it.
    pub start: u64,
    /// When voting closes.
    pub end: u64,
    /// When it may run if it passes: the end plus the timelock.
    pub eta: u64,
    /// When a passed proposal nobody ran expires.
    pub expires_at: u64,
    /// ANKR its proposer locked: returned once it reaches quorum, else to the insurance pool.
    pub bond: AmountView,
    /// Yes votes.
    pub yes: u16,
    /// No votes.
    pub no: u16,
    /// The 2n+1 seats when it was made: the quorum's base, filled or not.
    pub seats: u16,
    /// open, queued, passed, rejected, executed, expired or closed.
    pub state: ProposalState,
    /// Whether voting closed and attendance was counted.
    pub finalized: bool,
}

/// `stkr govern proposals`.
#[derive(Debug, Serialize)]
pub(super) struct ProposalsReport {
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
                    p.seats,
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

/// The next moment that matters for the proposal, in words.
pub(super) fn deadline(p: &ProposalView, now: u64) -> String {
    match p.state {
        ProposalState::Open => format!("closes {}", countdown(p.end, now)),
        ProposalState::Queued => format!("timelocked: runs from {} ({})", utc(p.eta), countdown(p.eta, now)),
        ProposalState::Passed => format!("executable until {} ({})", utc(p.expires_at), countdown(p.expires_at, now)),
        ProposalState::Expired => format!("expired {}", countdown(p.expires_at, now)),
        _ => format!("closed {}", countdown(p.end, now)),
    }
}

/// How one governor voted.
#[derive(Debug, Serialize)]
pub(super) struct VoteView {
    /// The governor.
    pub governor: Address,
    /// yes, no or none.
    pub vote: Vote,
}

/// `stkr govern show`.
#[derive(Debug, Serialize)]
pub(super) struct ProposalReport {
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
                ("voting", format!("{} → {}", utc(p.start), utc(p.end))),
                ("timelock", format!("may run from {} until {}", utc(p.eta), utc(p.expires_at))),
                ("now", deadline(p, self.chain_time)),
                ("bond", p.bond.to_string()),
                ("tally", format!("{} yes, {} no, of {} seats", p.yes, p.no, p.seats)),
            ],
        ));
        for v in &self.votes {
            lines.push(format!("  {}  {}", v.governor, v.vote));
        }
        lines.join("\n")
    }
}

pub(super) fn proposal_view(
    contracts: &Contracts,
    id: u64,
    p: &IGovernance::Proposal,
    now: u64,
    passes: bool,
) -> ProposalView {
    let timeline = Timeline::of(p);
    let state = ProposalState::of(p.executed, p.finalized, timeline, now, passes);
    ProposalView {
        id,
        proposer: p.proposer,
        description: p.description.clone(),
        target: p.target,
        call: describe_call(contracts, p.target, &p.data),
        data: p.data.clone(),
        start: timeline.start,
        end: timeline.end,
        eta: timeline.eta,
        expires_at: timeline.expires_at,
        bond: AmountView::ankr(U256::from(p.bond)),
        yes: p.yes,
        no: p.no,
        seats: p.seats,
        state,
        finalized: p.finalized,
    }
}

/// Read proposals `ids` with whether each passes, in one round trip per thousand proposals.
pub(super) async fn read_proposals(
    chain: &Chain,
    contracts: &Contracts,
    governance: Address,
    ids: &[u64],
) -> Result<Vec<(IGovernance::Proposal, bool)>> {
    let mut batch = Batch::new();
    let slots: Vec<_> = ids
        .iter()
        .map(|&id| {
            let id = U256::from(id);
            (
                batch.add(governance, Governance::getProposalCall { id }),
                batch.add(governance, Governance::passedCall { id }),
            )
        })
        .collect();
    let answers = batch.run(chain, contracts.multicall3).await?;
    slots
        .into_iter()
        .map(|(proposal, passes)| Ok((answers.get(proposal)?, answers.get(passes).unwrap_or(false))))
        .collect()
}

/// How many proposals there are; ids run from 1.
pub(super) async fn proposal_count(chain: &Chain, governance: Address) -> Result<u64> {
    let count = Governance::new(governance, &chain.provider)
        .proposalCount()
        .call()
        .await
        .map_err(|e| eyre!("reading the proposal count: {e}"))?;
    Ok(count.saturating_to())
}

pub(super) async fn proposals(ctx: &Context, open: bool) -> Result<()> {
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

pub(super) async fn show(ctx: &Context, id: u64) -> Result<()> {
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
