// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {InsurancePool} from "../../src/InsurancePool.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Protocol} from "../utils/Protocol.sol";
import {IInsurancePool} from "../../src/interfaces/IInsurancePool.sol";

contract InsurancePoolTest is Protocol {
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        deployProtocol();
        vm.deal(address(this), 1_000 ether);
    }

    function test_MoveSurplus_OnlyAboveTheThreshold() public {
        insurance.deposit{value: 130 ether}(); // threshold 100 ETH
        assertEq(insurance.surplus(), 30 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IInsurancePool.InsuranceAboveSurplus.selector, 31 ether, 30 ether)
        );
        vm.prank(governance);
        insurance.moveSurplus(31 ether);
        vm.prank(governance);
        insurance.moveSurplus(30 ether);
        assertEq(address(rewardPool).balance, 30 ether);
        assertEq(address(insurance).balance, 100 ether);
        assertEq(insurance.totalReceived() - insurance.totalCompensated() - insurance.totalMoved(), 100 ether);
    }

    function test_Compensate_NeverMoreThanHeld() public {
        insurance.deposit{value: 5 ether}();
        vm.prank(address(pools));
        uint256 paid = insurance.compensate(1, 8 ether);
        assertEq(paid, 5 ether);
        assertEq(address(insurance).balance, 0);
        vm.prank(address(pools));
        assertEq(insurance.compensate(1, 8 ether), 0, "an empty pool pays nothing");
    }

    function test_Ankr_MovedOrBurnedByGovernance() public {
        ankr.mint(address(insurance), 1_000 ether);
        vm.startPrank(governance);
        insurance.moveAnkr(400 ether);
        insurance.burnAnkr(600 ether);
        vm.expectRevert(abi.encodeWithSelector(IInsurancePool.InsuranceInsufficientAnkr.selector, 1, 0));
        insurance.burnAnkr(1);
        vm.stopPrank();
        assertEq(ankr.balanceOf(address(rewardPool)), 400 ether);
        assertEq(ankr.balanceOf(insurance.BURN_ADDRESS()), 600 ether);
    }

    function test_RevertWhen_StrangerUsesGovernanceFunctions() public {
        insurance.deposit{value: 200 ether}();
        vm.startPrank(stranger);
        bytes memory notGov = abi.encodeWithSelector(IInsurancePool.InsuranceNotGovernance.selector, stranger);
        vm.expectRevert(notGov);
        insurance.moveSurplus(1);
        vm.expectRevert(notGov);
        insurance.moveAnkr(0);
        vm.expectRevert(notGov);
        insurance.burnAnkr(0);
        vm.expectRevert(notGov);
        insurance.wire(stranger, stranger);
        vm.stopPrank();
    }

    function testFuzz_Compensate_PaysMinOfShortfallAndBalance(uint96 held, uint96 shortfall) public {
        vm.deal(address(this), held);
        insurance.deposit{value: held}();
        uint256 before = address(pools).balance;
        vm.prank(address(pools));
        uint256 paid = insurance.compensate(7, shortfall);
        assertEq(paid, held < shortfall ? held : shortfall);
        assertEq(address(pools).balance - before, paid);
        assertEq(address(insurance).balance, uint256(held) - paid);
    }

    function testFuzz_MoveSurplus_KeepsTheThreshold(uint96 held, uint96 amount) public {
        vm.deal(address(this), held);
        insurance.deposit{value: held}();
        uint256 surplusBefore = insurance.surplus();
        vm.prank(governance);
        try insurance.moveSurplus(amount) {
            assertLe(amount, surplusBefore, "moved more than the surplus");
            assertEq(address(insurance).balance, uint256(held) - amount);
            if (amount > 0) {
                assertGe(address(insurance).balance, params.get(IParameters.Key.InsuranceSurplusThreshold));
            }
        } catch {
            assertGt(amount, surplusBefore, "refused a move within the surplus");
        }
    }
}
