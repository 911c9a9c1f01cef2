// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title AnkrToken
/// @notice The ANKR token of devnets and testnets, where the real one does not exist. Its owner (the
///         deployer) mints test balances; on mainnet stkr uses the real ANKR token instead.
contract AnkrToken is ERC20, Ownable {
    /// @param owner_ The account allowed to mint test balances.
    constructor(address owner_) ERC20("Ankr Network (devnet)", "ANKR") Ownable(owner_) {}

    /// @notice Mint `amount` test ANKR to `to`. Owner only.
    /// @param to The receiver.
    /// @param amount The amount in wei (18 decimals).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
