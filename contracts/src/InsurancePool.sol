// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IParameters} from "./interfaces/IParameters.sol";

/// @title InsurancePool
/// @notice The insurance pool of §3.4.6. It takes 10 % of every pool's staking rewards (ETH) and any slashed
///         provider collateral (ANKR), and pays compensation to stakers of a pool whose losses exceed the
///         provider's k ETH, never more than it holds. Governance moves the ETH surplus above the
///         threshold to the reward pool, and moves or burns the ANKR it holds.
/// @dev Conservation: ETH balance = received - compensated - moved (plus ETH forced in by selfdestruct,
///      which only adds surplus).
contract InsurancePool {
    using SafeERC20 for IERC20;

    /// @notice Where burned ANKR goes: no one holds the key to this address.
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    IParameters public immutable params;
    IERC20 public immutable ankr;

    /// @notice The micro-pool contract, the only one that may draw compensation.
    address public microPool;
    /// @notice Where surplus goes.
    address public rewardPool;
    /// @notice ETH received in total.
    uint256 public totalReceived;
    /// @notice ETH paid out as compensation in total.
    uint256 public totalCompensated;
    /// @notice ETH moved to the reward pool in total.
    uint256 public totalMoved;

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

    modifier onlyGovernance() {
        if (msg.sender != params.governance()) revert InsuranceNotGovernance(msg.sender);
        _;
    }

    /// @param params_ The Parameters contract, which also names governance.
    /// @param ankr_ The ANKR token.
    constructor(IParameters params_, IERC20 ankr_) {
        params = params_;
        ankr = ankr_;
    }

    /// @notice Name the micro-pool contract and the reward pool. Governance only.
    /// @param microPool_ The only contract that may draw compensation.
    /// @param rewardPool_ Where surplus goes.
    function wire(address microPool_, address rewardPool_) external onlyGovernance {
        if (microPool_ == address(0) || rewardPool_ == address(0)) revert InsuranceZeroAddress();
        microPool = microPool_;
        rewardPool = rewardPool_;
        emit InsuranceWired(microPool_, rewardPool_);
    }

    /// @notice Add ETH to the pool (the micro-pool sends its cut of rewards here).
    function deposit() external payable {
        totalReceived += msg.value;
        emit InsuranceDeposited(msg.sender, msg.value);
    }

    /// @notice Plain transfers count as deposits.
    receive() external payable {
        totalReceived += msg.value;
        emit InsuranceDeposited(msg.sender, msg.value);
    }

    /// @notice Pay up to `shortfall` ETH to the micro-pool for the stakers of `poolId`; pays what it holds
    ///         when that is less. Micro-pool only.
    /// @param poolId The pool whose stakers lost.
    /// @param shortfall What the stakers lack after the provider's k ETH.
    /// @return paid What was paid.
    function compensate(uint256 poolId, uint256 shortfall) external returns (uint256 paid) {
        if (msg.sender != microPool) revert InsuranceNotMicroPool(msg.sender);
        uint256 balance = address(this).balance;
        paid = shortfall < balance ? shortfall : balance;
        totalCompensated += paid;
        emit InsuranceCompensated(poolId, shortfall, paid);
        if (paid > 0) {
            (bool ok,) = msg.sender.call{value: paid}("");
            if (!ok) revert InsuranceTransferFailed(msg.sender, paid);
        }
    }

    /// @notice The ETH above the surplus threshold.
    function surplus() public view returns (uint256) {
        uint256 threshold = params.get(IParameters.Key.InsuranceSurplusThreshold);
        uint256 balance = address(this).balance;
        return balance > threshold ? balance - threshold : 0;
    }

    /// @notice Move `amount` of the ETH surplus to the reward pool. Governance only.
    /// @param amount At most `surplus()`.
    function moveSurplus(uint256 amount) external onlyGovernance {
        uint256 available = surplus();
        if (amount > available) revert InsuranceAboveSurplus(amount, available);
        address to = rewardPool;
        if (to == address(0)) revert InsuranceZeroAddress();
        totalMoved += amount;
        emit InsuranceSurplusMoved(to, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert InsuranceTransferFailed(to, amount);
    }

    /// @notice Move `amount` of the ANKR held (slashed collateral) to the reward pool. Governance only.
    function moveAnkr(uint256 amount) external onlyGovernance {
        address to = rewardPool;
        if (to == address(0)) revert InsuranceZeroAddress();
        _checkAnkr(amount);
        emit InsuranceAnkrMoved(to, amount);
        ankr.safeTransfer(to, amount);
    }

    /// @notice Burn `amount` of the ANKR held. Governance only.
    function burnAnkr(uint256 amount) external onlyGovernance {
        _checkAnkr(amount);
        emit InsuranceAnkrBurned(amount);
        ankr.safeTransfer(BURN_ADDRESS, amount);
    }

    function _checkAnkr(uint256 amount) private view {
        uint256 held = ankr.balanceOf(address(this));
        if (amount > held) revert InsuranceInsufficientAnkr(amount, held);
    }
}
