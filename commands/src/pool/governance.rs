//! `stkr pool report-failure` and `stkr pool migrate`: governance-only calls, checked as governance would run
//! them, then sent, proposed or printed.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, Bytes, U256},
    rpc::types::TransactionRequest,
    sol_types::SolCall,
};
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    Error,
    batch::Batch,
    bindings::{Governance, MicroPool, Parameters},
    membership::{MemberAction, MemberFacts, check_member_action},
    output::{Render, Style, rows},
    pool::read_pool,
    receipt::event,
    time::utc,
    tx::revert_reason,
    units::format_amount,
};

use crate::{Context, govern::membership::approve_and_send};

/// A governance-only call: sent, proposed, or printed for governance to propose.
#[derive(Debug, Serialize)]
pub struct GovernanceCallReport {
    /// What it does.
    pub action: String,
    /// Always true: only governance may send it.
    pub governance_only: bool,
    /// The governance address (the Governance contract, or an account).
    pub governance: Address,
    /// The contract to call.
    pub target: Address,
    /// The calldata.
    pub calldata: Bytes,
    /// sent, proposed or printed.
    pub outcome: &'static str,
    /// The proposal id, when proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposal_id: Option<u64>,
    /// When its voting closes (unix time), when proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voting_ends: Option<u64>,
    /// The transaction, when sent or proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction: Option<B256>,
    /// What to do next.
    pub next: String,
}

impl Render for GovernanceCallReport {
    fn render(&self, style: &Style) -> String {
        let mut lines: Vec<(&str, String)> = vec![
            ("action", self.action.clone()),
            ("governance", self.governance.to_string()),
            ("target", self.target.to_string()),
            ("calldata", self.calldata.to_string()),
        ];
        if let Some(id) = self.proposal_id {
            lines.push(("proposal", id.to_string()));
        }
        if let Some(end) = self.voting_ends {
            lines.push(("voting ends", utc(end)));
        }
        if let Some(hash) = self.transaction {
            lines.push(("transaction", hash.to_string()));
        }
        lines.push(("next", self.next.clone()));
        rows(style, &lines)
    }
}

/// Check a governance-only call as governance would run it, then send it (when --account is the
/// governance address), propose it (--propose, from a governor) or print it for a proposal.
async fn governance_call(
    ctx: &Context,
    action: String,
    calldata: Vec<u8>,
    command: String,
    propose: bool,
) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = Parameters::new(contracts.parameters, &chain.provider)
        .governance()
        .call()
        .await
        .map_err(|e| eyre!("reading the governance address: {e}"))?;
    let target = contracts.micro_pool;
    let simulated = TransactionRequest::default().with_from(governance).with_to(target).with_input(calldata.clone());
    if let Some(reason) = revert_reason(&chain, simulated).await? {
        return Err(Error::Simulation(format!("{reason} (checked as governance would run it)")).into());
    }
    // Governance's executor holds the protocol once the invited governors have taken over.
    let executor = match contracts.governance {
        Some(contract) => Some(
            Governance::new(contract, &chain.provider)
                .executor()
                .call()
                .await
                .map_err(|e| eyre!("reading Governance's executor: {e}"))?,
        ),
        None => None,
    };
    let is_contract = executor == Some(governance);
    let account = match &ctx.account {
        Some(_) => Some(ctx.account_address()?),
        None => None,
    };
    let report = GovernanceCallReport {
        action,
        governance_only: true,
        governance,
        target,
        calldata: calldata.into(),
        outcome: "printed",
        proposal_id: None,
        voting_ends: None,
        transaction: None,
        next: String::new(),
    };
    if account == Some(governance) {
        return send(ctx, report).await;
    }
    if propose {
        if !is_contract {
            return Err(Error::InvalidInput(format!(
                "governance is the account {governance}, not a Governance contract, so there is nothing to propose to: send it from that account"
            ))
            .into());
        }
        return submit_proposal(ctx, report).await;
    }
    print(ctx, report, &command, is_contract)
}

/// Send the call from the governance account itself.
async fn send(ctx: &Context, mut report: GovernanceCallReport) -> Result<()> {
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = TransactionRequest::default().with_to(report.target).with_input(report.calldata.clone());
    let Some(receipt) = tx.send(report.action.clone(), request).await? else { return Ok(()) };
    report.outcome = "sent";
    report.transaction = Some(receipt.transaction_hash);
    report.next = "done".into();
    ctx.out.result(&report)?;
    Ok(())
}

/// Submit the call as a proposal to the Governance contract, from a governor.
async fn submit_proposal(ctx: &Context, mut report: GovernanceCallReport) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let account = ctx.account_address()?;
    let facts = MemberFacts::read(&chain, &contracts, account).await?;
    check_member_action(&facts, MemberAction::Propose)?;
    let action = report.action.clone();
    let call =
        Governance::proposeCall { target: report.target, data: report.calldata.clone(), description: action.clone() };
    let label = format!("propose: {action} (bond)");
    let Some((_, receipt, governance)) = approve_and_send(ctx, facts.bond, &label, |_| call.abi_encode()).await? else {
        return Ok(());
    };
    let created = event::<Governance::ProposalCreated>(&receipt, governance)?;
    report.outcome = "proposed";
    report.proposal_id = Some(created.id.saturating_to());
    report.voting_ends = Some(created.end.saturating_to());
    report.transaction = Some(receipt.transaction_hash);
    report.next = format!(
        "governors vote on proposal {}; if it passes when voting closes on {}, anyone executes it from {} until {}",
        created.id,
        utc(created.end.saturating_to()),
        utc(created.eta.saturating_to()),
        utc(created.expiresAt.saturating_to())
    );
    ctx.out.result(&report)?;
    Ok(())
}

/// Print the checked call, and who may send or propose it.
fn print(ctx: &Context, mut report: GovernanceCallReport, command: &str, is_contract: bool) -> Result<()> {
    let (governance, action) = (report.governance, &report.action);
    ctx.out.status(format!(
        "Only governance ({governance}) may {action}. It checks out as governance would run it; nothing was sent."
    ));
    report.next = if is_contract {
        format!(
            "a governor proposes it with `stkr {command} --propose --account NAME`, or proposes this target and calldata"
        )
    } else {
        format!(
            "send it from the governance account {governance} with `stkr {command} --account NAME` (add --unsigned for a multisig)"
        )
    };
    ctx.out.result(&report)?;
    Ok(())
}

pub(super) async fn report_failure(ctx: &Context, id: u64, slash: Option<U256>, propose: bool) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    // An unknown pool is a typo, not a refusal.
    read_pool(&chain, &contracts, id, Batch::new()).await?;
    let slash = slash.unwrap_or_default();
    let action =
        format!("report pool {id}'s provider as failed, slashing {} ANKR of its collateral", format_amount(slash));
    let calldata = MicroPool::reportFailureCall { poolId: U256::from(id), ankrSlash: slash }.abi_encode();
    let command = format!("pool report-failure {id} --slash {}", format_amount(slash));
    governance_call(ctx, action, calldata, command, propose).await
}

pub(super) async fn migrate(ctx: &Context, from: u64, to: u64, propose: bool) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    read_pool(&chain, &contracts, from, Batch::new()).await?;
    read_pool(&chain, &contracts, to, Batch::new()).await?;
    let calldata = MicroPool::migrateCall { from: U256::from(from), to: U256::from(to) }.abi_encode();
    let action = format!("move the stakers of pool {from} into pool {to}");
    governance_call(ctx, action, calldata, format!("pool migrate {from} {to}"), propose).await
}
