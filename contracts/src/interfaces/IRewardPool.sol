// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";
import {IRewardSink} from "./IRewardSink.sol";

/// @title IRewardPool
/// @notice The reward pool (§3.4.6): collects fee and profit cuts and periodically splits them among governors, ETH stakers, sidecar stakers and development.
interface IRewardPool {
    /// @notice The caller is not the governance address.
    error RewardPoolNotGovernance(address caller);

    /// @notice The next distribution is not due yet.
    error RewardPoolNotDue(uint256 dueAt);

    /// @notice An ETH transfer failed.
    error RewardPoolTransferFailed(address to, uint256 amount);

    /// @notice ETH came in.
    event RewardEthReceived(address indexed from, uint256 amount);

    /// @notice Governance named the categories' contracts and the development fund.
    event RewardPoolWired(
        address governors, address stakers, address sidecarStakers, address developmentFund
    );

    /// @notice A category received its cut.
    event RewardCategoryPaid(address indexed sink, uint256 eth, uint256 ankr);

    /// @notice A distribution ran.
    event RewardsDistributed(uint256 period, uint256 eth, uint256 ankr);

    /// @notice Parameters (the split and the period) and governance.
    function params() external view returns (IParameters);

    /// @notice The ANKR token, which arrives by plain transfers.
    function ankr() external view returns (IERC20);

    /// @notice Governors' rewards (the Governance contract).
    function governors() external view returns (IRewardSink);

    /// @notice Providers' and requesters' rewards (their ANKR reward stakes).
    function stakers() external view returns (IRewardSink);

    /// @notice Sidecar stakers' rewards (the NodeRegistry).
    function sidecarStakers() external view returns (IRewardSink);

    /// @notice Where the development share goes.
    function developmentFund() external view returns (address);

    /// @notice When the last distribution ran.
    function lastDistribution() external view returns (uint256);

    /// @notice ETH received in total.
    function totalEthReceived() external view returns (uint256);

    /// @notice ETH distributed in total.
    function totalEthDistributed() external view returns (uint256);

    /// @notice ANKR distributed in total.
    function totalAnkrDistributed() external view returns (uint256);

    /// @notice ETH for the pool.
    receive() external payable;

    /// @notice Name the categories' contracts and the development fund (zero leaves one unpaid for now).
    ///         Governance only.
    function wire(
        IRewardSink governors_,
        IRewardSink stakers_,
        IRewardSink sidecarStakers_,
        address developmentFund_
    ) external;

    /// @notice When the next distribution may run.
    function nextDistributionAt() external view returns (uint256);

    /// @notice Distribute what the pool holds to the four categories (anyone may call, once a period).
    function distribute() external;

    /// @notice The ANKR the pool holds.
    function ankrBalance() external view returns (uint256);
}
