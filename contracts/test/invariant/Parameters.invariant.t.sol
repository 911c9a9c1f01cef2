// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Parameters} from "../../src/Parameters.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {ParametersHandler} from "./handlers/ParametersHandler.sol";

/// Whatever sequence of changes is tried, the parameters stay a consistent policy.
contract ParametersInvariantTest is Test {
    Parameters internal params;
    ParametersHandler internal handler;
    address internal governance = makeAddr("governance");

    function setUp() public {
        params = new Parameters(governance);
        handler = new ParametersHandler(params, governance);
        targetContract(address(handler));
    }

    function invariant_EveryValueWithinBounds() public view {
        uint256[] memory values = params.getAll();
        for (uint256 i = 0; i < values.length; ++i) {
            (uint256 min, uint256 max) = params.bounds(IParameters.Key(i));
            assertGe(values[i], min);
            assertLe(values[i], max);
        }
    }

    function invariant_RewardSplitIsWhole() public view {
        assertEq(
            params.get(IParameters.Key.SplitGovernorsBps) + params.get(IParameters.Key.SplitStakersBps)
                + params.get(IParameters.Key.SplitSidecarStakersBps)
                + params.get(IParameters.Key.SplitDevelopmentBps),
            10_000
        );
    }

    function invariant_CollateralBoundsOrdered() public view {
        assertLe(params.get(IParameters.Key.PMin), params.get(IParameters.Key.PMax));
    }

    function invariant_ProfitCutsAtMostWhole() public view {
        assertLe(
            params.get(IParameters.Key.ProfitRewardBps) + params.get(IParameters.Key.ProfitInsuranceBps),
            10_000
        );
    }

    function invariant_UntrustedKAtLeast16Eth() public view {
        assertGe(params.kOf(IParameters.TrustLevel.Untrusted, address(this)), 16 ether);
    }
}
