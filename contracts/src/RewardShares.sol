// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {SignedMath} from "@openzeppelin/contracts/utils/math/SignedMath.sol";
import {IRewardSink} from "./interfaces/IRewardSink.sol";
import {IRewardShares} from "./interfaces/IRewardShares.sol";

/// @title RewardShares
/// @notice Reward-per-share accounting of ETH and ANKR rewards for one category of participants (§3.4.6):
///         the reward pool notifies a cut, every share earns the same, and each participant claims in O(1)
///         gas whatever their number. The inheriting contract says how many shares each account holds and
///         calls `_updateShares` whenever that changes.
/// @dev Shares count in units of 1 gwei of ANKR (a stake's weight loses less than a gwei), so an account's
///      shares and both its debts fit one slot and a claim reads three slots and rewrites one. Per-share
///      values are per unit, scaled by 1e18, and share one slot. A category is paid only once it holds
///      `MIN_SHARES` (1,000 ANKR; until then its cut stays in the reward pool), so one notification adds at
///      most 1e6 per wei notified and the sum stays far below 2**128 for any amount of ANKR or ETH that
///      exists. Every division rounds down, so the claims never exceed what was notified and the dust (at
///      most one wei per account and per notification) stays in the contract.
abstract contract RewardShares is IRewardShares {
    using SafeERC20 for IERC20;

    uint256 private constant PRECISION = 1e18;
    /// @dev Wei of shares per stored unit.
    uint256 private constant SHARE_UNIT = 1e9;
    /// @inheritdoc IRewardShares
    uint256 public constant MIN_SHARES = 1_000e18;

    /// @dev A debt is what the account's shares had earned when it last claimed, moved by what changes of
    ///      its shares changed its earnings by, and raised by what it forfeited: earnings minus debt is
    ///      what it can claim. Signed, so no second slot holds unclaimed amounts. 96 bits hold 39 billion
    ///      ETH or ANKR; 64 bits of gwei units hold 18 billion ANKR of shares.
    struct Account {
        uint64 units;
        int96 ethDebt;
        int96 ankrDebt;
    }

    /// @dev Cumulative rewards per unit, scaled by `PRECISION`; both in one slot so a claim reads it once.
    struct PerShare {
        uint128 eth;
        uint128 ankr;
    }

    address public immutable rewardPool;
    IERC20 private immutable _rewardAnkr;

    /// @dev Units of all accounts.
    uint256 private _totalUnits;
    PerShare private _perShare;
    mapping(address account => Account account_) private _accounts;

    constructor(address rewardPool_, IERC20 ankr_) {
        rewardPool = rewardPool_;
        _rewardAnkr = ankr_;
    }

    /// @inheritdoc IRewardSink
    function rewardShares() external view returns (uint256) {
        uint256 total = totalRewardShares();
        return total >= MIN_SHARES ? total : 0;
    }

    /// @inheritdoc IRewardShares
    function totalRewardShares() public view returns (uint256) {
        return _totalUnits * SHARE_UNIT;
    }

    /// @inheritdoc IRewardShares
    function ethPerShare() external view returns (uint256) {
        return _perShare.eth;
    }

    /// @inheritdoc IRewardShares
    function ankrPerShare() external view returns (uint256) {
        return _perShare.ankr;
    }

    /// @inheritdoc IRewardSink
    function notifyReward(uint256 ankrAmount) external payable {
        if (msg.sender != rewardPool) revert RewardsNotRewardPool(msg.sender);
        uint256 units = _totalUnits;
        if (units * SHARE_UNIT < MIN_SHARES) revert RewardsNoShares();
        PerShare memory perShare = _perShare;
        _perShare = PerShare(
            SafeCast.toUint128(perShare.eth + msg.value * PRECISION / units),
            SafeCast.toUint128(perShare.ankr + ankrAmount * PRECISION / units)
        );
        emit RewardNotified(msg.value, ankrAmount, units * SHARE_UNIT);
    }

    /// @inheritdoc IRewardShares
    function pendingRewards(address account) public view returns (uint256 eth, uint256 ankr) {
        Account memory a = _accounts[account];
        (uint256 ethEarned, uint256 ankrEarned) = _earned(a.units);
        eth = _toUint(SafeCast.toInt256(ethEarned) - a.ethDebt);
        ankr = _toUint(SafeCast.toInt256(ankrEarned) - a.ankrDebt);
    }

    /// @inheritdoc IRewardShares
    function rewardSharesOf(address account) external view returns (uint256) {
        return uint256(_accounts[account].units) * SHARE_UNIT;
    }

    /// @inheritdoc IRewardShares
    function claimRewards() external returns (uint256 eth, uint256 ankr) {
        Account storage a = _accounts[msg.sender];
        Account memory account = a;
        (uint256 ethEarned, uint256 ankrEarned) = _earned(account.units);
        eth = _toUint(SafeCast.toInt256(ethEarned) - account.ethDebt);
        ankr = _toUint(SafeCast.toInt256(ankrEarned) - account.ankrDebt);
        // The debts catch up with the earnings: one write of the account's slot.
        _accounts[msg.sender] = Account(
            account.units,
            SafeCast.toInt96(SafeCast.toInt256(ethEarned)),
            SafeCast.toInt96(SafeCast.toInt256(ankrEarned))
        );
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

    /// @dev Set `account`'s shares (rounded down to whole gwei). The debt moves by exactly what the change
    ///      changes the account's earnings by, so what it earned before stays claimable to the wei.
    function _updateShares(address account, uint256 shares) internal {
        Account memory a = _accounts[account];
        uint64 units = SafeCast.toUint64(shares / SHARE_UNIT);
        (uint256 ethBefore, uint256 ankrBefore) = _earned(a.units);
        (uint256 ethAfter, uint256 ankrAfter) = _earned(units);
        _totalUnits = _totalUnits - a.units + units;
        _accounts[account] = Account(
            units,
            SafeCast.toInt96(a.ethDebt + SafeCast.toInt256(ethAfter) - SafeCast.toInt256(ethBefore)),
            SafeCast.toInt96(a.ankrDebt + SafeCast.toInt256(ankrAfter) - SafeCast.toInt256(ankrBefore))
        );
    }

    /// @dev Send `numerator / denominator` of `account`'s unclaimed rewards back to the reward pool
    ///      (rewards forfeited by leaving early).
    function _forfeitRewards(address account, uint256 numerator, uint256 denominator) internal {
        (uint256 pendingEth, uint256 pendingAnkr) = pendingRewards(account);
        uint256 eth = pendingEth * numerator / denominator;
        uint256 ankr = pendingAnkr * numerator / denominator;
        if (eth == 0 && ankr == 0) return;
        Account storage a = _accounts[account];
        a.ethDebt = SafeCast.toInt96(a.ethDebt + SafeCast.toInt256(eth));
        a.ankrDebt = SafeCast.toInt96(a.ankrDebt + SafeCast.toInt256(ankr));
        emit RewardForfeited(account, eth, ankr);
        if (ankr > 0) _rewardAnkr.safeTransfer(rewardPool, ankr);
        if (eth > 0) {
            (bool ok,) = rewardPool.call{value: eth}("");
            if (!ok) revert RewardsTransferFailed(rewardPool, eth);
        }
    }

    /// @dev What `units` have earned since the start, rounded down.
    function _earned(uint256 units) private view returns (uint256 eth, uint256 ankr) {
        PerShare memory perShare = _perShare;
        eth = units * perShare.eth / PRECISION;
        ankr = units * perShare.ankr / PRECISION;
    }

    /// @dev Earnings only grow and debts only move with them, so a negative difference cannot occur;
    ///      zero keeps a view from reverting were it ever off by rounding.
    function _toUint(int256 value) private pure returns (uint256) {
        return value > 0 ? SignedMath.abs(value) : 0; // abs: no cast, and no revert to add
    }
}
