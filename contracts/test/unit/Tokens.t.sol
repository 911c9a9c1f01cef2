// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AETH} from "../../src/token/AETH.sol";
import {AnkrToken} from "../../src/token/AnkrToken.sol";
import {IAETH} from "../../src/interfaces/IAETH.sol";

contract AETHTest is Test {
    AETH internal aeth;
    address internal governance = makeAddr("governance");
    address internal pool = makeAddr("pool");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public {
        vm.prank(pool);
        aeth = new AETH();
    }

    function test_Metadata() public view {
        assertEq(aeth.symbol(), "aETH");
        assertEq(aeth.decimals(), 18);
        assertEq(aeth.pool(), pool);
    }

    function test_Pool_MintsAndBurns() public {
        vm.prank(pool);
        aeth.mint(alice, 4 ether);
        assertEq(aeth.balanceOf(alice), 4 ether);
        vm.prank(pool);
        aeth.burn(alice, 1 ether);
        assertEq(aeth.balanceOf(alice), 3 ether);
        assertEq(aeth.totalSupply(), 3 ether);
    }

    function test_Holder_TransfersFreely() public {
        vm.prank(pool);
        aeth.mint(alice, 4 ether);
        vm.prank(alice);
        assertTrue(aeth.transfer(bob, 1.5 ether));
        assertEq(aeth.balanceOf(bob), 1.5 ether);
        assertEq(aeth.balanceOf(alice), 2.5 ether);
    }

    function test_RevertWhen_StrangerMints() public {
        vm.expectRevert(abi.encodeWithSelector(IAETH.AETHNotPool.selector, alice));
        vm.prank(alice);
        aeth.mint(alice, 1 ether);
    }

    function test_RevertWhen_StrangerBurns() public {
        vm.prank(pool);
        aeth.mint(alice, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IAETH.AETHNotPool.selector, bob));
        vm.prank(bob);
        aeth.burn(alice, 1 ether);
    }

    function test_RevertWhen_GovernanceMintsDirectly() public {
        vm.expectRevert(abi.encodeWithSelector(IAETH.AETHNotPool.selector, governance));
        vm.prank(governance);
        aeth.mint(governance, 1 ether);
    }

    /// The minter is the deploying pool contract, for ever: there is nothing to repoint.
    function test_MinterIsTheDeployer_AndCannotChange() public {
        vm.prank(bob);
        AETH other = new AETH();
        assertEq(other.pool(), bob);
        assertEq(aeth.pool(), pool);
    }

    /// Supply always equals what the pool minted minus what it burned.
    function testFuzz_SupplyTracksMintsAndBurns(uint128 minted, uint128 burned) public {
        vm.assume(burned <= minted);
        vm.startPrank(pool);
        aeth.mint(alice, minted);
        aeth.burn(alice, burned);
        vm.stopPrank();
        assertEq(aeth.totalSupply(), uint256(minted) - burned);
        assertEq(aeth.balanceOf(alice), uint256(minted) - burned);
    }

    /// Nobody but the pool mints, whoever they are.
    function testFuzz_RevertWhen_NotPoolMints(address caller, uint256 amount) public {
        vm.assume(caller != pool);
        vm.expectRevert(abi.encodeWithSelector(IAETH.AETHNotPool.selector, caller));
        vm.prank(caller);
        aeth.mint(caller, amount);
    }
}

contract AnkrTokenTest is Test {
    AnkrToken internal ankr;
    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");

    function setUp() public {
        ankr = new AnkrToken(owner);
    }

    function test_Owner_Mints() public {
        vm.prank(owner);
        ankr.mint(alice, 1_000 ether);
        assertEq(ankr.balanceOf(alice), 1_000 ether);
        assertEq(ankr.symbol(), "ANKR");
    }

    function test_RevertWhen_StrangerMints() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        ankr.mint(alice, 1 ether);
    }

    function testFuzz_Mint_AddsExactly(uint128 a, uint128 b) public {
        vm.startPrank(owner);
        ankr.mint(alice, a);
        ankr.mint(owner, b);
        vm.stopPrank();
        assertEq(ankr.totalSupply(), uint256(a) + b);
    }
}
