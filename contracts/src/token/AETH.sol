// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IAETH} from "../interfaces/IAETH.sol";

/// @title AETH
/// @notice aETH, the alias token of ETH staked through stkr micro-pools (§3.7): minted 1:1 when ETH is
///         staked and burned when it is paid back. It trades freely; only the pool contract mints or burns.
contract AETH is IAETH, ERC20 {
    address private _governance;
    address private _pool;

    /// @param governance_ The address allowed to name the pool contract.
    constructor(address governance_) ERC20("stkr aETH", "aETH") {
        if (governance_ == address(0)) revert AETHZeroAddress();
        _governance = governance_;
        emit GovernanceTransferred(address(0), governance_);
    }

    /// @inheritdoc IAETH
    function pool() external view returns (address) {
        return _pool;
    }

    /// @inheritdoc IAETH
    function governance() external view returns (address) {
        return _governance;
    }

    /// @inheritdoc IAETH
    function setPool(address newPool) external {
        if (msg.sender != _governance) revert AETHNotGovernance(msg.sender);
        if (newPool == address(0)) revert AETHZeroAddress();
        address previous = _pool;
        _pool = newPool;
        emit PoolChanged(previous, newPool);
    }

    /// @inheritdoc IAETH
    function transferGovernance(address newGovernance) external {
        if (msg.sender != _governance) revert AETHNotGovernance(msg.sender);
        if (newGovernance == address(0)) revert AETHZeroAddress();
        address previous = _governance;
        _governance = newGovernance;
        emit GovernanceTransferred(previous, newGovernance);
    }

    /// @inheritdoc IAETH
    function mint(address to, uint256 amount) external {
        if (msg.sender != _pool) revert AETHNotPool(msg.sender);
        _mint(to, amount);
    }

    /// @inheritdoc IAETH
    function burn(address from, uint256 amount) external {
        if (msg.sender != _pool) revert AETHNotPool(msg.sender);
        _burn(from, amount);
    }
}
