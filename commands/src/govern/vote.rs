//! `stkr govern vote`: the pre-check of a vote, by core's rule.

use super::*;

/// Refuse a vote the Governance contract would refuse, before anything is unlocked or sent.
pub(super) async fn check_vote_of(ctx: &Context, id: u64) -> Result<()> {
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
