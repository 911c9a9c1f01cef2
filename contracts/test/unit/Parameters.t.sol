// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Parameters} from "../../src/Parameters.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";

contract ParametersTest is Test {
    Parameters internal params;
    address internal governance = makeAddr("governance");
    address internal stranger = makeAddr("stranger");
    address internal provider = makeAddr("provider");

    function setUp() public {
        params = new Parameters(governance);
    }

    function test_Defaults_FollowTheWhitepaper() public view {
        assertEq(params.get(IParameters.Key.UntrustedK), 16 ether, "untrusted k is 16 ETH");
        assertEq(params.get(IParameters.Key.ServiceFeeRewardBps), 1_000, "10 % of fees to the reward pool");
        assertEq(params.get(IParameters.Key.ProfitRewardBps), 1_000, "10 % of profit to the reward pool");
        assertEq(params.get(IParameters.Key.ProfitInsuranceBps), 1_000, "10 % of profit to insurance");
        assertEq(params.get(IParameters.Key.SplitGovernorsBps), 3_000);
        assertEq(params.get(IParameters.Key.SplitStakersBps), 4_000);
        assertEq(params.get(IParameters.Key.SplitSidecarStakersBps), 2_000);
        assertEq(params.get(IParameters.Key.SplitDevelopmentBps), 1_000);
        assertEq(params.get(IParameters.Key.MissedVotesLimit), 3, "three missed votes");
        assertEq(params.governance(), governance);
    }

    function test_EveryDefault_LiesWithinItsBounds() public view {
        uint256[] memory values = params.getAll();
        assertEq(values.length, params.keyCount());
        for (uint256 i = 0; i < values.length; ++i) {
            (uint256 min, uint256 max) = params.bounds(IParameters.Key(i));
            assertLe(min, values[i], "default below its minimum");
            assertLe(values[i], max, "default above its maximum");
            assertLe(min, max, "inverted bounds");
        }
    }

    function test_Set_ChangesTheValueAndEmits() public {
        vm.expectEmit(address(params));
        emit IParameters.ParameterChanged(IParameters.Key.PMin, 100_000 ether, 200_000 ether);
        vm.prank(governance);
        params.set(IParameters.Key.PMin, 200_000 ether);
        assertEq(params.get(IParameters.Key.PMin), 200_000 ether);
    }

    function test_RevertWhen_SetByStranger() public {
        vm.expectRevert(abi.encodeWithSelector(IParameters.ParametersNotGovernance.selector, stranger));
        vm.prank(stranger);
        params.set(IParameters.Key.PMin, 1 ether);
    }

    function test_RevertWhen_UntrustedKBelow16Eth() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IParameters.ParametersOutOfBounds.selector,
                IParameters.Key.UntrustedK,
                15 ether,
                16 ether,
                32 ether
            )
        );
        vm.prank(governance);
        params.set(IParameters.Key.UntrustedK, 15 ether);
    }

    function test_RevertWhen_PMinAbovePMax() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IParameters.ParametersCollateralBoundsInverted.selector, 2_000_000 ether, 1_000_000 ether
            )
        );
        vm.prank(governance);
        params.set(IParameters.Key.PMin, 2_000_000 ether);
    }

    function test_RevertWhen_PMaxBelowPMin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IParameters.ParametersCollateralBoundsInverted.selector, 100_000 ether, 50_000 ether
            )
        );
        vm.prank(governance);
        params.set(IParameters.Key.PMax, 50_000 ether);
    }

    function test_RevertWhen_ProfitCutsExceedWhole() public {
        vm.startPrank(governance);
        params.set(IParameters.Key.ProfitRewardBps, 5_000);
        params.set(IParameters.Key.ProfitInsuranceBps, 5_000);
        vm.expectRevert(
            abi.encodeWithSelector(
                IParameters.ParametersOutOfBounds.selector, IParameters.Key.ProfitRewardBps, 5_001, 0, 5_000
            )
        );
        params.set(IParameters.Key.ProfitRewardBps, 5_001);
        vm.stopPrank();
    }

    function test_RevertWhen_SplitShareSetAlone() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IParameters.ParametersUseSetRewardSplit.selector, IParameters.Key.SplitGovernorsBps
            )
        );
        vm.prank(governance);
        params.set(IParameters.Key.SplitGovernorsBps, 2_000);
    }

    function test_SetRewardSplit_ChangesAllFour() public {
        vm.expectEmit(address(params));
        emit IParameters.RewardSplitChanged(2_500, 4_500, 2_000, 1_000);
        vm.prank(governance);
        params.setRewardSplit(2_500, 4_500, 2_000, 1_000);
        assertEq(params.get(IParameters.Key.SplitGovernorsBps), 2_500);
        assertEq(params.get(IParameters.Key.SplitStakersBps), 4_500);
    }

    function test_RevertWhen_SplitNotWhole() public {
        vm.expectRevert(abi.encodeWithSelector(IParameters.ParametersSplitNotWhole.selector, 9_999));
        vm.prank(governance);
        params.setRewardSplit(2_999, 4_000, 2_000, 1_000);
    }

    function test_KOf_ByTrustLevelAndOverride() public {
        assertEq(params.kOf(IParameters.TrustLevel.Trusted, provider), 0);
        assertEq(params.kOf(IParameters.TrustLevel.Untrusted, provider), 16 ether);
        assertEq(params.kOf(IParameters.TrustLevel.SemiTrusted, provider), 8 ether);
        vm.prank(governance);
        params.setProviderK(provider, 4 ether);
        assertEq(params.kOf(IParameters.TrustLevel.SemiTrusted, provider), 4 ether);
        vm.prank(governance);
        params.clearProviderK(provider);
        assertEq(params.kOf(IParameters.TrustLevel.SemiTrusted, provider), 8 ether);
    }

    function test_RevertWhen_ProviderKAbove32Eth() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IParameters.ParametersOutOfBounds.selector,
                IParameters.Key.SemiTrustedK,
                33 ether,
                0,
                32 ether
            )
        );
        vm.prank(governance);
        params.setProviderK(provider, 33 ether);
    }

    function test_TransferGovernance_MovesControl() public {
        address next = makeAddr("next");
        vm.prank(governance);
        params.transferGovernance(next);
        assertEq(params.governance(), next);
        vm.expectRevert(abi.encodeWithSelector(IParameters.ParametersNotGovernance.selector, governance));
        vm.prank(governance);
        params.set(IParameters.Key.AuditK, 4);
        vm.prank(next);
        params.set(IParameters.Key.AuditK, 4);
        assertEq(params.get(IParameters.Key.AuditK), 4);
    }

    function test_RevertWhen_GovernanceZero() public {
        vm.expectRevert(IParameters.ParametersZeroAddress.selector);
        new Parameters(address(0));
    }
}
