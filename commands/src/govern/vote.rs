//! `stkr govern vote` and `execute`: their pre-checks, by core's rules on what core reads.

use alloy::primitives::U256;
use eyre::Result;
use stkr_core::{
    Error,
    batch::Batch,
    bindings::{Governance, Multicall3},
    governance::{ProposalState, Timeline, VoteFacts, address, check_execute, check_vote},
};

use crate::Context;

/// Refuse a vote the Governance contract would refuse, before anything is unlocked or sent.
pub(super) async fn check_vote_of(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governor = ctx.account_address()?;
    check_vote(&VoteFacts::read(&chain, &contracts, governor, id).await?)?;
    Ok(())
}

/// Refuse an execution the Governance contract would refuse (not passed, timelocked, expired, done).
pub(super) async fn check_execute_of(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = address(&contracts)?;
    let mut batch = Batch::new();
    let count = batch.add(governance, Governance::proposalCountCall {});
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let count = answers.get(count)?.saturating_to::<u64>();
    if id > count {
        return Err(Error::InvalidInput(format!("there is no proposal {id}: there are {count}")).into());
    }
    let mut batch = Batch::new();
    let proposal = batch.add(governance, Governance::getProposalCall { id: U256::from(id) });
    let passes = batch.add(governance, Governance::passedCall { id: U256::from(id) });
    let read = batch.run(&chain, contracts.multicall3).await?;
    let (p, passes) = (read.get(proposal)?, read.get(passes)?);
    let timeline = Timeline::of(&p);
    let state = ProposalState::of(p.executed, p.finalized, timeline, answers.get(now)?.saturating_to(), passes);
    check_execute(id, state, timeline)?;
    Ok(())
}
