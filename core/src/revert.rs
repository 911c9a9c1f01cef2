//! Turns revert data into a plain sentence: the protocol's custom errors, `Error(string)` and panics.

use alloy::{
    primitives::{Address, U256},
    sol_types::{Panic, Revert, SolError, SolInterface},
};

use crate::{
    bindings::{
        AETH, AnkrToken, DepositContract, DepositGuard, Governance, InsurancePool, Marketplace, MicroPool, Multicall3,
        NodeRegistry, Parameters, ProviderRegistry, RewardPool, StakerRewards,
    },
    codes::{PoolStatus, ProjectStatus},
    params::{PARAMS, display_value},
    time::utc,
    units::format_amount,
};

fn param_name(key: u8) -> &'static str {
    PARAMS.get(usize::from(key)).map(|p| p.name).unwrap_or("unknown-parameter")
}

fn param_value(key: u8, value: U256) -> String {
    PARAMS.get(usize::from(key)).map(|p| display_value(p.unit, value)).unwrap_or_else(|| value.to_string())
}

fn short(address: Address) -> String {
    address.to_checksum(None)
}

/// Reads one contract's custom errors: a sentence when the selector is one of them.
type Decoder = fn(&[u8]) -> Option<String>;

/// A sentence for `data`, the revert data of a failed call; `None` when it is empty. Each decoder below
/// reads one contract's errors; the first that knows the selector speaks, in this order (ERC-20 errors share
/// their selectors across tokens, so the order matters).
pub fn decode(data: &[u8]) -> Option<String> {
    if data.is_empty() {
        return None;
    }
    let decoders: [Decoder; 17] = [
        |d| Revert::abi_decode(d).ok().map(|r| r.reason),
        |d| Panic::abi_decode(d).ok().map(|p| format!("the contract panicked ({p})")),
        parameters,
        aeth,
        ankr_token,
        |d| MicroPool::MicroPoolErrors::abi_decode(d).ok().map(micro_pool),
        pool_vault,
        |d| ProviderRegistry::ProviderRegistryErrors::abi_decode(d).ok().map(provider_registry),
        insurance_pool,
        deposit_contract,
        deposit_guard,
        reward_shares,
        |d| NodeRegistry::NodeRegistryErrors::abi_decode(d).ok().map(node_registry),
        marketplace,
        governance,
        reward_pool,
        multicall3,
    ];
    decoders.iter().find_map(|decoder| decoder(data)).or_else(|| {
        let selector = data.get(..4).map(alloy::hex::encode_prefixed).unwrap_or_default();
        Some(format!("the contract refused with an unknown error (selector {selector})"))
    })
}

/// The sentence of a `Parameters` custom error.
fn parameters(data: &[u8]) -> Option<String> {
    let err = Parameters::ParametersErrors::abi_decode(data).ok()?;
    use Parameters::ParametersErrors as E;
    Some(match err {
        E::ParametersNotGovernance(e) => {
            format!("only the governance address may change parameters, not {}", short(e.caller))
        }
        E::ParametersOutOfBounds(e) => format!(
            "{} must lie between {} and {}, not {}",
            param_name(e.key),
            param_value(e.key, e.min),
            param_value(e.key, e.max),
            param_value(e.key, e.value)
        ),
        E::ParametersUseSetRewardSplit(_) => {
            "reward split shares change together: set all four with the reward split call".to_string()
        }
        E::ParametersSplitNotWhole(e) => {
            format!("the four reward split shares must total 10000 bps, not {}", e.total)
        }
        E::ParametersCollateralBoundsInverted(e) => {
            format!("p-min ({} ANKR) may not exceed p-max ({} ANKR)", format_amount(e.pMin), format_amount(e.pMax))
        }
        E::ParametersCutsExceedWhole(e) => {
            format!("the reward and insurance cuts together may not exceed 100 % (they would be {} bps)", e.totalBps)
        }
        E::ParametersZeroAddress(_) => "the zero address is not allowed here".to_string(),
    })
}

/// The sentence of an `AETH` custom error.
fn aeth(data: &[u8]) -> Option<String> {
    let err = AETH::AETHErrors::abi_decode(data).ok()?;
    use AETH::AETHErrors as E;
    // ERC-20 errors share their selectors with every token's: they read as the ANKR token's below.
    match err {
        E::AETHNotPool(e) => Some(format!("only the micro-pool contract mints or burns aETH, not {}", short(e.caller))),
        _ => None,
    }
}

/// The sentence of an `AnkrToken` custom error.
fn ankr_token(data: &[u8]) -> Option<String> {
    let err = AnkrToken::AnkrTokenErrors::abi_decode(data).ok()?;
    use AnkrToken::AnkrTokenErrors as E;
    Some(match err {
        E::OwnableUnauthorizedAccount(e) => format!("only the token owner may do this, not {}", short(e.account)),
        E::ERC20InsufficientBalance(e) => format!(
            "{} holds {} ANKR but {} ANKR is needed",
            short(e.sender),
            format_amount(e.balance),
            format_amount(e.needed)
        ),
        E::ERC20InsufficientAllowance(e) => format!(
            "the allowance for {} is {} ANKR but {} ANKR is needed; approve it first",
            short(e.spender),
            format_amount(e.allowance),
            format_amount(e.needed)
        ),
        other => format!("{other:?}"),
    })
}

/// The sentence of an `InsurancePool` custom error.
fn insurance_pool(data: &[u8]) -> Option<String> {
    let err = InsurancePool::InsurancePoolErrors::abi_decode(data).ok()?;
    use InsurancePool::InsurancePoolErrors as E;
    Some(match err {
        E::InsuranceNotGovernance(e) => format!("only governance may do this, not {}", short(e.caller)),
        E::InsuranceAboveSurplus(e) => format!(
            "only the surplus above the threshold may move: {} ETH asked, {} ETH available",
            format_amount(e.amount),
            format_amount(e.surplus)
        ),
        E::InsuranceNotMicroPool(e) => {
            format!("only the micro-pool contract draws compensation, not {}", short(e.caller))
        }
        E::InsuranceInsufficientAnkr(e) => format!(
            "the insurance pool holds {} ANKR, less than the {} ANKR asked for",
            format_amount(e.held),
            format_amount(e.amount)
        ),
        E::InsuranceZeroAddress(_) => {
            "the insurance pool is not wired to a micro-pool and reward pool yet (or was given the zero address)"
                .to_string()
        }
        E::InsuranceTransferFailed(e) => {
            format!("sending {} ETH to {} failed: the recipient refused it", format_amount(e.amount), short(e.to))
        }
        other => format!("the insurance pool refused: {other:?}"),
    })
}

/// The sentence of a `DepositContract` custom error.
fn deposit_contract(data: &[u8]) -> Option<String> {
    let err = DepositContract::DepositContractErrors::abi_decode(data).ok()?;
    use DepositContract::DepositContractErrors as E;
    Some(match err {
        E::DepositRootMismatch(_) => {
            "the deposit data root does not match the pubkey, credentials, amount and signature".to_string()
        }
        E::DepositTooSmall(e) => format!("a deposit needs at least 1 ETH, not {} ETH", format_amount(e.value)),
        other => format!("the deposit contract refused: {other:?}"),
    })
}

/// The sentence of a `DepositGuard` custom error.
fn deposit_guard(data: &[u8]) -> Option<String> {
    let err = DepositGuard::DepositGuardErrors::abi_decode(data).ok()?;
    use DepositGuard::DepositGuardErrors as E;
    Some(match err {
        E::GuardNotGovernance(e) => format!("only the governance address may seat guardians, not {}", short(e.caller)),
        E::GuardBadGuardian(e) => {
            format!("{} cannot be appointed or removed (zero, already a guardian, or not one)", short(e.guardian))
        }
        E::GuardBadQuorum(e) if e.quorum.is_zero() && e.guardians.is_zero() => {
            "no guardian committee is seated, so no deposit can be attested".to_string()
        }
        E::GuardBadQuorum(e) => {
            format!("the quorum must lie between 1 and {} guardians, not {}", e.guardians, e.quorum)
        }
        E::GuardNotGuardian(e) => format!("{} is not a guardian", short(e.caller)),
        E::GuardBadUrl(e) => format!("a guardian URL must have 1 to 256 characters, not {}", e.length),
        E::GuardStaleDepositRoot(e) => format!(
            "a deposit reached the deposit contract after the guardians attested (root {} is now {}), so their \
             attestations are void",
            e.attested, e.current
        ),
        E::GuardBadBlock(e) => format!(
            "the guardians attested block {}, which is not one of the last 200 blocks of this chain",
            e.blockNumber
        ),
        E::GuardNotEnoughAttestations(e) => {
            format!("only {} valid guardian signatures, and the quorum is {}", e.valid, e.quorum)
        }
        E::GuardUnsortedSignatures(e) => {
            format!("the guardian signatures are not ordered by signer (at {})", short(e.signer))
        }
        other => format!("the deposit guard refused: {other:?}"),
    })
}

/// The sentence of a `Marketplace` custom error.
fn marketplace(data: &[u8]) -> Option<String> {
    let err = Marketplace::MarketplaceErrors::abi_decode(data).ok()?;
    use Marketplace::MarketplaceErrors as E;
    Some(match err {
        E::MarketNotEligible(e) => format!(
            "{} may not bid: it must be a qualified provider whose capacity meets the project's needs",
            short(e.bidder)
        ),
        E::MarketBidAboveCeiling(e) => format!(
            "a bid may be at most the fixed price of {} ANKR, not {} ANKR",
            format_amount(e.fixedPrice),
            format_amount(e.price)
        ),
        E::MarketBadReveal(e) => {
            format!("the price and salt do not match the sealed bid of {} for project {}", short(e.bidder), e.projectId)
        }
        E::MarketWrongPhase(e) => format!("project {} is not in the phase for this", e.projectId),
        E::MarketBondTooLow(e) => format!(
            "the bond balance holds {} ANKR free, less than the {} ANKR asked for",
            format_amount(e.free),
            format_amount(e.wanted)
        ),
        E::MarketEmptyCommitment(_) => "a sealed bid must not be empty".to_string(),
        E::MarketAlreadyCommitted(e) => {
            format!("{} already sealed a bid for project {}", short(e.bidder), e.projectId)
        }
        E::MarketNotGovernance(e) => format!("only governance may do this, not {}", short(e.caller)),
        E::MarketUnknownProject(e) => format!("there is no project {}", e.projectId),
        E::MarketSeedNotReady(e) => format!(
            "the draw of project {} is seeded by the hash of block {}: settle again once a later block is mined",
            e.projectId, e.drawBlock
        ),
        E::MarketGasTooLow(e) => format!(
            "settling needs at least {} gas left for the winner's commitment, and {} was left: send it with a higher \
             gas limit",
            e.needed, e.available
        ),
        E::MarketWrongStatus(e) => format!("project {} is {}", e.projectId, ProjectStatus::from(e.status)),
        E::MarketBadRequest(_) => {
            "a project needs a duration of at least one day and at least one resource, with a fixed price \
             below 2^95 wei"
                .to_string()
        }
        E::MarketNotProvider(e) => {
            format!("only the provider assigned to project {} may do this, not {}", e.projectId, short(e.caller))
        }
        E::MarketNotFinished(e) => format!(
            "project {} runs until {}; it can be completed from then on",
            e.projectId,
            crate::time::utc(e.endsAt.saturating_to())
        ),
        E::ReentrancyGuardReentrantCall(_) => "the marketplace refused a reentrant call".to_string(),
        E::SafeCastOverflowedUintDowncast(e) => {
            format!("a value is too large for the marketplace ({} does not fit in {} bits)", e.value, e.bits)
        }
        E::SafeERC20FailedOperation(e) => format!("the transfer of the token at {} failed", short(e.token)),
    })
}

/// The sentence of a `Governance` custom error.
fn governance(data: &[u8]) -> Option<String> {
    let err = Governance::GovernanceErrors::abi_decode(data).ok()?;
    use Governance::GovernanceErrors as E;
    Some(match err {
        E::GovernanceNotGovernor(e) => format!("{} is not a governor", short(e.caller)),
        E::GovernanceAlreadyVoted(e) => format!("{} already voted on proposal {}", short(e.governor), e.id),
        E::GovernanceVotingClosed(e) => format!("voting on proposal {} has closed", e.id),
        E::GovernanceVotingOpen(e) => format!("voting on proposal {} is still open", e.id),
        E::GovernanceProposalRejected(e) => format!(
            "proposal {} did not pass ({} yes, {} no, of {} seats; quorum counts every seat)",
            e.id, e.yes, e.no, e.governors
        ),
        E::GovernanceNotInvited(e) => format!("{} was not invited to govern", short(e.caller)),
        E::GovernanceStakeBelowMinimum(e) => format!(
            "a governor or candidate keeps at least {} ANKR staked, and this leaves {} ANKR",
            format_amount(e.minimum),
            format_amount(e.stake)
        ),
        E::GovernanceStakeInsufficient(e) => format!(
            "only {} ANKR is staked, less than the {} ANKR asked for",
            format_amount(e.stake),
            format_amount(e.amount)
        ),
        E::GovernanceWrongPhase(_) => {
            "invitations are accepted only in the initialization phase; stand as a candidate instead (`stkr govern apply`)"
                .to_string()
        }
        E::GovernanceTooManyCandidates(e) => format!(
            "the candidate list is full: apply with more stake than its lightest candidate's {} ANKR",
            format_amount(e.lightestStake)
        ),
        E::GovernanceAlreadyMember(e) => format!("{} is already a governor or candidate", short(e.account)),
        E::GovernanceNotCandidate(e) => format!("{} is not a candidate", short(e.account)),
        E::GovernanceBadInvitations(e) => {
            format!("governance needs {} distinct invited governors, not {}", e.expected, e.count)
        }
        E::GovernanceUnknownProposal(e) => format!("there is no proposal {}", e.id),
        E::GovernanceAlreadyExecuted(e) => format!("proposal {} was already executed", e.id),
        E::GovernanceCallFailed(e) => {
            let reason = decode(&e.reason).unwrap_or_else(|| "without a reason".into());
            format!("proposal {} passed but its call failed: {reason}", e.id)
        }
        E::GovernanceElectionNotDue(e) => {
            format!("the next election is due at {}", crate::time::utc(e.dueAt.saturating_to()))
        }
        E::GovernanceElectionLocked(e) => format!(
            "stakes and candidacies are locked from the election snapshot at {} until the election has run (`stkr govern elect`)",
            crate::time::utc(e.snapshotAt.saturating_to())
        ),
        E::GovernanceSeatedAfterProposal(e) => format!(
            "{} took its seat after proposal {} was made; only the governors seated then vote on it",
            short(e.governor),
            e.id
        ),
        E::GovernanceTooManyOpenProposals(e) => format!(
            "{} already has {} open proposals, the most allowed; finalize one first (`stkr govern finalize ID`)",
            short(e.governor),
            e.limit
        ),
        E::GovernanceTimelocked(e) => format!(
            "proposal {} passed and waits out its timelock until {}",
            e.id,
            crate::time::utc(e.eta.saturating_to())
        ),
        E::GovernanceProposalExpired(e) => format!(
            "proposal {} passed but expired unexecuted at {}; propose it again",
            e.id,
            crate::time::utc(e.expiresAt.saturating_to())
        ),
        E::RewardsNotRewardPool(e) => format!("only the reward pool may do this, not {}", short(e.caller)),
        E::RewardsNoShares(_) => "a reward stream needs a period longer than zero".to_string(),
        E::RewardsTransferFailed(e) => format!("sending {} to {} failed", format_amount(e.amount), short(e.to)),
        other => format!("governance refused: {other:?}"),
    })
}

/// The sentence of a `RewardPool` custom error.
fn reward_pool(data: &[u8]) -> Option<String> {
    let err = RewardPool::RewardPoolErrors::abi_decode(data).ok()?;
    use RewardPool::RewardPoolErrors as E;
    Some(match err {
        E::RewardPoolNotDue(e) => {
            format!("the next distribution is due at {}", crate::time::utc(e.dueAt.saturating_to()))
        }
        other => format!("the reward pool refused: {other:?}"),
    })
}

alloy::sol! {
    /// A pool's withdrawal vault (`PoolVault`) was called by anything but the pool contract.
    error VaultNotMicroPool(address caller);
    /// The vault could not pass its ETH to the pool contract.
    error VaultTransferFailed(uint256 amount);
    /// The EIP-7002 withdrawal-request contract refused the vault's request.
    error VaultExitRequestFailed();
}

/// The sentence of a pool vault's error (they reach callers through the pool contract).
fn pool_vault(data: &[u8]) -> Option<String> {
    if VaultExitRequestFailed::abi_decode(data).is_ok() {
        return Some(
            "the EIP-7002 withdrawal-request contract refused the exit request: the ETH sent does not cover its fee, or the pubkey is not the validator's 48 bytes".into(),
        );
    }
    if let Ok(e) = VaultNotMicroPool::abi_decode(data) {
        return Some(format!("only the pool contract may move a pool vault's ETH, not {}", short(e.caller)));
    }
    VaultTransferFailed::abi_decode(data)
        .ok()
        .map(|e| format!("the vault could not pass its {} ETH to the pool contract", format_amount(e.amount)))
}

/// The sentence of a `Multicall3` custom error.
fn multicall3(data: &[u8]) -> Option<String> {
    let err = Multicall3::Multicall3Errors::abi_decode(data).ok()?;
    Some(format!("a batched call failed: {err:?}"))
}

fn micro_pool(err: MicroPool::MicroPoolErrors) -> String {
    use MicroPool::MicroPoolErrors as E;
    match err {
        E::PoolNotGovernance(e) => format!("only governance may do this, not {}", short(e.caller)),
        E::PoolNotProvider(e) => format!("only the provider of pool {} may do this, not {}", e.poolId, short(e.caller)),
        E::PoolProviderNotQualified(e) => format!(
            "{} is not a qualified provider right now (qualification, collateral of at least p-min, no disqualification)",
            short(e.provider)
        ),
        E::PoolBadProviderStake(e) => format!(
            "the provider must put in at least its k of {} ETH and at most 32 ETH, not {} ETH",
            format_amount(e.k),
            format_amount(e.amount)
        ),
        E::PoolUnknown(e) => format!("there is no pool {}", e.poolId),
        E::PoolWrongStatus(e) => format!("pool {} is {}", e.poolId, PoolStatus::from(e.status)),
        E::PoolOverfilled(e) => format!(
            "that would take the pool past 32 ETH: {} ETH offered, {} ETH of room left",
            format_amount(e.amount),
            format_amount(e.remaining)
        ),
        E::PoolStakeTooSmall(e) => format!(
            "the smallest stake is {} ETH (or exactly what fills the pool), not {} ETH",
            format_amount(e.minimum),
            format_amount(e.amount)
        ),
        E::PoolEnded(e) => {
            format!("pool {} has passed its end time ({})", e.poolId, utc(e.endTime.saturating_to()))
        }
        E::PoolNotEnded(e) => {
            format!("pool {} has not reached its end time yet ({})", e.poolId, utc(e.endTime.saturating_to()))
        }
        E::PoolBadEndTime(e) => format!(
            "a pool's end time must lie after now and no later than {}, not {}",
            utc(e.latest.saturating_to()),
            utc(e.endTime.saturating_to())
        ),
        E::PoolProviderCannotStake(e) => {
            format!("the provider of pool {} adds ETH with `stkr pool top-up`, not by staking", e.poolId)
        }
        E::PoolBadMigration(e) => format!(
            "pool {} cannot migrate into pool {}: the source must be pending or cancelled, the target another pending pool before its end time",
            e.from, e.to
        ),
        other => micro_pool_settlement(other),
    }
}

/// The sentences of the pool contract's activation, exit, settlement and payout errors.
fn micro_pool_settlement(err: MicroPool::MicroPoolErrors) -> String {
    use MicroPool::MicroPoolErrors as E;
    match err {
        E::PoolProviderNotEligible(e) => format!(
            "the provider {} of pool {} is no longer qualified (revoked, disqualified or short of collateral), so \
             the pool cannot be activated; once it ends anyone may cancel it and its stakers take their ETH back",
            short(e.provider),
            e.poolId
        ),
        E::PoolNotSettleable(e) => format!(
            "pool {} cannot be settled yet: it must have ended (or have a reported failure) and its vault hold its \
             validator's exit, and the vault holds {} ETH",
            e.poolId,
            format_amount(e.vaultBalance)
        ),
        E::PoolLossSettlementNotDue(e) if e.dueAt.is_zero() => format!(
            "pool {}'s vault holds {} ETH, less than the 32 ETH principal: its validator's exit must be requested \
             first (`stkr pool exit {}`), and anyone settles the loss {} days later",
            e.poolId,
            format_amount(e.vaultBalance),
            e.poolId,
            crate::pool::LOSS_SETTLEMENT_DELAY / 86_400
        ),
        E::PoolLossSettlementNotDue(e) => format!(
            "pool {}'s vault holds {} ETH, less than the 32 ETH principal: anyone settles that loss from {}, when a \
             real exit has had time to arrive",
            e.poolId,
            format_amount(e.vaultBalance),
            utc(e.dueAt.saturating_to())
        ),
        E::PoolUncoveredLossOpen(e) => format!(
            "aETH carries an uncovered loss of {} ETH, so no stake is taken (new aETH would share it); anyone makes it \
             up with `stkr pool cover-loss`",
            format_amount(e.uncoveredLoss)
        ),
        E::PoolWrongPubkey(e) => format!(
            "that pubkey is not pool {}'s validator (its activation event names it; `stkr pool exit` finds it)",
            e.poolId
        ),
        E::PoolExitNotDue(e) => {
            format!(
                "the exit of pool {}'s validator may not be requested by this account before {}",
                e.poolId,
                utc(e.dueAt.saturating_to())
            )
        }
        E::PoolTicketNotPayable(e) => format!(
            "redemption ticket {} is paid already or not covered yet: settlements have not brought enough principal back",
            e.ticketId
        ),
        E::PoolVaultExitUnavailable(_) => {
            "this chain has no EIP-7002 withdrawal-request contract, so no exit can be requested here".to_string()
        }
        E::PoolTransferFailed(e) => {
            format!("sending {} ETH to {} failed: the recipient refused it", format_amount(e.amount), short(e.to))
        }
        E::PoolZeroAmount(_) => "the amount must be more than zero".to_string(),
        E::PoolNotFull(e) => {
            format!("pool {} holds {} ETH and needs exactly 32 to activate", e.poolId, format_amount(e.totalStaked))
        }
        E::PoolNoStake(e) => {
            format!("{} has {} ETH staked in pool {}", short(e.staker), format_amount(e.principal), e.poolId)
        }
        E::PoolNothingToClaim(e) => format!("{} has nothing to claim from pool {}", short(e.account), e.poolId),
        other => format!("the pool contract refused: {other:?}"),
    }
}

const PROVIDER_STATUS: [&str; 3] = ["not registered", "applied (waiting for governance)", "qualified"];
/// The errors of the reward-share accounting (`StakerRewards`, and the same selectors in `NodeRegistry` and
/// `Governance`), and `StakerRewards`' own; `None` for anything else, so the other contracts' blocks decide.
fn reward_shares(data: &[u8]) -> Option<String> {
    use StakerRewards::StakerRewardsErrors as E;
    match StakerRewards::StakerRewardsErrors::abi_decode(data).ok()? {
        E::StakerRewardsBadAmount(e) if e.amount.is_zero() => Some("the amount must be more than zero".to_string()),
        E::StakerRewardsBadAmount(e) => Some(format!(
            "only {} ANKR is staked for rewards, not {} ANKR",
            format_amount(e.staked),
            format_amount(e.amount)
        )),
        E::RewardsNotRewardPool(e) => Some(format!("only the reward pool pays rewards in, not {}", short(e.caller))),
        E::RewardsNoShares(_) => {
            Some("this reward category holds less than 1000 ANKR of stake, so it is not paid yet".to_string())
        }
        E::RewardsTransferFailed(e) => {
            Some(format!("paying {} (wei) of rewards to {} failed: the recipient refused it", e.amount, short(e.to)))
        }
        _ => None,
    }
}

fn provider_registry(err: ProviderRegistry::ProviderRegistryErrors) -> String {
    use ProviderRegistry::ProviderRegistryErrors as E;
    match err {
        E::ProviderNotGovernance(e) => format!("only governance may do this, not {}", short(e.caller)),
        E::ProviderNotProtocol(e) => {
            format!(
                "only the protocol's own contracts (pools, nodes, marketplace) may do this, not {}",
                short(e.caller)
            )
        }
        E::ProviderBadBrand(e) => format!("a brand name has 1 to 64 bytes, not {}", e.length),
        E::ProviderPriceTooHigh(e) => {
            format!("the price may be at most {} ANKR, not {} ANKR", format_amount(e.max), format_amount(e.price))
        }
        E::ProviderNoNodes(_) => "a provider must offer at least one node (max nodes of 1 or more)".to_string(),
        E::ProviderAlreadyQualified(e) => {
            format!("{} is already qualified; change its offer instead of registering again", short(e.provider))
        }
        E::ProviderUnknown(e) => format!("{} has not registered as a provider", short(e.provider)),
        E::ProviderWrongStatus(e) => format!(
            "provider {} is {}, which does not allow this",
            short(e.provider),
            PROVIDER_STATUS.get(usize::from(e.status)).copied().unwrap_or("in an unknown status")
        ),
        E::ProviderNotQualified(e) => format!(
            "{} is not a qualified provider right now (it needs governance's qualification, collateral of at least p-min, and no disqualification)",
            short(e.provider)
        ),
        E::ProviderCollateralAboveMax(e) => format!(
            "collateral may be at most p-max, {} ANKR, not {} ANKR",
            format_amount(e.pMax),
            format_amount(e.collateral)
        ),
        E::ProviderCollateralLocked(e) => format!(
            "running pools and nodes need {} ANKR of collateral; that would leave {} ANKR",
            format_amount(e.required),
            format_amount(e.remaining)
        ),
        E::ProviderCollateralInsufficient(e) => format!(
            "only {} ANKR of collateral is deposited, not {} ANKR",
            format_amount(e.collateral),
            format_amount(e.amount)
        ),
        E::ProviderZero(_) => {
            "the amount must be more than zero (and an address must not be the zero address)".to_string()
        }
        E::ProviderScoreAboveThreshold(e) => format!(
            "the provider's reputation score of {} bps is not below the threshold of {} bps, so it may not be disqualified",
            e.score, e.threshold
        ),
        E::ProviderAtMaxNodes(e) => format!("{} already runs its maximum of {} nodes", short(e.provider), e.maxNodes),
        E::ProviderBadUptime(e) => format!("an uptime may be at most 10000 bps (100 %), not {}", e.uptimeBps),
        E::ProviderBadBid(e) => {
            format!("a won auction's price may be at most 10000 bps (100 %) of its fixed price, not {}", e.priceBps)
        }
        E::ProviderFutureLookup(e) => {
            format!("the collateral at time {} is not settled yet (the chain's time is {})", e.timepoint, e.now)
        }
        E::CheckpointUnorderedInsertion(_) => "a collateral checkpoint went back in time".to_string(),
        E::SafeERC20FailedOperation(e) => format!("the token transfer of {} failed", short(e.token)),
        E::SafeCastOverflowedUintDowncast(e) => format!("the number {} does not fit in {} bits", e.value, e.bits),
    }
}

fn node_registry(err: NodeRegistry::NodeRegistryErrors) -> String {
    use NodeRegistry::NodeRegistryErrors as E;
    match err {
        E::NodeNotGovernance(e) => format!("only governance may do this, not {}", short(e.caller)),
        E::NodeNotProvider(e) => {
            format!("only the provider of node {} (or governance) may do this, not {}", e.nodeId, short(e.caller))
        }
        E::NodeNotSidecar(e) => format!("{} is not the sidecar of an active node", short(e.caller)),
        E::NodeBadSidecar(e) => format!("{} already serves a node (or is the zero address)", short(e.sidecar)),
        E::NodeBadProbeUrl(e) => format!("a probe URL has 1 to 256 bytes, not {}", e.length),
        E::NodeNotActive(e) => format!("node {} is not active (it finished, or there is no such node)", e.nodeId),
        E::NodeAlreadyReported(e) => format!("node {} already reported in period {}", e.nodeId, e.period),
        E::NodeBadCheckedBlock(e) => format!("the checked block {} is in the future", e.checkedBlock),
        E::NodeDrawPending(e) if e.seedBlock.is_zero() => format!(
            "period {}'s audit draw is not open yet: anyone may open it (`openPeriod`, the sidecar does), and its \
             seed is the next block's hash",
            e.period
        ),
        E::NodeDrawPending(e) => format!(
            "period {}'s audit draw is seeded by the hash of block {}: report once a later block is mined",
            e.period, e.seedBlock
        ),
        E::NodePeriodNotOver(e) => {
            format!("period {}'s audits can be settled once it is over (`stkr node settle-audits`)", e.period)
        }
        E::NodeStakeInsufficient(e) => {
            format!("only {} ANKR is staked there, not {} ANKR", format_amount(e.staked), format_amount(e.amount))
        }
        E::NodeZeroAmount(_) => "the amount must be more than zero".to_string(),
        E::NodeRewardsNotVested(e) => format!(
            "node {}'s sidecar rewards vest when the node finishes; claim them then (withdrawing first forfeits them)",
            e.nodeId
        ),
        E::NodeVotesLocked(e) => format!(
            "{}'s delegated votes count in an election whose snapshot has passed; they stay until the election has run (`stkr govern elect`)",
            short(e.staker)
        ),
        E::NodeElectionsAlreadyConnected(_) => "the node registry already follows Governance's elections".to_string(),
        E::CheckpointUnorderedInsertion(_) => "a vote checkpoint went back in time".to_string(),
        E::RewardsNoShares(_) => "a reward stream needs a period longer than zero".to_string(),
        E::RewardsNotRewardPool(e) => format!("only the reward pool may do this, not {}", short(e.caller)),
        E::RewardsTransferFailed(e) => {
            format!("sending {} ETH to {} failed", format_amount(e.amount), short(e.to))
        }
        E::SafeCastOverflowedIntDowncast(e) => format!("a number does not fit in {} bits", e.bits),
        E::SafeCastOverflowedUintDowncast(e) => format!("the number {} does not fit in {} bits", e.value, e.bits),
        E::SafeCastOverflowedUintToInt(e) => format!("the number {} is too large", e.value),
        E::SafeERC20FailedOperation(e) => format!("the token transfer of {} failed", short(e.token)),
    }
}

#[cfg(test)]
mod tests {
    use alloy::{primitives::U256, sol_types::SolError};

    use super::*;

    #[test]
    fn out_of_bounds_reads_in_units() {
        let data = Parameters::ParametersOutOfBounds {
            key: 1,
            value: U256::from(15u128 * 10u128.pow(18)),
            min: U256::from(16u128 * 10u128.pow(18)),
            max: U256::from(32u128 * 10u128.pow(18)),
        }
        .abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("untrusted-k must lie between 16 ETH and 32 ETH, not 15 ETH"));
    }

    #[test]
    fn pool_errors_read_as_sentences() {
        let data = MicroPool::PoolOverfilled {
            amount: U256::from(25u128 * 10u128.pow(18)),
            remaining: U256::from(24u128 * 10u128.pow(18)),
        }
        .abi_encode();
        assert_eq!(
            decode(&data).as_deref(),
            Some("that would take the pool past 32 ETH: 25 ETH offered, 24 ETH of room left")
        );
        let data = MicroPool::PoolWrongStatus { poolId: U256::from(7), status: 2 }.abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("pool 7 is active"));
    }

    #[test]
    fn registry_errors_read_as_sentences() {
        let ankr = |n: u128| U256::from(n * 10u128.pow(18));
        let data = ProviderRegistry::ProviderCollateralInsufficient { collateral: ankr(80_000), amount: ankr(100_000) }
            .abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("only 80000 ANKR of collateral is deposited, not 100000 ANKR"));
        let data = ProviderRegistry::ProviderWrongStatus { provider: Address::ZERO, status: 1 }.abi_encode();
        assert_eq!(
            decode(&data).as_deref(),
            Some(
                "provider 0x0000000000000000000000000000000000000000 is applied (waiting for governance), which does not allow this"
            )
        );
        let data = NodeRegistry::NodeNotActive { nodeId: U256::from(4) }.abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("node 4 is not active (it finished, or there is no such node)"));
        let data = NodeRegistry::NodeBadProbeUrl { length: U256::ZERO }.abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("a probe URL has 1 to 256 bytes, not 0"));
    }

    #[test]
    fn marketplace_errors_read_as_sentences() {
        let data = Marketplace::MarketWrongStatus { projectId: U256::from(3), status: 2 }.abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("project 3 is running"));
        let data = Marketplace::MarketUnknownProject { projectId: U256::from(9) }.abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("there is no project 9"));
        let data = Marketplace::MarketNotFinished { projectId: U256::from(3), endsAt: U256::from(1_795_687_200u64) }
            .abi_encode();
        assert_eq!(
            decode(&data).as_deref(),
            Some("project 3 runs until 2026-11-26 10:00 UTC; it can be completed from then on")
        );
    }

    #[test]
    fn pool_and_reward_errors_carry_their_data() {
        let data = MicroPool::PoolEnded { poolId: U256::from(2), endTime: U256::from(1_801_007_999u64) }.abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("pool 2 has passed its end time (2027-01-26 23:59 UTC)"));
        let data = MicroPool::PoolProviderCannotStake { poolId: U256::from(3) }.abi_encode();
        assert_eq!(
            decode(&data).as_deref(),
            Some("the provider of pool 3 adds ETH with `stkr pool top-up`, not by staking")
        );
        let data = StakerRewards::StakerRewardsBadAmount {
            staked: U256::from(5u128 * 10u128.pow(18)),
            amount: U256::from(6u128 * 10u128.pow(18)),
        }
        .abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("only 5 ANKR is staked for rewards, not 6 ANKR"));
        let data = StakerRewards::RewardsNoShares {}.abi_encode();
        assert_eq!(
            decode(&data).as_deref(),
            Some("this reward category holds less than 1000 ANKR of stake, so it is not paid yet")
        );
        let data = InsurancePool::InsuranceInsufficientAnkr {
            amount: U256::from(2u128 * 10u128.pow(18)),
            held: U256::from(10u128.pow(18)),
        }
        .abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("the insurance pool holds 1 ANKR, less than the 2 ANKR asked for"));
        // A token shortfall reads as a sentence, not as debug output, whichever token's ABI matches first.
        let data = AETH::ERC20InsufficientBalance {
            sender: Address::ZERO,
            balance: U256::ZERO,
            needed: U256::from(10u128.pow(18)),
        }
        .abi_encode();
        assert!(decode(&data).is_some_and(|s| s.ends_with("holds 0 ANKR but 1 ANKR is needed")));
    }

    #[test]
    fn a_vault_refused_exit_reads_as_a_sentence() {
        let data = super::VaultExitRequestFailed {}.abi_encode();
        assert_eq!(alloy::hex::encode_prefixed(&data), "0x3656edf0");
        assert!(decode(&data).is_some_and(|s| s.starts_with("the EIP-7002 withdrawal-request contract refused")));
    }

    #[test]
    fn string_reverts_and_unknown_errors() {
        let data = Revert::from("no").abi_encode();
        assert_eq!(decode(&data).as_deref(), Some("no"));
        assert_eq!(
            decode(&[0xde, 0xad, 0xbe, 0xef]).as_deref(),
            Some("the contract refused with an unknown error (selector 0xdeadbeef)")
        );
        assert_eq!(decode(&[]), None);
    }
}
