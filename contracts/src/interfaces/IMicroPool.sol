// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";
import {IProviderRegistry} from "./IProviderRegistry.sol";
import {IDepositContract} from "./IDepositContract.sol";
import {AETH} from "../token/AETH.sol";
import {InsurancePool} from "../InsurancePool.sol";

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

    /// @notice A pool, packed into four slots; a stake touches only the first two.
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
        // slot 3: set at settlement
        uint128 stakerPayoutPerEth;
        uint128 providerPayout;
    }

    /// @notice One staker's stake in one pool: principal in ETH wei and the ANKR fee it paid.
    struct Stake {
        uint96 principal;
        uint96 feePaid;
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

    /// @notice The reported return exceeds the ETH no one owns.
    error PoolReturnExceedsUnattributed(uint256 returned, uint256 unattributed);

    /// @notice Nothing to claim.
    error PoolNothingToClaim(uint256 poolId, address account);

    /// @notice The pool cannot migrate there.
    error PoolBadMigration(uint256 from, uint256 to);

    /// @notice The migration chain is too long.
    error PoolMigrationChainTooLong(uint256 poolId);

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

    /// @notice The validator was deposited and the ANKR fees paid.
    event PoolActivated(
        uint256 indexed poolId,
        bytes pubkey,
        bytes32 withdrawalCredentials,
        uint256 feesToRewardPool,
        uint256 feesToProvider
    );

    /// @notice The pool was cancelled before activation.
    event PoolCancelled(uint256 indexed poolId, address indexed by, uint256 providerRefund);

    /// @notice The pool was settled with what came back from the validator.
    event PoolSettled(
        uint256 indexed poolId,
        uint256 returned,
        uint256 toInsurance,
        uint256 toRewardPool,
        uint256 compensation,
        uint256 stakerPayoutPerEth,
        uint256 providerPayout,
        bool failed
    );

    /// @notice A staker claimed.
    event Claimed(uint256 indexed poolId, address indexed staker, uint256 principal, uint256 payout);

    /// @notice The provider claimed its share.
    event ProviderClaimed(uint256 indexed poolId, address indexed provider, uint256 payout);

    /// @notice A provider withdrew refunded stake.
    event RefundWithdrawn(address indexed provider, uint256 amount);

    /// @notice Governance moved a pool's stakers into another pool.
    event PoolMigrated(uint256 indexed from, uint256 indexed to, uint256 stakerPrincipal, uint256 fees);

    /// @notice The ETH a validator needs.
    function VALIDATOR_ETH() external view returns (uint256);

    /// @notice Parameters (and governance).
    function params() external view returns (IParameters);

    /// @notice The provider registry; this contract must be one of its protocol contracts.
    function registry() external view returns (IProviderRegistry);

    /// @notice aETH; this contract must be its pool.
    function aeth() external view returns (AETH);

    /// @notice The ANKR token.
    function ankr() external view returns (IERC20);

    /// @notice The beacon deposit contract.
    function depositContract() external view returns (IDepositContract);

    /// @notice The insurance pool.
    function insurancePool() external view returns (InsurancePool);

    /// @notice The reward pool.
    function rewardPool() external view returns (address);

    /// @notice How many pools were opened; pool ids run from 1 to this.
    function poolCount() external view returns (uint256);

    /// @notice ETH comes back from the beacon chain without a call; compensation and top-ups arrive here.
    receive() external payable;

    /// @notice Open a pool with your k ETH (or more) as collateral, running until `endTime`.
    /// @param endTime When the staking period ends (at most `MaxPoolDuration` from now).
    /// @return poolId The new pool's id.
    function openPool(uint40 endTime) external payable returns (uint256 poolId);

    /// @notice Add ETH to your pending pool (up to 32 ETH in all).
    /// @param poolId The pool.
    function addProviderStake(uint256 poolId) external payable;

    /// @notice Deposit the full pool's 32 ETH as a validator and pay the ANKR fees.
    /// @param poolId The pool, which must hold exactly 32 ETH.
    /// @param pubkey The validator's BLS public key (48 bytes).
    /// @param signature The deposit signature (96 bytes).
    /// @param depositDataRoot The deposit data root, checked by the deposit contract.
    function activate(
        uint256 poolId,
        bytes calldata pubkey,
        bytes calldata signature,
        bytes32 depositDataRoot
    ) external;

    /// @notice Cancel a pending pool: its provider at any time, anyone once its end time has passed.
    ///         The provider's ETH becomes withdrawable with `withdrawRefund`; stakers `unstake`.
    /// @param poolId The pool.
    function cancel(uint256 poolId) external;

    /// @notice Withdraw ETH refunded to you from cancelled or migrated pools.
    function withdrawRefund() external;

    /// @notice Claim the provider's share of a settled pool.
    /// @param poolId The pool.
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

    /// @notice Claim principal plus your share from a settled pool; your aETH for it is burned.
    /// @param poolId The pool you staked in.
    /// @return payout The ETH paid.
    function claim(uint256 poolId) external returns (uint256 payout);

    /// @notice Settle an active pool after its end time with the ETH that came back from its validator.
    ///         Governance only.
    /// @param poolId The pool.
    /// @param returned The ETH that came back (at most `unattributedEth`).
    function complete(uint256 poolId, uint256 returned) external;

    /// @notice Settle an active pool whose provider failed or was slashed (§3.6), at any time: the loss
    ///         falls on the provider's k ETH first, then on the insurance pool; the failure goes on the
    ///         provider's record and up to `ankrSlash` of its collateral goes to the insurance pool.
    ///         Governance only.
    /// @param poolId The pool.
    /// @param returned The ETH that came back (at most `unattributedEth`).
    /// @param ankrSlash ANKR collateral to slash.
    function reportFailure(uint256 poolId, uint256 returned, uint256 ankrSlash) external;

    /// @notice Move the stakers of a pending or cancelled pool whose provider stopped into another pending
    ///         pool, with their ANKR fees; their aETH stays valid and their claims follow. Governance only.
    /// @param from The stopped pool.
    /// @param to A pending pool with room for them.
    function migrate(uint256 from, uint256 to) external;

    /// @notice A pool.
    function getPool(uint256 poolId) external view returns (Pool memory);

    /// @notice A staker's stake in a pool.
    function getStake(uint256 poolId, address staker) external view returns (Stake memory);

    /// @notice The validator pubkey of an activated pool.
    function validatorPubkey(uint256 poolId) external view returns (bytes memory);

    /// @notice Where a pool's stakers ended up after migrations (the pool itself if it never migrated).
    function resolvedPool(uint256 poolId) external view returns (uint256);

    /// @notice ETH refunded to a provider and not yet withdrawn.
    function refundOf(address provider) external view returns (uint256);

    /// @notice What a staker would receive from `claim` now (0 before settlement).
    function claimable(uint256 poolId, address staker) external view returns (uint256);

    /// @notice ETH held on someone's behalf: pending pools, refunds and unclaimed payouts.
    function owedEth() external view returns (uint256);

    /// @notice ETH in this contract that no pool or claimant owns yet: returned validator ETH awaiting a
    ///         settlement report.
    function unattributedEth() external view returns (uint256);

    /// @notice The 0x01 withdrawal credentials of every pool's validator: this contract's address.
    function withdrawalCredentials() external view returns (bytes32);
}
