// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Parameters} from "../../../src/Parameters.sol";
import {IParameters} from "../../../src/interfaces/IParameters.sol";

/// Drives governance and strangers through every way of changing parameters.
contract ParametersHandler is Test {
    Parameters internal immutable params;
    address internal immutable governance;

    constructor(Parameters params_, address governance_) {
        params = params_;
        governance = governance_;
    }

    function set(uint8 rawKey, uint256 value, address stranger, bool asGovernance) external {
        IParameters.Key key = IParameters.Key(bound(rawKey, 0, params.keyCount() - 1));
        (uint256 min, uint256 max) = params.bounds(key);
        // Mostly in-bounds values so that changes happen, sometimes anything at all.
        if (value % 4 != 0) value = bound(value, min, max);
        vm.prank(asGovernance ? governance : stranger);
        try params.set(key, value) {} catch {}
    }

    function setRewardSplit(uint16 a, uint16 b, uint16 c, uint16 d) external {
        vm.prank(governance);
        try params.setRewardSplit(a, b, c, d) {} catch {}
    }

    function setProviderK(address provider, uint256 k) external {
        vm.prank(governance);
        try params.setProviderK(provider, k) {} catch {}
    }
}
