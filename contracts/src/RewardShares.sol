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
/// @dev Per-share values are scaled by 1e27 and share one slot. A category is paid only once it holds
///      `MIN_SHARES` (1,000 ANKR; until then its cut stays in the reward pool), so one notification adds
///      at most 1e6 per wei notified and the sum stays far below 2**128 for any amount of ANKR or ETH that
///      exists. Every division rounds down, so the claims never exceed what was notified and the dust
///      (at most one wei per account plus total shares / 1e27 per notification) stays in the contract.
abstract contract RewardShares is IRewardSink {
    using SafeERC20 for IERC20;

    uint256 private constant PRECISION = 1e27;
    /// @notice The fewest shares (1,000 ANKR) a category needs before it is paid.
    uint256 public constant MIN_SHARES = 1_000e18;

    /// @dev `debt` is what the account's shares had earned when it last claimed or changed, minus what it
    ///      earned before and has not claimed yet; signed so that one slot holds both and a claim reads
    ///      and writes the account's debts once.
    ///      `active` keeps the debts' slot non-zero once an account has held shares, so a claim rewrites it
    ///      rather than creating it.
    struct Account {
        uint256 shares;
        int120 ethDebt;
        int120 ankrDebt;
        bool active;
    }

    /// @dev Cumulative rewards per share, scaled by `PRECISION`; both in one slot so a claim reads it once.
    struct PerShare {
        uint128 eth;
        uint128 ankr;
    }

    address public immutable rewardPool;
    IERC20 private immutable _rewardAnkr;

    uint256 public totalRewardShares;
    PerShare private _perShare;
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
        uint256 total = totalRewardShares;
        return total >= MIN_SHARES ? total : 0;
    }

    /// @notice Cumulative ETH per share, scaled by 1e27.
    function ethPerShare() external view returns (uint256) {
        return _perShare.eth;
    }

    /// @notice Cumulative ANKR per share, scaled by 1e27.
    function ankrPerShare() external view returns (uint256) {
        return _perShare.ankr;
    }

    /// @inheritdoc IRewardSink
    function notifyReward(uint256 ankrAmount) external payable {
        if (msg.sender != rewardPool) revert RewardsNotRewardPool(msg.sender);
        uint256 total = totalRewardShares;
        if (total < MIN_SHARES) revert RewardsNoShares();
        PerShare memory perShare = _perShare;
        _perShare = PerShare(
            SafeCast.toUint128(perShare.eth + msg.value * PRECISION / total),
            SafeCast.toUint128(perShare.ankr + ankrAmount * PRECISION / total)
        );
        emit RewardNotified(msg.value, ankrAmount, total);
    }

    /// @notice ETH and ANKR an account can claim now.
    function pendingRewards(address account) public view returns (uint256 eth, uint256 ankr) {
        Account storage a = _accounts[account];
        (uint256 ethEarned, uint256 ankrEarned) = _earned(a.shares);
        eth = _toUint(SafeCast.toInt256(ethEarned) - a.ethDebt);
        ankr = _toUint(SafeCast.toInt256(ankrEarned) - a.ankrDebt);
    }

    /// @notice The shares an account holds for rewards.
    function rewardSharesOf(address account) external view returns (uint256) {
        return _accounts[account].shares;
    }

    /// @notice Claim your ETH and ANKR rewards.
    function claimRewards() external returns (uint256 eth, uint256 ankr) {
        Account storage a = _accounts[msg.sender];
        (uint256 ethEarned, uint256 ankrEarned) = _earned(a.shares);
        (int120 ethDebt, int120 ankrDebt) = (a.ethDebt, a.ankrDebt);
        eth = _toUint(SafeCast.toInt256(ethEarned) - ethDebt);
        ankr = _toUint(SafeCast.toInt256(ankrEarned) - ankrDebt);
        // One write of the whole slot: the debts catch up with the earnings.
        (a.ethDebt, a.ankrDebt) =
        (SafeCast.toInt120(SafeCast.toInt256(ethEarned)), SafeCast.toInt120(SafeCast.toInt256(ankrEarned)));
        emit RewardClaimed(msg.sender, eth, ankr);
        // ANKR returns true or reverts, so a plain call suffices where SafeERC20 would add a check.
        if (ankr > 0 && !_rewardAnkr.transfer(msg.sender, ankr)) {
            revert RewardsTransferFailed(msg.sender, ankr);
        }
        if (eth > 0) {
            (bool ok,) = msg.sender.call{value: eth}("");
            if (!ok) revert RewardsTransferFailed(msg.sender, eth);
        }
    }

    /// @dev Set `account`'s shares. The debt moves by exactly what the change in shares changes the
    ///      account's earnings by, so what it earned before stays claimable to the wei.
    function _updateShares(address account, uint256 shares) internal {
        Account storage a = _accounts[account];
        uint256 oldShares = a.shares;
        (uint256 ethBefore, uint256 ankrBefore) = _earned(oldShares);
        (uint256 ethAfter, uint256 ankrAfter) = _earned(shares);
        totalRewardShares = totalRewardShares - oldShares + shares;
        a.shares = shares;
        a.active = true;
        a.ethDebt = SafeCast.toInt120(a.ethDebt + SafeCast.toInt256(ethAfter) - SafeCast.toInt256(ethBefore));
        a.ankrDebt =
            SafeCast.toInt120(a.ankrDebt + SafeCast.toInt256(ankrAfter) - SafeCast.toInt256(ankrBefore));
    }

    /// @dev Send `numerator / denominator` of `account`'s unclaimed rewards back to the reward pool
    ///      (rewards forfeited by leaving early).
    function _forfeitRewards(address account, uint256 numerator, uint256 denominator) internal {
        (uint256 pendingEth, uint256 pendingAnkr) = pendingRewards(account);
        uint256 eth = pendingEth * numerator / denominator;
        uint256 ankr = pendingAnkr * numerator / denominator;
        if (eth == 0 && ankr == 0) return;
        Account storage a = _accounts[account];
        a.ethDebt = SafeCast.toInt120(a.ethDebt + SafeCast.toInt256(eth));
        a.ankrDebt = SafeCast.toInt120(a.ankrDebt + SafeCast.toInt256(ankr));
        emit RewardForfeited(account, eth, ankr);
        if (ankr > 0) _rewardAnkr.safeTransfer(rewardPool, ankr);
        if (eth > 0) {
            (bool ok,) = rewardPool.call{value: eth}("");
            if (!ok) revert RewardsTransferFailed(rewardPool, eth);
        }
    }

    /// @dev What `shares` have earned since the start, rounded down.
    function _earned(uint256 shares) private view returns (uint256 eth, uint256 ankr) {
        PerShare memory perShare = _perShare;
        eth = shares * perShare.eth / PRECISION;
        ankr = shares * perShare.ankr / PRECISION;
    }

    /// @dev Earnings only grow and debts only move with them, so a negative difference cannot occur;
    ///      zero keeps a view from reverting were it ever off by rounding.
    function _toUint(int256 value) private pure returns (uint256) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return value > 0 ? uint256(value) : 0;
    }
}
