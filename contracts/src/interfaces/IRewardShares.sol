// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IRewardStream} from "./IRewardStream.sol";

/// @title IRewardShares
/// @notice Streamed rewards held by plain accounts: governors (Governance) and ETH stakers (StakerRewards).
interface IRewardShares is IRewardStream {
    /// @notice ETH and ANKR an account can claim now.
    function pendingRewards(address account) external view returns (uint256 eth, uint256 ankr);

    /// @notice The shares an account holds for rewards (whole gwei of ANKR).
    function rewardSharesOf(address account) external view returns (uint256);

    /// @notice Claim your ETH and ANKR rewards.
    function claimRewards() external returns (uint256 eth, uint256 ankr);
}
