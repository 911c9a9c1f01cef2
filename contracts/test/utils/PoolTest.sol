// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Protocol} from "./Protocol.sol";

/// The cast of the pool tests: a semi-trusted provider (k = 8 ETH) and three stakers, and the full pool they
/// make together.
abstract contract PoolTest is Protocol {
    address internal provider;
    address internal alice;
    address internal bob;
    address internal carol;

    /// Deploy the protocol, qualify the provider and fund the stakers.
    function seatPoolActors() internal {
        deployProtocol();
        provider = qualifiedProvider("provider", IParameters.TrustLevel.SemiTrusted);
        alice = staker("alice");
        bob = staker("bob");
        carol = staker("carol");
    }

    /// A pool of 8 ETH from the provider and 4 + 8 + 12 ETH from three stakers.
    function filledPool() internal returns (uint256 poolId) {
        poolId = openPool(provider, 8 ether);
        stakeIn(poolId, alice, 4 ether);
        stakeIn(poolId, bob, 8 ether);
        stakeIn(poolId, carol, 12 ether);
    }
}
