// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IInsurancePool} from "./interfaces/IInsurancePool.sol";

/// @title InsurancePool
/// @notice The insurance pool of §3.4.6. It takes 10 % of every pool's staking rewards (ETH) and any slashed
///         provider collateral (ANKR), and pays compensation to stakers of a pool whose losses exceed the
///         provider's k ETH, never more than it holds. Governance moves the ETH surplus above the
///         threshold to the reward pool, and moves or burns the ANKR it holds.
/// @dev Conservation: ETH balance = received - compensated - moved (plus ETH forced in by selfdestruct,
///      which only adds surplus).
contract InsurancePool is IInsurancePool {
    using SafeERC20 for IERC20;

    /// @inheritdoc IInsurancePool
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    IParameters public immutable params;
    IERC20 public immutable ankr;

    /// @inheritdoc IInsurancePool
    address public microPool;
    /// @inheritdoc IInsurancePool
    address public rewardPool;
    /// @inheritdoc IInsurancePool
    uint256 public totalReceived;
    /// @inheritdoc IInsurancePool
    uint256 public totalCompensated;
    /// @inheritdoc IInsurancePool
    uint256 public totalMoved;

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

    /// @inheritdoc IInsurancePool
    function wire(address microPool_, address rewardPool_) external onlyGovernance {
        if (microPool_ == address(0) || rewardPool_ == address(0)) revert InsuranceZeroAddress();
        microPool = microPool_;
        rewardPool = rewardPool_;
        emit InsuranceWired(microPool_, rewardPool_);
    }

    /// @inheritdoc IInsurancePool
    function deposit() external payable {
        totalReceived += msg.value;
        emit InsuranceDeposited(msg.sender, msg.value);
    }

    /// @inheritdoc IInsurancePool
    receive() external payable {
        totalReceived += msg.value;
        emit InsuranceDeposited(msg.sender, msg.value);
    }

    /// @inheritdoc IInsurancePool
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

    /// @inheritdoc IInsurancePool
    function surplus() public view returns (uint256) {
        uint256 threshold = params.get(IParameters.Key.InsuranceSurplusThreshold);
        uint256 balance = address(this).balance;
        return balance > threshold ? balance - threshold : 0;
    }

    /// @inheritdoc IInsurancePool
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

    /// @inheritdoc IInsurancePool
    function moveAnkr(uint256 amount) external onlyGovernance {
        address to = rewardPool;
        if (to == address(0)) revert InsuranceZeroAddress();
        _checkAnkr(amount);
        emit InsuranceAnkrMoved(to, amount);
        ankr.safeTransfer(to, amount);
    }

    /// @inheritdoc IInsurancePool
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
