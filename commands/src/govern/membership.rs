//! Joining, staking, applying, delegating and the handover: the members' own transactions.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, Bytes, U256},
    rpc::types::{TransactionReceipt, TransactionRequest},
    sol_types::SolCall,
};
use eyre::{Result, eyre};
use stkr_core::{
    Error,
    bindings::{AnkrToken, Governance, NodeRegistry, Parameters},
    deploy::hand_over_governance,
    membership::{MemberAction, MemberFacts, check_member_action},
    tx::{Allowance, UnsignedApproval, request},
    units::AmountView,
};

use super::{ActionReport, governance_of};
use crate::{Context, govern::changes::report};

/// Refuse a member's transaction the contract would refuse, by core's rule on what core reads, before
/// any approval or stake is sent.
pub(super) async fn check_member(ctx: &Context, action: MemberAction) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let account = ctx.account_address()?;
    check_member_action(&MemberFacts::read(&chain, &contracts, account).await?, action)?;
    Ok(())
}

/// Add `amount` ANKR to the governance stake, approving it first when needed.
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
    let Some((label, receipt, governance)) = approve_and_send(ctx, amount, label, call).await? else {
        return Ok(None);
    };
    Ok(Some(report(&label, &receipt).with_proposal(&receipt, governance)))
}

/// Approve ANKR for the Governance contract when the allowance is short, then send the call; its label,
/// receipt and the Governance contract, or `None` when `--unsigned` printed both instead.
pub(crate) async fn approve_and_send(
    ctx: &Context,
    amount: U256,
    label: &str,
    call: impl Fn(U256) -> Vec<u8>,
) -> Result<Option<(String, TransactionReceipt, Address)>> {
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
    Ok(plan.send().await?.map(|sent| (label, sent.receipt, governance)))
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
    let executor = Governance::new(governance, &session.chain.provider)
        .executor()
        .call()
        .await
        .map_err(|e| eyre!("reading Governance's executor: {e}"))?;
    if current == executor {
        return Err(Error::Other(format!(
            "governance is already held by the Governance contract {governance} (through its executor {executor})"
        ))
        .into());
    }
    let tx = ctx.transactor(&session.chain, session.from);
    let to = hand_over_governance(&tx, &session.contracts).await?;
    ctx.out.result(&ActionReport {
        action: format!("governance handed over to {governance}"),
        transaction: String::new(),
        block: 0,
        changes: vec![
            format!(
                "Parameters (and through them every rule) now answer to passed proposals, run by the executor {to}"
            ),
            "delegated votes are locked from each election's snapshot until it has run".into(),
        ],
        proposal_id: None,
    })?;
    Ok(())
}
