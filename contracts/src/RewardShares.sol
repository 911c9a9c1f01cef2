// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {RewardStream} from "./RewardStream.sol";
import {IRewardShares} from "./interfaces/IRewardShares.sol";
import {IRewardSink} from "./interfaces/IRewardSink.sol";

/// @title RewardShares
/// @notice Streamed rewards where each account holds one position (governors, ETH stakers): the account
///         claims its own rewards whenever it likes.
abstract contract RewardShares is IRewardShares, RewardStream {
    constructor(address rewardPool_, IERC20 ankr_) RewardStream(rewardPool_, ankr_) {}

    /// @inheritdoc IRewardShares
    function pendingRewards(address account) external view returns (uint256 eth, uint256 ankr) {
        return _pending(_positionOf(account));
    }

    /// @inheritdoc IRewardShares
    function rewardSharesOf(address account) external view returns (uint256) {
        return _sharesOf(_positionOf(account));
    }

    /// @inheritdoc IRewardShares
    function claimRewards() external returns (uint256 eth, uint256 ankr) {
        return _claim(_positionOf(msg.sender), msg.sender);
    }

    /// @dev Set `account`'s shares.
    function _updateAccountShares(address account, uint256 shares) internal {
        _updateShares(_positionOf(account), shares);
    }

    function _positionOf(address account) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(account)));
    }
}
