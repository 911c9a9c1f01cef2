// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @title IAETH
/// @notice aETH: the 1:1 receipt token of ETH staked in micro-pools, minted and burned by the pool contract only.
interface IAETH is IERC20Metadata {
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

    /// @notice The pool contract allowed to mint and burn (zero until governance sets it).
    function pool() external view returns (address);

    /// @notice The address allowed to name the pool contract.
    function governance() external view returns (address);

    /// @notice Name the pool contract allowed to mint and burn. Governance only.
    /// @param newPool The micro-pool contract.
    function setPool(address newPool) external;

    /// @notice Hand control to `newGovernance`. Governance only.
    /// @param newGovernance The Governance contract.
    function transferGovernance(address newGovernance) external;

    /// @notice Mint `amount` aETH to `to` for ETH just staked. Pool only.
    /// @param to The staker.
    /// @param amount The ETH staked, in wei.
    function mint(address to, uint256 amount) external;

    /// @notice Burn `amount` aETH of `from` as its ETH is paid back. Pool only; the pool burns only for
    ///         the account that called it.
    /// @param from The staker.
    /// @param amount The aETH to burn, in wei.
    function burn(address from, uint256 amount) external;
}
