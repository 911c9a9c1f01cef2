// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @title IAETH
/// @notice aETH: the claim on ETH principal staked in micro-pools, whoever holds it. Minted 1:1 as ETH is
///         staked and burned as it is redeemed, by the pool contract that created it and by nothing else.
interface IAETH is IERC20Metadata {
    /// @notice The caller is not the pool contract.
    error AETHNotPool(address caller);

    /// @notice The pool contract allowed to mint and burn: the contract that deployed this token, for ever,
    ///         so no vote and no key can ever mint aETH that no ETH stands behind.
    /// @return The micro-pool contract.
    function pool() external view returns (address);

    /// @notice Mint `amount` aETH to `to` for ETH just staked. Pool only.
    /// @param to The staker.
    /// @param amount The ETH staked, in wei.
    function mint(address to, uint256 amount) external;

    /// @notice Burn `amount` aETH of `from` as its ETH is paid back. Pool only; the pool burns only for
    ///         the account that called it.
    /// @param from The holder.
    /// @param amount The aETH to burn, in wei.
    function burn(address from, uint256 amount) external;
}
