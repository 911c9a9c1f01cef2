// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Parameters} from "../../src/Parameters.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";

contract ParametersFuzzTest is Test {
    Parameters internal params;
    address internal governance = makeAddr("governance");

    function setUp() public {
        params = new Parameters(governance);
    }

    function _isSplit(IParameters.Key key) internal pure returns (bool) {
        return key == IParameters.Key.SplitGovernorsBps || key == IParameters.Key.SplitStakersBps
            || key == IParameters.Key.SplitSidecarStakersBps || key == IParameters.Key.SplitDevelopmentBps;
    }

    /// Whatever governance tries, a stored value never leaves its bounds.
    function testFuzz_Set_NeverLeavesBounds(uint8 rawKey, uint256 value) public {
        IParameters.Key key = IParameters.Key(bound(rawKey, 0, params.keyCount() - 1));
        vm.assume(!_isSplit(key));
        (uint256 min, uint256 max) = params.bounds(key);
        uint256 before = params.get(key);
        vm.prank(governance);
        try params.set(key, value) {
            assertGe(value, min);
            assertLe(value, max);
            assertEq(params.get(key), value);
        } catch {
            assertEq(params.get(key), before, "a refused change left a trace");
        }
        assertGe(params.get(key), min);
        assertLe(params.get(key), max);
        assertLe(params.get(IParameters.Key.PMin), params.get(IParameters.Key.PMax));
    }

    /// Every in-bounds value of a key without cross-constraints is accepted.
    function testFuzz_Set_AcceptsEveryValueInBounds(uint256 value) public {
        (uint256 min, uint256 max) = params.bounds(IParameters.Key.ReportPeriod);
        value = bound(value, min, max);
        vm.prank(governance);
        params.set(IParameters.Key.ReportPeriod, value);
        assertEq(params.get(IParameters.Key.ReportPeriod), value);
    }

    /// Only the governance address changes anything.
    function testFuzz_RevertWhen_NotGovernance(address caller, uint256 value) public {
        vm.assume(caller != governance);
        vm.expectRevert(abi.encodeWithSelector(IParameters.ParametersNotGovernance.selector, caller));
        vm.prank(caller);
        params.set(IParameters.Key.AuditK, value);
    }

    /// The split is accepted exactly when it totals 100 %.
    function testFuzz_SetRewardSplit_OnlyWhole(uint16 a, uint16 b, uint16 c, uint16 d) public {
        uint256 total = uint256(a) + b + c + d;
        vm.prank(governance);
        if (total == 10_000) {
            params.setRewardSplit(a, b, c, d);
            assertEq(params.get(IParameters.Key.SplitDevelopmentBps), d);
        } else {
            vm.expectRevert(abi.encodeWithSelector(IParameters.ParametersSplitNotWhole.selector, total));
            params.setRewardSplit(a, b, c, d);
        }
    }

    /// A whole split built from any three shares is accepted and read back.
    function testFuzz_SetRewardSplit_AnyWholeSplit(uint256 a, uint256 b, uint256 c) public {
        a = bound(a, 0, 10_000);
        b = bound(b, 0, 10_000 - a);
        c = bound(c, 0, 10_000 - a - b);
        uint256 d = 10_000 - a - b - c;
        vm.prank(governance);
        params.setRewardSplit(a, b, c, d);
        assertEq(
            params.get(IParameters.Key.SplitGovernorsBps) + params.get(IParameters.Key.SplitStakersBps)
                + params.get(IParameters.Key.SplitSidecarStakersBps)
                + params.get(IParameters.Key.SplitDevelopmentBps),
            10_000
        );
    }

    /// A provider's own k applies to it alone and only at the semi-trusted level.
    function testFuzz_ProviderK_OnlyForThatProvider(address provider, address other, uint256 k) public {
        vm.assume(provider != address(0) && provider != other);
        k = bound(k, 0, 32 ether);
        vm.prank(governance);
        params.setProviderK(provider, k);
        assertEq(params.kOf(IParameters.TrustLevel.SemiTrusted, provider), k);
        assertEq(params.kOf(IParameters.TrustLevel.SemiTrusted, other), 8 ether);
        assertEq(params.kOf(IParameters.TrustLevel.Untrusted, provider), 16 ether);
        assertEq(params.kOf(IParameters.TrustLevel.Trusted, provider), 0);
    }

    /// Every other governance function rejects every other caller.
    function testFuzz_RevertWhen_NotGovernanceCallsAnything(address caller, address provider) public {
        vm.assume(caller != governance);
        bytes memory notGov = abi.encodeWithSelector(IParameters.ParametersNotGovernance.selector, caller);
        vm.startPrank(caller);
        vm.expectRevert(notGov);
        params.setRewardSplit(2_500, 2_500, 2_500, 2_500);
        vm.expectRevert(notGov);
        params.setProviderK(provider, 1 ether);
        vm.expectRevert(notGov);
        params.clearProviderK(provider);
        vm.expectRevert(notGov);
        params.transferGovernance(caller);
        vm.stopPrank();
    }
}
