// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {AETH} from "../../../src/token/AETH.sol";

/// Mints, burns and transfers aETH among a few holders, keeping ghost totals of what the pool did.
contract AETHHandler is Test {
    AETH internal immutable aeth;
    address internal immutable pool;
    address[] public holders;
    uint256 public ghostMinted;
    uint256 public ghostBurned;

    constructor(AETH aeth_, address pool_) {
        aeth = aeth_;
        pool = pool_;
        holders.push(makeAddr("alice"));
        holders.push(makeAddr("bob"));
        holders.push(makeAddr("carol"));
    }

    function holderCount() external view returns (uint256) {
        return holders.length;
    }

    function mint(uint256 who, uint256 amount) external {
        amount = bound(amount, 0, 1_000_000 ether);
        vm.prank(pool);
        aeth.mint(holders[who % holders.length], amount);
        ghostMinted += amount;
    }

    function burn(uint256 who, uint256 amount) external {
        address holder = holders[who % holders.length];
        amount = bound(amount, 0, aeth.balanceOf(holder));
        vm.prank(pool);
        aeth.burn(holder, amount);
        ghostBurned += amount;
    }

    function transfer(uint256 from, uint256 to, uint256 amount) external {
        address sender = holders[from % holders.length];
        amount = bound(amount, 0, aeth.balanceOf(sender));
        vm.prank(sender);
        assertTrue(aeth.transfer(holders[to % holders.length], amount));
    }

    function strangerMints(address stranger, uint256 amount) external {
        vm.assume(stranger != pool);
        vm.prank(stranger);
        try aeth.mint(stranger, amount) {
            ghostMinted += amount;
        } catch {}
    }
}
