//! `stkr govern propose`: build a proposal's call, simulate it as Governance's executor would run it, and
//! send it with its bond.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, Bytes, U256},
    rpc::types::TransactionRequest,
    sol_types::SolCall,
};
use clap::{Args, Subcommand};
use eyre::{Result, eyre};
use stkr_core::{
    Error,
    bindings::{DepositGuard, Governance, Marketplace, MicroPool, Parameters, ProviderRegistry},
    chain::Chain,
    codes::TrustLevel,
    deploy::Contracts,
    input::{parse_address, parse_duration},
    membership::{MemberAction, MemberFacts, check_member_action},
    params::{PARAMS, display_value, index_of, parse_value},
    time::utc,
    tx::revert_reason,
    units::AmountView,
};

use super::{Trust, governance_of, id_of, membership::with_approval, parse_calldata};
use crate::{Context, common::ankr_amount};

/// What to propose.
#[derive(Debug, Args)]
pub(super) struct ProposeArgs {
    /// Why, for the other governors (default: a description of the call).
    #[arg(long, global = true, value_name = "TEXT")]
    description: Option<String>,
    #[command(subcommand)]
    kind: ProposalKind,
}

#[derive(Debug, Subcommand)]
pub(super) enum ProposalKind {
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
    /// Report that a pool's provider failed or was slashed (§3.6): on its record, collateral slashed, and
    /// the pool may exit and settle early. The amount that came back is read from the pool's vault.
    FailPool {
        /// The pool id.
        #[arg(value_parser = id_of("pool"))]
        pool: u64,
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
    /// Appoint a deposit guardian, whose `stkr guardian run` serves attestations at URL.
    ///
    /// Examples:
    ///   stkr govern propose add-guardian 0x90F79bf6EB2c4f870365E785982E1f101E93b906 https://guardian.example.org
    #[command(verbatim_doc_comment)]
    AddGuardian {
        /// The guardian's signing address.
        #[arg(value_parser = parse_address)]
        guardian: Address,
        /// Where its daemon serves attestations.
        url: String,
    },
    /// Remove a deposit guardian (the quorum shrinks with the committee if it would exceed it).
    RemoveGuardian {
        /// The guardian.
        #[arg(value_parser = parse_address)]
        guardian: Address,
    },
    /// Set how many guardian attestations a validator deposit needs (M of N).
    GuardianQuorum {
        /// M, between 1 and the number of guardians.
        quorum: u64,
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

pub(super) async fn propose(ctx: &Context, args: ProposeArgs) -> Result<()> {
    let ProposeArgs { description, kind } = args;
    // Build the call before unlocking anything, so bad input costs no passphrase.
    let (chain, contracts) = ctx.reader().await?;
    let (target, data, summary) = proposal_call(&chain, &contracts, kind).await?;
    let description = description.unwrap_or_else(|| summary.clone());
    let governance = governance_of(&contracts)?;
    // Simulate the proposed call as Governance's executor would run it, so a proposal that cannot pass
    // execution is caught now rather than after a vote.
    simulate_as_governance(&chain, governance, target, &data).await?;
    let account = ctx.account_address()?;
    let facts = MemberFacts::read(&chain, &contracts, account).await?;
    check_member_action(&facts, MemberAction::Propose)?;
    // The bond is approved first when the allowance is short, then locked by the proposal itself.
    let call = Governance::proposeCall { target, data: data.clone(), description: description.clone() };
    let done = with_approval(ctx, facts.bond, &format!("propose: {summary} (bond)"), |_| call.abi_encode()).await?;
    if let Some(result) = done {
        ctx.out.result(&result)?;
    }
    Ok(())
}

/// Run `data` against `target` from Governance's executor, read-only: a call that would fail
/// when executed is refused before it is proposed. Only the governance check can differ later (before the
/// handover the deployer governs), so that refusal alone is let through with a warning.
pub(super) async fn simulate_as_governance(
    chain: &Chain,
    governance: Address,
    target: Address,
    data: &Bytes,
) -> Result<()> {
    let executor = Governance::new(governance, &chain.provider)
        .executor()
        .call()
        .await
        .map_err(|e| eyre!("reading Governance's executor: {e}"))?;
    let request = TransactionRequest::default().with_from(executor).with_to(target).with_input(data.clone());
    match revert_reason(chain, request).await? {
        Some(reason) if !reason.contains("governance") => {
            Err(Error::Simulation(format!("the proposed call would fail when executed: {reason}")).into())
        }
        _ => Ok(()),
    }
}

/// The target, calldata and summary of a parameter change, refused when outside the parameter's bounds.
async fn param_call(chain: &Chain, contracts: &Contracts, name: &str, value: &str) -> Result<(Address, Bytes, String)> {
    let index = index_of(name).ok_or_else(|| {
        Error::InvalidInput(format!(
            "unknown parameter '{name}'; `stkr params` lists them all (e.g. p-min, untrusted-k, voting-period)"
        ))
    })?;
    let info = PARAMS[index];
    let value = parse_value(info.unit, value)?;
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
    Ok((
        contracts.parameters,
        Parameters::setCall { key: index as u8, value }.abi_encode().into(),
        format!("set {name} to {}", display_value(info.unit, value)),
    ))
}

/// The target, calldata and a one-line summary of a proposal.
pub(super) async fn proposal_call(
    chain: &Chain,
    contracts: &Contracts,
    kind: ProposalKind,
) -> Result<(Address, Bytes, String)> {
    Ok(match kind {
        ProposalKind::Param { name, value } => param_call(chain, contracts, &name, &value).await?,
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
        ProposalKind::FailPool { pool, slash } => (
            contracts.micro_pool,
            MicroPool::reportFailureCall { poolId: U256::from(pool), ankrSlash: slash }.abi_encode().into(),
            format!("report pool {pool}'s provider as failed, slashing {}", AmountView::ankr(slash)),
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
        ProposalKind::AddGuardian { guardian, url } => (
            contracts.deposit_guard,
            DepositGuard::addGuardianCall { guardian, url: url.clone() }.abi_encode().into(),
            format!("appoint guardian {guardian} at {url}"),
        ),
        ProposalKind::RemoveGuardian { guardian } => (
            contracts.deposit_guard,
            DepositGuard::removeGuardianCall { guardian }.abi_encode().into(),
            format!("remove guardian {guardian}"),
        ),
        ProposalKind::GuardianQuorum { quorum } => (
            contracts.deposit_guard,
            DepositGuard::setQuorumCall { quorum_: U256::from(quorum) }.abi_encode().into(),
            format!("require {quorum} guardian attestations per deposit"),
        ),
        ProposalKind::Call { target, data } => {
            let summary = describe_call(contracts, target, &data);
            (target, data, summary)
        }
    })
}

/// A proposal's call for people, when stkr knows the contract and function.
pub(super) fn describe_call(contracts: &Contracts, target: Address, data: &[u8]) -> String {
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
        if let Ok(call) = MicroPool::reportFailureCall::abi_decode(data) {
            return format!(
                "report pool {}'s provider as failed, slashing {}",
                call.poolId,
                AmountView::ankr(call.ankrSlash)
            );
        }
        if let Ok(call) = MicroPool::migrateCall::abi_decode(data) {
            return format!("move the stakers of pool {} into pool {}", call.from, call.to);
        }
    }
    if target == contracts.deposit_guard {
        if let Ok(call) = DepositGuard::addGuardianCall::abi_decode(data) {
            return format!("appoint guardian {} at {}", call.guardian, call.url);
        }
        if let Ok(call) = DepositGuard::removeGuardianCall::abi_decode(data) {
            return format!("remove guardian {}", call.guardian);
        }
        if let Ok(call) = DepositGuard::setQuorumCall::abi_decode(data) {
            return format!("require {} guardian attestations per deposit", call.quorum_);
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
