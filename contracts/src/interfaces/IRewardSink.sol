// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice What the reward pool pays a category of participants into.
interface IRewardSink {
    /// @notice The shares rewards are split by (0: the category's cut stays in the reward pool).
    function rewardShares() external view returns (uint256);

    /// @notice Take `ankrAmount` ANKR (already transferred) and the ETH sent as the category's cut, and
    ///         stream it to the shares over the next `duration` seconds.
    function notifyReward(uint256 ankrAmount, uint256 duration) external payable;
}
