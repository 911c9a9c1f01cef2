// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IRewardSink} from "./IRewardSink.sol";

/// @title IRewardStream
/// @notice A category's ETH and ANKR rewards streamed to its shares over a reward period (§3.4.6), so a
///         share earns only for the time it is held.
interface IRewardStream is IRewardSink {
    /// @notice The caller is not the reward pool.
    error RewardsNotRewardPool(address caller);

    /// @notice A stream needs a period longer than zero.
    error RewardsNoShares();

    /// @notice An ETH transfer failed.
    error RewardsTransferFailed(address to, uint256 amount);

    /// @notice A cut arrived from the reward pool and streams until `finishAt` at the given rates
    ///         (wei per second, what was still streaming included).
    event RewardNotified(
        uint256 eth,
        uint256 ankr,
        uint256 totalShares,
        uint256 ethPerSecond,
        uint256 ankrPerSecond,
        uint256 finishAt
    );

    /// @notice An account claimed its rewards.
    event RewardClaimed(address indexed account, uint256 eth, uint256 ankr);

    /// @notice An account's rewards were forfeited back to the reward pool.
    event RewardForfeited(address indexed account, uint256 eth, uint256 ankr);

    /// @notice The fewest shares (1,000 ANKR) a category needs to be paid; time streamed while it holds
    ///         fewer is carried into the next period.
    function MIN_SHARES() external view returns (uint256);

    /// @notice The reward pool, the only account that may notify rewards.
    function rewardPool() external view returns (address);

    /// @notice All accounts' shares (whole gwei of ANKR).
    function totalRewardShares() external view returns (uint256);

    /// @notice Cumulative ETH per gwei of shares up to now, scaled by 1e18.
    function ethPerShare() external view returns (uint256);

    /// @notice Cumulative ANKR per gwei of shares up to now, scaled by 1e18.
    function ankrPerShare() external view returns (uint256);

    /// @notice The current stream: wei of ETH and of ANKR per second, and when it ends.
    function rewardRate()
        external
        view
        returns (uint256 ethPerSecond, uint256 ankrPerSecond, uint256 finishAt);

    /// @notice ETH and ANKR held back for the next period: what streamed while the category held fewer
    ///         than `MIN_SHARES`.
    function carriedOver() external view returns (uint256 eth, uint256 ankr);
}
