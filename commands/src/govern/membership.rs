//! Joining, staking, applying, delegating and the handover: the members' own transactions.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, Bytes, U256},
    rpc::types::TransactionRequest,
    sol_types::SolCall,
};
use eyre::{Result, eyre};
use stkr_core::{
    Error,
    batch::Batch,
    bindings::{AnkrToken, Governance, NodeRegistry, Parameters},
    codes::GovernancePhase,
    deploy::hand_over_governance,
    params::index_of,
    time::utc,
    tx::{Allowance, UnsignedApproval, request},
    units::AmountView,
};

use super::{ActionReport, governance_of};
use crate::{Context, govern::changes::report};

/// Add `amount` ANKR to the governance stake, approving it first when needed.
/// Joining as an invited governor, or applying as a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Membership {
    Join,
    Apply,
}

/// Refuse a join or an application the contract would refuse, before any approval or stake is sent:
/// otherwise the approval (and the stake of `apply --stake`) would go out and only the last step fail.
pub(super) async fn check_membership(ctx: &Context, kind: Membership, adding: U256) -> Result<()> {
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
        Membership::Join if GovernancePhase::from(answers.get(phase)?) != GovernancePhase::Initialization => {
            return refuse(
                "invitations are accepted only during the initialization phase, which is over: apply as a candidate with `stkr govern apply`".to_string(),
            );
        }
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

pub(super) fn param_key(name: &str) -> u8 {
    // The catalogue is fixed at compile time and holds every name used here.
    index_of(name).and_then(|i| u8::try_from(i).ok()).unwrap_or_default()
}

pub(super) async fn stake(ctx: &Context, amount: U256) -> Result<Option<ActionReport>> {
    with_approval(ctx, amount, "stake for governance", |amount| Governance::stakeCall { amount }.abi_encode()).await
}

/// Approve ANKR for the Governance contract when the allowance is short, then send the call.
pub(super) async fn with_approval(
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

pub(super) async fn delegate(ctx: &Context, candidate: Address) -> Result<()> {
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let label = format!("delegate sidecar-stake votes to {candidate}");
    let request = request(session.contracts.node_registry, NodeRegistry::delegateCall { candidate });
    let Some(receipt) = tx.send(label.as_str(), request).await? else { return Ok(()) };
    ctx.out.result(&report(&label, &receipt))?;
    Ok(())
}

pub(super) async fn handover(ctx: &Context) -> Result<()> {
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
        changes: vec![format!("Parameters (and through them every rule) are now governed by {to}")],
        proposal_id: None,
    })?;
    Ok(())
}
