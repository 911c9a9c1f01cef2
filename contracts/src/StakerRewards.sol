// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {RewardShares} from "./RewardShares.sol";
import {IStakerRewards} from "./interfaces/IStakerRewards.sol";

/// @title StakerRewards
/// @notice Where providers and requesters stake ANKR to share the reward pool's 40 % (§3.4.4: "any
///         requester, independently from the project, can stake any amount of ANKR"; §3.4.3: providers
///         stake for a dividend). A stake is separate from a provider's collateral, so collateral
///         operations stay cheap; withdraw at any time, rewards earned so far stay claimable.
contract StakerRewards is IStakerRewards, RewardShares {
    using SafeERC20 for IERC20;

    IERC20 public immutable ankr;
    mapping(address staker => uint256 amount) private _staked;

    /// @param rewardPool_ The reward pool that pays this category.
    /// @param ankr_ The ANKR token.
    constructor(address rewardPool_, IERC20 ankr_) RewardShares(rewardPool_, ankr_) {
        ankr = ankr_;
    }

    /// @inheritdoc IStakerRewards
    function stake(uint256 amount) external {
        if (amount == 0) revert StakerRewardsBadAmount(_staked[msg.sender], amount);
        uint256 total = _staked[msg.sender] + amount;
        _staked[msg.sender] = total;
        _updateAccountShares(msg.sender, total);
        emit RewardStakeAdded(msg.sender, amount, total);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IStakerRewards
    function unstake(uint256 amount) external {
        uint256 staked = _staked[msg.sender];
        if (amount == 0 || amount > staked) revert StakerRewardsBadAmount(staked, amount);
        _staked[msg.sender] = staked - amount;
        _updateAccountShares(msg.sender, staked - amount);
        emit RewardStakeWithdrawn(msg.sender, amount, staked - amount);
        ankr.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IStakerRewards
    function stakeOf(address staker) external view returns (uint256) {
        return _staked[staker];
    }
}
