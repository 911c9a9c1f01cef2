// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IAETH} from "../interfaces/IAETH.sol";

/// @title AETH
/// @notice The aETH token of §3.7: the claim on micro-pool principal, transferable and redeemable by
///         whoever holds it.
/// @dev The minter is immutable (the deploying `MicroPool`): there is no governance switch that could
///      point minting elsewhere, and a mint reads no storage.
contract AETH is IAETH, ERC20 {
    /// @inheritdoc IAETH
    address public immutable pool;

    constructor() ERC20("stkr aETH", "aETH") {
        pool = msg.sender;
    }

    /// @inheritdoc IAETH
    function mint(address to, uint256 amount) external {
        if (msg.sender != pool) revert AETHNotPool(msg.sender);
        _mint(to, amount);
    }

    /// @inheritdoc IAETH
    function burn(address from, uint256 amount) external {
        if (msg.sender != pool) revert AETHNotPool(msg.sender);
        _burn(from, amount);
    }
}
