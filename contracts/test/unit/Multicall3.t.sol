// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Multicall3} from "../../src/devnet/Multicall3.sol";
import {AnkrToken} from "../../src/token/AnkrToken.sol";

contract Multicall3Test is Test {
    Multicall3 internal multicall;
    AnkrToken internal ankr;
    address internal alice = makeAddr("alice");

    function setUp() public {
        multicall = new Multicall3();
        ankr = new AnkrToken(address(this));
        ankr.mint(alice, 7 ether);
        vm.deal(alice, 3 ether);
    }

    function test_Aggregate3_BatchesReads() public {
        Multicall3.Call3[] memory calls = new Multicall3.Call3[](3);
        calls[0] = Multicall3.Call3(address(ankr), false, abi.encodeCall(ankr.balanceOf, (alice)));
        calls[1] = Multicall3.Call3(address(ankr), false, abi.encodeCall(ankr.totalSupply, ()));
        calls[2] =
            Multicall3.Call3(address(multicall), false, abi.encodeCall(multicall.getEthBalance, (alice)));
        Multicall3.Result[] memory results = multicall.aggregate3(calls);
        assertEq(abi.decode(results[0].returnData, (uint256)), 7 ether);
        assertEq(abi.decode(results[1].returnData, (uint256)), 7 ether);
        assertEq(abi.decode(results[2].returnData, (uint256)), 3 ether);
    }

    function test_Aggregate3_ReportsAllowedFailure() public {
        Multicall3.Call3[] memory calls = new Multicall3.Call3[](1);
        calls[0] = Multicall3.Call3(address(ankr), true, abi.encodeCall(ankr.transfer, (alice, 1 ether)));
        Multicall3.Result[] memory results = multicall.aggregate3(calls);
        assertFalse(results[0].success);
    }

    function test_RevertWhen_RequiredCallFails() public {
        Multicall3.Call3[] memory calls = new Multicall3.Call3[](2);
        calls[0] = Multicall3.Call3(address(ankr), false, abi.encodeCall(ankr.totalSupply, ()));
        calls[1] = Multicall3.Call3(address(ankr), false, abi.encodeCall(ankr.transfer, (alice, 1 ether)));
        vm.expectRevert(abi.encodeWithSelector(Multicall3.Multicall3CallFailed.selector, 1));
        multicall.aggregate3(calls);
    }

    function test_RevertWhen_ValueMismatch() public {
        Multicall3.Call3Value[] memory calls = new Multicall3.Call3Value[](1);
        calls[0] = Multicall3.Call3Value(alice, false, 1 ether, "");
        vm.deal(address(this), 2 ether);
        vm.expectRevert(abi.encodeWithSelector(Multicall3.Multicall3ValueMismatch.selector, 2 ether, 1 ether));
        multicall.aggregate3Value{value: 2 ether}(calls);
    }

    function test_Aggregate3Value_ForwardsEth() public {
        Multicall3.Call3Value[] memory calls = new Multicall3.Call3Value[](1);
        calls[0] = Multicall3.Call3Value(alice, false, 1 ether, "");
        vm.deal(address(this), 1 ether);
        multicall.aggregate3Value{value: 1 ether}(calls);
        assertEq(alice.balance, 4 ether);
    }

    function test_BlockViews() public {
        vm.roll(42);
        vm.warp(1_700_000_000);
        assertEq(multicall.getBlockNumber(), 42);
        assertEq(multicall.getCurrentBlockTimestamp(), 1_700_000_000);
        assertEq(multicall.getChainId(), block.chainid);
    }
}
