// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";

/// @title IInsurancePool
/// @notice The insurance pool (§3.4.6): covers stakers' losses beyond a provider's collateral; governance may move the surplus.
interface IInsurancePool {
    /// @notice The caller is not the governance address.
    error InsuranceNotGovernance(address caller);

    /// @notice The caller is not the micro-pool contract.
    error InsuranceNotMicroPool(address caller);

    /// @notice The amount exceeds the surplus above the threshold.
    error InsuranceAboveSurplus(uint256 amount, uint256 surplus);

    /// @notice More ANKR than held.
    error InsuranceInsufficientAnkr(uint256 amount, uint256 held);

    /// @notice Zero address.
    error InsuranceZeroAddress();

    /// @notice An ETH transfer failed.
    error InsuranceTransferFailed(address to, uint256 amount);

    /// @notice ETH came in.
    event InsuranceDeposited(address indexed from, uint256 amount);

    /// @notice Compensation was paid for a pool's losses.
    event InsuranceCompensated(uint256 indexed poolId, uint256 requested, uint256 paid);

    /// @notice ETH surplus moved to the reward pool.
    event InsuranceSurplusMoved(address indexed rewardPool, uint256 amount);

    /// @notice ANKR moved to the reward pool.
    event InsuranceAnkrMoved(address indexed rewardPool, uint256 amount);

    /// @notice ANKR burned.
    event InsuranceAnkrBurned(uint256 amount);

    /// @notice Governance named the micro-pool and reward pool contracts.
    event InsuranceWired(address microPool, address rewardPool);

    /// @notice Where burned ANKR goes: no one holds the key to this address.
    function BURN_ADDRESS() external view returns (address);

    /// @notice The Parameters contract, which also names governance.
    function params() external view returns (IParameters);

    /// @notice The ANKR token.
    function ankr() external view returns (IERC20);

    /// @notice The micro-pool contract, the only one that may draw compensation.
    function microPool() external view returns (address);

    /// @notice Where surplus goes.
    function rewardPool() external view returns (address);

    /// @notice ETH received in total.
    function totalReceived() external view returns (uint256);

    /// @notice ETH paid out as compensation in total.
    function totalCompensated() external view returns (uint256);

    /// @notice ETH moved to the reward pool in total.
    function totalMoved() external view returns (uint256);

    /// @notice Name the micro-pool contract and the reward pool. Governance only.
    /// @param microPool_ The only contract that may draw compensation.
    /// @param rewardPool_ Where surplus goes.
    function wire(address microPool_, address rewardPool_) external;

    /// @notice Add ETH to the pool (the micro-pool sends its cut of rewards here).
    function deposit() external payable;

    /// @notice Plain transfers count as deposits.
    receive() external payable;

    /// @notice Pay up to `shortfall` ETH to the micro-pool for the stakers of `poolId`; pays what it holds
    ///         when that is less. Micro-pool only.
    /// @param poolId The pool whose stakers lost.
    /// @param shortfall What the stakers lack after the provider's k ETH.
    /// @return paid What was paid.
    function compensate(uint256 poolId, uint256 shortfall) external returns (uint256 paid);

    /// @notice The ETH above the surplus threshold.
    function surplus() external view returns (uint256);

    /// @notice Move `amount` of the ETH surplus to the reward pool. Governance only.
    /// @param amount At most `surplus()`.
    function moveSurplus(uint256 amount) external;

    /// @notice Move `amount` of the ANKR held (slashed collateral) to the reward pool. Governance only.
    function moveAnkr(uint256 amount) external;

    /// @notice Burn `amount` of the ANKR held. Governance only.
    function burnAnkr(uint256 amount) external;
}
