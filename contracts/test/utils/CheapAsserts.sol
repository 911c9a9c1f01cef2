// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";

/// Assertions that call the cheatcode only when they fail. An invariant is checked after every one of a
/// campaign's calls (32,768 at the CI profile), and forge-std's assertions are each a cheatcode call,
/// which costs far more than the comparison itself.
abstract contract CheapAsserts is Test {
    function checkTrue(bool condition, string memory why) internal pure {
        if (!condition) assertTrue(condition, why);
    }

    function checkEq(uint256 left, uint256 right, string memory why) internal pure {
        if (left != right) assertEq(left, right, why);
    }

    function checkLe(uint256 left, uint256 right, string memory why) internal pure {
        if (left > right) assertLe(left, right, why);
    }

    function checkGe(uint256 left, uint256 right, string memory why) internal pure {
        if (left < right) assertGe(left, right, why);
    }
}
