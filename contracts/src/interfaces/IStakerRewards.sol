// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IRewardShares} from "./IRewardShares.sol";

/// @title IStakerRewards
/// @notice Rewards of ETH stakers (providers and requesters) from the reward pool.
interface IStakerRewards is IRewardShares {
    /// @notice More withdrawn than staked, or zero.
    error StakerRewardsBadAmount(uint256 staked, uint256 amount);

    /// @notice ANKR staked.
    event RewardStakeAdded(address indexed staker, uint256 amount, uint256 staked);

    /// @notice ANKR withdrawn.
    event RewardStakeWithdrawn(address indexed staker, uint256 amount, uint256 staked);

    /// @notice The ANKR token.
    function ankr() external view returns (IERC20);

    /// @notice Stake ANKR for rewards (approve this contract first).
    /// @param amount ANKR in wei.
    function stake(uint256 amount) external;

    /// @notice Withdraw staked ANKR.
    /// @param amount ANKR in wei.
    function unstake(uint256 amount) external;

    /// @notice ANKR `staker` has staked here.
    function stakeOf(address staker) external view returns (uint256);
}
