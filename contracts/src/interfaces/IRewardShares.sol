// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IRewardSink} from "./IRewardSink.sol";

/// @title IRewardShares
/// @notice Reward-per-share accounting of ETH and ANKR rewards for one category of participants (§3.4.6), shared by governors (Governance), sidecar stakers (NodeRegistry) and ETH stakers (StakerRewards).
interface IRewardShares is IRewardSink {
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

    /// @notice The fewest shares (1,000 ANKR) a category needs before it is paid.
    function MIN_SHARES() external view returns (uint256);

    /// @notice The reward pool, the only account that may notify rewards.
    function rewardPool() external view returns (address);

    /// @notice All accounts' shares (whole gwei of ANKR).
    function totalRewardShares() external view returns (uint256);

    /// @notice Cumulative ETH per gwei of shares, scaled by 1e18.
    function ethPerShare() external view returns (uint256);

    /// @notice Cumulative ANKR per gwei of shares, scaled by 1e18.
    function ankrPerShare() external view returns (uint256);

    /// @notice ETH and ANKR an account can claim now.
    function pendingRewards(address account) external view returns (uint256 eth, uint256 ankr);

    /// @notice The shares an account holds for rewards (whole gwei of ANKR).
    function rewardSharesOf(address account) external view returns (uint256);

    /// @notice Claim your ETH and ANKR rewards.
    function claimRewards() external returns (uint256 eth, uint256 ankr);
}
