// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title AETH
/// @notice aETH, the alias token of ETH staked through stkr micro-pools (§3.7): minted 1:1 when ETH is
///         staked and burned when it is paid back. It trades freely; only the pool contract mints or burns.
contract AETH is ERC20 {
    /// @notice The caller is not the pool contract.
    error AETHNotPool(address caller);
    /// @notice The caller is not the governance address.
    error AETHNotGovernance(address caller);
    /// @notice The zero address was given where a contract is required.
    error AETHZeroAddress();

    /// @notice The pool contract allowed to mint and burn changed.
    event PoolChanged(address indexed previousPool, address indexed newPool);
    /// @notice The governance address changed.
    event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance);

    address private _governance;
    address private _pool;

    /// @param governance_ The address allowed to name the pool contract.
    constructor(address governance_) ERC20("stkr aETH", "aETH") {
        if (governance_ == address(0)) revert AETHZeroAddress();
        _governance = governance_;
        emit GovernanceTransferred(address(0), governance_);
    }

    /// @notice The pool contract allowed to mint and burn (zero until governance sets it).
    function pool() external view returns (address) {
        return _pool;
    }

    /// @notice The address allowed to name the pool contract.
    function governance() external view returns (address) {
        return _governance;
    }

    /// @notice Name the pool contract allowed to mint and burn. Governance only.
    /// @param newPool The micro-pool contract.
    function setPool(address newPool) external {
        if (msg.sender != _governance) revert AETHNotGovernance(msg.sender);
        if (newPool == address(0)) revert AETHZeroAddress();
        address previous = _pool;
        _pool = newPool;
        emit PoolChanged(previous, newPool);
    }

    /// @notice Hand control to `newGovernance`. Governance only.
    /// @param newGovernance The Governance contract.
    function transferGovernance(address newGovernance) external {
        if (msg.sender != _governance) revert AETHNotGovernance(msg.sender);
        if (newGovernance == address(0)) revert AETHZeroAddress();
        address previous = _governance;
        _governance = newGovernance;
        emit GovernanceTransferred(previous, newGovernance);
    }

    /// @notice Mint `amount` aETH to `to` for ETH just staked. Pool only.
    /// @param to The staker.
    /// @param amount The ETH staked, in wei.
    function mint(address to, uint256 amount) external {
        if (msg.sender != _pool) revert AETHNotPool(msg.sender);
        _mint(to, amount);
    }

    /// @notice Burn `amount` aETH of `from` as its ETH is paid back. Pool only; the pool burns only for
    ///         the account that called it.
    /// @param from The staker.
    /// @param amount The aETH to burn, in wei.
    function burn(address from, uint256 amount) external {
        if (msg.sender != _pool) revert AETHNotPool(msg.sender);
        _burn(from, amount);
    }
}
