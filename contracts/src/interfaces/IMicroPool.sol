// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";
import {IProviderRegistry} from "./IProviderRegistry.sol";
import {IDepositContract} from "./IDepositContract.sol";
import {AETH} from "../token/AETH.sol";
import {InsurancePool} from "../InsurancePool.sol";
import {IDepositGuard} from "./IDepositGuard.sol";

/// @title IMicroPool
/// @notice Micro-pools (§3.2, §3.4.7): many stakers fill one 32 ETH validator run by a provider.
interface IMicroPool {
    /// @notice Where a pool is in its life.
    enum Status {
        None,
        Pending,
        Active,
        Completed,
        Cancelled,
        Migrated
    }

    /// @notice A pool, packed into five slots; a stake touches only the first two.
    struct Pool {
        // slot 0
        address provider;
        uint40 endTime;
        uint40 minStakeGwei;
        Status status;
        bool failed;
        // slot 1
        uint72 totalStaked;
        uint96 feesCollected;
        uint88 fixedPrice;
        // slot 2
        uint72 providerStake;
        uint40 activatedAt;
        uint40 settledAt;
        uint96 returned;
        // slot 3: rewards, cumulative over the settlement and any later sweeps
        uint128 rewardPerEth;
        uint128 providerPayout;
        // slot 4: what a loss left open, made up first by ETH that arrives after the settlement; and when
        // the validator's exit was last requested (0: never)
        uint72 compensation;
        uint72 uncoveredLoss;
        uint72 providerShortfall;
        uint40 exitRequestedAt;
    }

    /// @notice One staker's stake in one pool: principal in ETH wei and the ANKR fee it paid, and the
    ///         rewards per ETH already paid to it. The rewards belong to the account that staked; the
    ///         principal is redeemed by whoever holds the aETH.
    struct Stake {
        uint72 principal;
        uint88 feePaid;
        uint96 rewardPerEthPaid;
    }

    /// @notice A place in the redemption queue: `amount` aETH of `owner`, held in escrow until the reserve
    ///         covers the queue up to `end` (the cumulative aETH queued up to and including this ticket);
    ///         it then redeems at the rate of that moment.
    struct Ticket {
        address owner;
        uint96 amount;
        uint128 end;
    }

    /// @notice The caller is not the governance address.
    error PoolNotGovernance(address caller);

    /// @notice The caller is not the pool's provider.
    error PoolNotProvider(uint256 poolId, address caller);

    /// @notice The provider is not qualified.
    error PoolProviderNotQualified(address provider);

    /// @notice The provider's ETH is below its k, or the pool would exceed 32 ETH.
    error PoolBadProviderStake(uint256 amount, uint256 k);

    /// @notice The end time is in the past or beyond the longest pool duration.
    error PoolBadEndTime(uint256 endTime, uint256 latest);

    /// @notice No such pool.
    error PoolUnknown(uint256 poolId);

    /// @notice The pool is not in the status the action needs.
    error PoolWrongStatus(uint256 poolId, Status status);

    /// @notice The stake would take the pool past 32 ETH.
    error PoolOverfilled(uint256 amount, uint256 remaining);

    /// @notice The stake is below the minimum and does not complete the pool.
    error PoolStakeTooSmall(uint256 amount, uint256 minimum);

    /// @notice The pool's end time has passed.
    error PoolEnded(uint256 poolId, uint256 endTime);

    /// @notice The pool's end time has not come yet.
    error PoolNotEnded(uint256 poolId, uint256 endTime);

    /// @notice The pool needs exactly 32 ETH to activate.
    error PoolNotFull(uint256 poolId, uint256 totalStaked);

    /// @notice The caller has no (or not that much) stake in the pool.
    error PoolNoStake(uint256 poolId, address staker, uint256 principal);

    /// @notice The provider stakes through `addProviderStake`, not `stake`.
    error PoolProviderCannotStake(uint256 poolId);

    /// @notice The provider is no longer qualified, is disqualified or lacks its collateral, so it may
    ///         not activate (and collect the pool's ANKR fees).
    error PoolProviderNotEligible(uint256 poolId, address provider);

    /// @notice The pool cannot be settled yet: its end time has not passed (and no failure was reported),
    ///         or its vault holds less than an exit's balance.
    error PoolNotSettleable(uint256 poolId, uint256 vaultBalance);

    /// @notice An exit may not be requested yet by this caller.
    error PoolExitNotDue(uint256 poolId, uint256 dueAt);

    /// @notice The pubkey is not the pool's validator's (its `PoolActivated` event has it).
    error PoolWrongPubkey(uint256 poolId);

    /// @notice The vault holds an exit but less than the 32 ETH principal: such a loss is settled by anyone
    ///         only `LOSS_SETTLEMENT_DELAY` after the latest exit request (`dueAt`, 0 while none was made),
    ///         so ETH sent to the vault cannot pass for an exit that has not arrived.
    error PoolLossSettlementNotDue(uint256 poolId, uint256 vaultBalance, uint256 dueAt);

    /// @notice No stake is taken while aETH carries an uncovered loss: new aETH would share a loss its ETH
    ///         never risked. `coverLoss` closes it.
    error PoolUncoveredLossOpen(uint256 uncoveredLoss);

    /// @notice The EIP-7002 withdrawal-request predeploy is not on this chain.
    error PoolVaultExitUnavailable();

    /// @notice The redemption ticket does not exist (or was paid), or the reserve does not reach it yet.
    error PoolTicketNotPayable(uint256 ticketId);

    /// @notice Nothing to claim.
    error PoolNothingToClaim(uint256 poolId, address account);

    /// @notice The pool cannot migrate there.
    error PoolBadMigration(uint256 from, uint256 to);

    /// @notice An ETH transfer failed.
    error PoolTransferFailed(address to, uint256 amount);

    /// @notice Zero amount.
    error PoolZeroAmount();

    /// @notice A provider opened a pool.
    event PoolOpened(
        uint256 indexed poolId,
        address indexed provider,
        uint256 providerStake,
        uint256 k,
        uint256 endTime,
        uint256 fixedPrice
    );

    /// @notice The provider added ETH.
    event ProviderStakeAdded(uint256 indexed poolId, uint256 amount, uint256 totalStaked);

    /// @notice A staker staked ETH, received aETH and paid its ANKR fee.
    event Staked(
        uint256 indexed poolId, address indexed staker, uint256 amount, uint256 fee, uint256 totalStaked
    );

    /// @notice A staker took ETH out before activation.
    event Unstaked(
        uint256 indexed poolId, address indexed staker, uint256 amount, uint256 feeRefund, uint256 totalStaked
    );

    /// @notice The validator was deposited, with the guardians' attestation, to the pool's vault as its
    ///         withdrawal address, and the ANKR fees paid.
    event PoolActivated(
        uint256 indexed poolId,
        bytes pubkey,
        bytes32 withdrawalCredentials,
        uint256 feesToRewardPool,
        uint256 feesToProvider
    );

    /// @notice The pool was cancelled before activation.
    event PoolCancelled(uint256 indexed poolId, address indexed by, uint256 providerRefund);

    /// @notice Governance reported the provider's failure or slashing (§3.6): the pool may exit and
    ///         settle before its end time.
    event PoolFailureReported(uint256 indexed poolId, uint256 ankrSlashed);

    /// @notice An exit of the pool's validator was requested through EIP-7002.
    event PoolExitRequested(uint256 indexed poolId, address indexed by, uint256 fee);

    /// @notice ETH from the pool's vault was split: `returned` is what this settlement (or later sweep)
    ///         took from the vault; principal goes to the redemption reserve, the rest as §3.4.7 says.
    event PoolSettled(
        uint256 indexed poolId,
        address indexed by,
        uint256 returned,
        uint256 toInsurance,
        uint256 toRewardPool,
        uint256 compensation,
        uint256 rewardPerEth,
        uint256 providerPayout,
        bool failed
    );

    /// @notice A staker claimed the rewards of its stake.
    event Claimed(uint256 indexed poolId, address indexed staker, uint256 principal, uint256 payout);

    /// @notice The provider claimed its share.
    event ProviderClaimed(uint256 indexed poolId, address indexed provider, uint256 payout);

    /// @notice aETH was redeemed for ETH now (`ticketId` 0), or queued behind earlier redemptions (`eth` is
    ///         then what it would redeem for at today's rate).
    event Redeemed(address indexed holder, uint256 aeth, uint256 eth, uint256 ticketId);

    /// @notice `amount` of the uncovered loss was made up: `fromInsurance` by the insurance pool, the rest
    ///         by the caller's ETH.
    event LossCovered(address indexed by, uint256 amount, uint256 fromInsurance);

    /// @notice A queued redemption was paid.
    event RedemptionClaimed(uint256 indexed ticketId, address indexed owner, uint256 eth);

    /// @notice A provider withdrew refunded stake.
    event RefundWithdrawn(address indexed provider, uint256 amount);

    /// @notice Governance moved a pool's stakers into another pool.
    event PoolMigrated(uint256 indexed from, uint256 indexed to, uint256 stakerPrincipal, uint256 fees);

    /// @notice The ETH a validator needs.
    /// @return 32 ETH.
    function VALIDATOR_ETH() external view returns (uint256);

    /// @notice A vault holding at least this much is taken to hold its validator's exit: reward skims of a
    ///         0x01 validator are the balance above 32 ETH (well under 1 ETH), while the beacon chain
    ///         ejects a validator only at 16 ETH, so a balance of 8 ETH or more can only be an exit (the
    ///         rule Rocket Pool's minipools use). Skims that arrived before the exit are in the same
    ///         balance and are split the same way.
    /// @return 8 ETH.
    function EXIT_THRESHOLD() external view returns (uint256);

    /// @notice How long after a pool's end time anyone may force its validator's exit.
    /// @return The grace period in seconds.
    function EXIT_GRACE() external view returns (uint256);

    /// @notice Parameters (and governance).
    /// @return The Parameters contract.
    function params() external view returns (IParameters);

    /// @notice The provider registry; this contract must be one of its protocol contracts.
    /// @return The registry.
    function registry() external view returns (IProviderRegistry);

    /// @notice aETH, created by this contract, its only minter.
    /// @return The token.
    function aeth() external view returns (AETH);

    /// @notice The ANKR token.
    /// @return The token.
    function ankr() external view returns (IERC20);

    /// @notice The beacon deposit contract.
    /// @return The deposit contract.
    function depositContract() external view returns (IDepositContract);

    /// @notice The guardian committee whose attestations every deposit needs.
    /// @return The deposit guard.
    function depositGuard() external view returns (IDepositGuard);

    /// @notice The insurance pool.
    /// @return The insurance pool.
    function insurancePool() external view returns (InsurancePool);

    /// @notice The reward pool.
    /// @return The reward pool.
    function rewardPool() external view returns (address);

    /// @notice The vault implementation every pool's vault clones.
    /// @return The implementation.
    function vaultImplementation() external view returns (address);

    /// @notice How many pools were opened; pool ids run from 1 to this.
    /// @return The count.
    function poolCount() external view returns (uint256);

    /// @notice Vaults, the insurance pool and stakers' top-ups send ETH here.
    receive() external payable;

    /// @notice Open a pool with your k ETH (or more) as collateral, running until `endTime`.
    /// @param endTime When the staking period ends (at most `MaxPoolDuration` from now).
    /// @return poolId The new pool's id.
    function openPool(uint40 endTime) external payable returns (uint256 poolId);

    /// @notice Add ETH to your pending pool (up to 32 ETH in all).
    /// @param poolId The pool.
    function addProviderStake(uint256 poolId) external payable;

    /// @notice Deposit the full pool's 32 ETH as a validator whose withdrawal address is the pool's vault,
    ///         and pay the ANKR fees. Only the pool's provider, while it is qualified, not disqualified and
    ///         holds its collateral; only with the guardians' attestation of the deposit contract's current
    ///         root, so no deposit for the pubkey can have slipped in before.
    /// @param poolId The pool, which must hold exactly 32 ETH.
    /// @param pubkey The validator's BLS public key (48 bytes).
    /// @param signature The deposit signature (96 bytes).
    /// @param depositDataRoot The deposit data root, checked by the deposit contract.
    /// @param attestation At least the quorum of guardian signatures over this deposit.
    function activate(
        uint256 poolId,
        bytes calldata pubkey,
        bytes calldata signature,
        bytes32 depositDataRoot,
        IDepositGuard.Attestation calldata attestation
    ) external;

    /// @notice Cancel a pending pool: its provider at any time, anyone once its end time has passed.
    ///         The provider's ETH becomes withdrawable with `withdrawRefund`; stakers `unstake`.
    /// @param poolId The pool.
    function cancel(uint256 poolId) external;

    /// @notice Withdraw ETH refunded to you from cancelled or migrated pools.
    function withdrawRefund() external;

    /// @notice Claim the provider's share of a settled pool (its k ETH as far as it came back, and its
    ///         rewards).
    /// @param poolId The pool.
    /// @return payout The ETH paid.
    function claimProvider(uint256 poolId) external returns (uint256 payout);

    /// @notice Stake ETH in a pending pool; you receive aETH 1:1 and pay stake/32 x FP in ANKR (approve
    ///         this contract first). A stake that would take the pool past 32 ETH is refused.
    /// @param poolId The pool.
    function stake(uint256 poolId) external payable;

    /// @notice Take ETH out of a pool that has not activated (pending, cancelled, or migrated to a pending
    ///         pool): aETH is burned and the ETH and a pro-rata share of your ANKR fee come back.
    /// @param poolId The pool you staked in.
    /// @param amount The ETH to take out.
    function unstake(uint256 poolId, uint96 amount) external;

    /// @notice Claim the rewards of your stake in a settled pool (the principal is redeemed with aETH,
    ///         by whoever holds it). More may follow if ETH arrives in the vault later.
    /// @param poolId The pool you staked in.
    /// @return payout The ETH paid.
    function claim(uint256 poolId) external returns (uint256 payout);

    /// @notice Settle an active pool from what its vault holds; anyone may call it once the pool's end
    ///         time has passed (or a failure was reported) and the vault holds an exit (`EXIT_THRESHOLD`):
    ///         at once when that is at least the 32 ETH principal, and for less (a loss) only
    ///         `LOSS_SETTLEMENT_DELAY` after the latest exit request — ETH anyone sends to the vault
    ///         can then not pass for an exit that has not arrived. Governance may also settle a failed pool
    ///         whose vault holds less (a validator slashed below the threshold): it chooses when, never
    ///         the amount. On a settled pool it sweeps ETH that
    ///         arrived later: it first makes up what a loss left open, then counts as rewards.
    ///         Principal goes to the redemption reserve; of the rewards 10 % go to the insurance pool and
    ///         10 % to the reward pool, the rest to stakers and provider pro rata. A loss falls on the
    ///         provider's k ETH first, then on the insurance pool; what both cannot cover lowers the
    ///         redemption rate of all aETH equally (see `redeem`).
    /// @param poolId The pool.
    function settle(uint256 poolId) external;

    /// @notice Make up the uncovered loss (which blocks new stakes): from the insurance pool as far as it
    ///         holds ETH, then from the ETH sent (any excess is refunded). Anyone may call it.
    /// @return covered The loss made up.
    function coverLoss() external payable returns (uint256 covered);

    /// @notice Report that the provider failed or was slashed (§3.6): the failure goes on its record, up
    ///         to `ankrSlash` of its collateral goes to the insurance pool, and the pool may exit and be
    ///         settled before its end time. Governance only; it never names an amount of ETH.
    /// @param poolId An active pool.
    /// @param ankrSlash ANKR collateral to slash.
    function reportFailure(uint256 poolId, uint256 ankrSlash) external;

    /// @notice Ask the execution layer (EIP-7002) to exit the pool's validator, paying the request fee
    ///         from the ETH sent (the rest is refunded): the provider once the end time has passed, anyone
    ///         once it passed by `EXIT_GRACE`, and anyone at any time once governance has reported a failure
    ///         or the pool is settled (a settled pool's validator has no business running). Each request
    ///         restarts the `LOSS_SETTLEMENT_DELAY` before a loss may be settled by anyone.
    /// @param poolId An active or settled pool.
    /// @param pubkey Its validator's pubkey, from the pool's `PoolActivated` event; checked against a
    ///        56-bit tag of its hash kept at activation (`PoolWrongPubkey` otherwise).
    function requestExit(uint256 poolId, bytes calldata pubkey) external payable;

    /// @notice Move the stakers of a pending or cancelled pool whose provider stopped into another pending
    ///         pool, with their ANKR fees; their aETH stays valid and their claims follow. Governance only.
    /// @param from The stopped pool.
    /// @param to A pending pool with room for them.
    function migrate(uint256 from, uint256 to) external;

    /// @notice Burn `amount` aETH for ETH from settled principal. It pays 1:1 unless a loss beyond the
    ///         providers' k and the insurance pool is open, in which case every aETH (queued or not)
    ///         redeems at the same reduced rate (`previewRedeem`). When the reserve cannot pay it after the
    ///         redemptions already waiting, the aETH goes into escrow behind them: `claimRedemption` pays it
    ///         once settlements have brought enough principal back.
    /// @param amount The aETH to redeem.
    /// @return eth The ETH paid now, or (queued) what it would redeem for at today's rate.
    /// @return ticketId 0 when paid now, else the queue ticket.
    function redeem(uint256 amount) external returns (uint256 eth, uint256 ticketId);

    /// @notice Pay a queued redemption to its owner once the reserve covers it and every ticket before
    ///         it; anyone may call it, so no one waits on a late claimer.
    /// @param ticketId The ticket.
    /// @return eth The ETH paid.
    function claimRedemption(uint256 ticketId) external returns (uint256 eth);

    /// @notice A pool.
    /// @param poolId The pool.
    /// @return The pool.
    function getPool(uint256 poolId) external view returns (Pool memory);

    /// @notice A staker's stake in a pool.
    /// @param poolId The pool.
    /// @param staker The staker.
    /// @return The stake.
    function getStake(uint256 poolId, address staker) external view returns (Stake memory);

    /// @notice A redemption ticket.
    /// @param ticketId The ticket.
    /// @return The ticket (zero owner once paid).
    function getTicket(uint256 ticketId) external view returns (Ticket memory);

    /// @notice Where a pool's stakers ended up after migrations (the pool itself if it never migrated).
    /// @param poolId The pool.
    /// @return The pool that holds them now.
    function resolvedPool(uint256 poolId) external view returns (uint256);

    /// @notice ETH refunded to a provider and not yet withdrawn.
    /// @param provider The provider.
    /// @return The refund.
    function refundOf(address provider) external view returns (uint256);

    /// @notice The rewards `claim` would pay a staker now.
    /// @param poolId The pool staked in.
    /// @param staker The staker.
    /// @return The ETH.
    function claimable(uint256 poolId, address staker) external view returns (uint256);

    /// @notice The ETH `amount` aETH redeems for now.
    /// @param amount aETH.
    /// @return The ETH.
    function previewRedeem(uint256 amount) external view returns (uint256);

    /// @notice The redemption books: settled principal not yet redeemed, the loss beyond k and insurance not
    ///         yet charged, and the queue's totals.
    /// @return reserve ETH ready for redemption.
    /// @return uncoveredLoss ETH of principal lost beyond k and insurance, borne by all aETH alike.
    /// @return queued Cumulative aETH queued.
    /// @return paid Cumulative queued aETH paid.
    function redemptionBooks()
        external
        view
        returns (uint256 reserve, uint256 uncoveredLoss, uint256 queued, uint256 paid);

    /// @notice How many redemption tickets were issued; ids run from 1.
    /// @return The count.
    function ticketCount() external view returns (uint256);

    /// @notice The address of a pool's withdrawal vault (fixed before it is deployed).
    /// @param poolId The pool.
    /// @return The vault.
    function vaultOf(uint256 poolId) external view returns (address);

    /// @notice The 0x01 withdrawal credentials of a pool's validator: its vault's address.
    /// @param poolId The pool.
    /// @return The credentials.
    function withdrawalCredentials(uint256 poolId) external view returns (bytes32);

    /// @notice The fee the EIP-7002 predeploy asks for an exit request now.
    /// @return The fee in wei.
    function exitFee() external view returns (uint256);
}
