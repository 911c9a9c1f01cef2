// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {AETH} from "../../src/token/AETH.sol";
import {AETHHandler} from "./handlers/AETHHandler.sol";

/// aETH conservation: supply = minted - burned = the sum of all balances.
contract AETHInvariantTest is Test {
    AETH internal aeth;
    AETHHandler internal handler;

    function setUp() public {
        address pool = makeAddr("pool");
        vm.prank(pool);
        aeth = new AETH();
        handler = new AETHHandler(aeth, pool);
        targetContract(address(handler));
    }

    function invariant_SupplyIsMintedMinusBurned() public view {
        assertEq(aeth.totalSupply(), handler.ghostMinted() - handler.ghostBurned());
    }

    function invariant_SupplyIsSumOfBalances() public view {
        uint256 sum;
        for (uint256 i = 0; i < handler.holderCount(); ++i) {
            sum += aeth.balanceOf(handler.holders(i));
        }
        assertEq(aeth.totalSupply(), sum);
    }
}
