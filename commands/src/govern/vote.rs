//! `stkr govern vote`: the pre-check of a vote, by core's rule on what core reads.

use eyre::Result;
use stkr_core::governance::{VoteFacts, check_vote};

use crate::Context;

/// Refuse a vote the Governance contract would refuse, before anything is unlocked or sent.
pub(super) async fn check_vote_of(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governor = ctx.account_address()?;
    check_vote(&VoteFacts::read(&chain, &contracts, governor, id).await?)?;
    Ok(())
}
