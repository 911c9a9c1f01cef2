// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice What the reward pool pays a category of participants into.
interface IRewardSink {
    /// @notice The shares rewards are split by (0: the category's cut stays in the reward pool).
    function rewardShares() external view returns (uint256);

    /// @notice Take `ankrAmount` ANKR (already transferred) and the ETH sent as the category's cut.
    function notifyReward(uint256 ankrAmount) external payable;
}

/// @title RewardShares
/// @notice Reward-per-share accounting of ETH and ANKR rewards for one category of participants (§3.4.6):
///         the reward pool notifies a cut, every share earns the same, and each participant claims in O(1)
///         gas whatever their number. The inheriting contract says how many shares each account holds and
///         calls `_updateShares` whenever that changes.
/// @dev Per-share values are scaled by 1e36; every division rounds down, so the claims never exceed
///      what was notified and the dust stays in the contract.
abstract contract RewardShares is IRewardSink {
    using SafeERC20 for IERC20;

    uint256 private constant PRECISION = 1e36;

    /// @dev Debts and amounts owed are amounts of tokens, far below 2**128; shares take a slot of their own.
    struct Account {
        uint256 shares;
        uint128 ethDebt;
        uint128 ankrDebt;
        uint128 ethOwed;
        uint128 ankrOwed;
    }

    address public immutable rewardPool;
    IERC20 private immutable _rewardAnkr;

    uint256 public totalRewardShares;
    uint256 public ethPerShare;
    uint256 public ankrPerShare;
    mapping(address account => Account account_) private _accounts;

    /// @notice The caller is not the reward pool.
    error RewardsNotRewardPool(address caller);
    /// @notice There are no shares to pay.
    error RewardsNoShares();
    /// @notice An ETH transfer failed.
    error RewardsTransferFailed(address to, uint256 amount);

    /// @notice A cut arrived from the reward pool.
    event RewardNotified(uint256 eth, uint256 ankr, uint256 totalShares);
    /// @notice An account claimed its rewards.
    event RewardClaimed(address indexed account, uint256 eth, uint256 ankr);
    /// @notice An account's rewards were forfeited back to the reward pool.
    event RewardForfeited(address indexed account, uint256 eth, uint256 ankr);

    constructor(address rewardPool_, IERC20 ankr_) {
        rewardPool = rewardPool_;
        _rewardAnkr = ankr_;
    }

    /// @inheritdoc IRewardSink
    function rewardShares() external view returns (uint256) {
        return totalRewardShares;
    }

    /// @inheritdoc IRewardSink
    function notifyReward(uint256 ankrAmount) external payable {
        if (msg.sender != rewardPool) revert RewardsNotRewardPool(msg.sender);
        uint256 total = totalRewardShares;
        if (total == 0) revert RewardsNoShares();
        ethPerShare += msg.value * PRECISION / total;
        ankrPerShare += ankrAmount * PRECISION / total;
        emit RewardNotified(msg.value, ankrAmount, total);
    }

    /// @notice ETH and ANKR an account can claim now.
    function pendingRewards(address account) public view returns (uint256 eth, uint256 ankr) {
        Account storage a = _accounts[account];
        eth = a.ethOwed + a.shares * ethPerShare / PRECISION - a.ethDebt;
        ankr = a.ankrOwed + a.shares * ankrPerShare / PRECISION - a.ankrDebt;
    }

    /// @notice The shares an account holds for rewards.
    function rewardSharesOf(address account) external view returns (uint256) {
        return _accounts[account].shares;
    }

    /// @notice Claim your ETH and ANKR rewards.
    function claimRewards() external returns (uint256 eth, uint256 ankr) {
        (eth, ankr) = pendingRewards(msg.sender);
        Account storage a = _accounts[msg.sender];
        if (a.ethOwed != 0 || a.ankrOwed != 0) (a.ethOwed, a.ankrOwed) = (0, 0);
        uint256 shares = a.shares;
        a.ethDebt = SafeCast.toUint128(shares * ethPerShare / PRECISION);
        a.ankrDebt = SafeCast.toUint128(shares * ankrPerShare / PRECISION);
        emit RewardClaimed(msg.sender, eth, ankr);
        if (ankr > 0) _rewardAnkr.safeTransfer(msg.sender, ankr);
        if (eth > 0) {
            (bool ok,) = msg.sender.call{value: eth}("");
            if (!ok) revert RewardsTransferFailed(msg.sender, eth);
        }
    }

    /// @dev Set `account`'s shares, first crediting what its old shares earned.
    function _updateShares(address account, uint256 shares) internal {
        _settle(account);
        Account storage a = _accounts[account];
        totalRewardShares = totalRewardShares - a.shares + shares;
        a.shares = shares;
        a.ethDebt = SafeCast.toUint128(shares * ethPerShare / PRECISION);
        a.ankrDebt = SafeCast.toUint128(shares * ankrPerShare / PRECISION);
    }

    /// @dev Send `account`'s unclaimed rewards back to the reward pool (rewards forfeited by leaving early).
    function _forfeitRewards(address account, uint256 numerator, uint256 denominator) internal {
        _settle(account);
        Account storage a = _accounts[account];
        uint256 eth = uint256(a.ethOwed) * numerator / denominator;
        uint256 ankr = uint256(a.ankrOwed) * numerator / denominator;
        // forge-lint: disable-next-line(unsafe-typecast)
        a.ethOwed -= uint128(eth); // at most ethOwed
        // forge-lint: disable-next-line(unsafe-typecast)
        a.ankrOwed -= uint128(ankr);
        if (eth == 0 && ankr == 0) return;
        emit RewardForfeited(account, eth, ankr);
        if (ankr > 0) _rewardAnkr.safeTransfer(rewardPool, ankr);
        if (eth > 0) {
            (bool ok,) = rewardPool.call{value: eth}("");
            if (!ok) revert RewardsTransferFailed(rewardPool, eth);
        }
    }

    function _settle(address account) private {
        Account storage a = _accounts[account];
        uint256 shares = a.shares;
        if (shares == 0) return;
        uint256 ethDue = shares * ethPerShare / PRECISION;
        uint256 ankrDue = shares * ankrPerShare / PRECISION;
        a.ethOwed += SafeCast.toUint128(ethDue - a.ethDebt);
        a.ankrOwed += SafeCast.toUint128(ankrDue - a.ankrDebt);
        a.ethDebt = SafeCast.toUint128(ethDue);
        a.ankrDebt = SafeCast.toUint128(ankrDue);
    }
}
