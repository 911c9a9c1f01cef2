// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Protocol} from "../utils/Protocol.sol";
import {MicroPoolHandler} from "./handlers/MicroPoolHandler.sol";

/// Conservation of the staking core under any sequence of opens, stakes, unstakes, activations,
/// settlements (gains, losses, failures), claims, cancellations and insurance funding.
contract MicroPoolInvariantTest is Protocol {
    MicroPoolHandler internal handler;

    function setUp() public {
        deployProtocol();
        address[] memory providers = new address[](2);
        providers[0] = qualifiedProvider("p0", IParameters.TrustLevel.SemiTrusted);
        providers[1] = qualifiedProvider("p1", IParameters.TrustLevel.Untrusted);
        address[] memory stakers = new address[](6);
        for (uint256 i = 0; i < stakers.length; i++) {
            stakers[i] = staker(string.concat("staker", vm.toString(i)));
        }
        handler = new MicroPoolHandler(pools, ankr, insurance, governance, providers, stakers);
        targetContract(address(handler));
    }

    /// aETH in circulation is exactly the staker principal still owed.
    function invariant_AethSupplyIsPrincipalOwed() public view {
        assertEq(aeth.totalSupply(), handler.ghostPrincipal());
    }

    /// The pool contract always holds at least what it owes.
    function invariant_PoolEthCoversWhatItOwes() public view {
        assertGe(address(pools).balance, pools.owedEth());
    }

    /// The insurance pool never goes negative and its books balance.
    function invariant_InsuranceBooksBalance() public view {
        assertEq(
            address(insurance).balance,
            insurance.totalReceived() - insurance.totalCompensated() - insurance.totalMoved()
        );
    }

    /// ETH is conserved: what actors got out plus what the contracts hold (the deposit contract keeps the
    /// validators' 32 ETH; their return is injected separately) equals what came in.
    function invariant_EthConserved() public view {
        uint256 held = address(pools).balance + address(depositContract).balance + address(insurance).balance
            + address(rewardPool).balance;
        assertEq(
            handler.ghostEthOut() + held,
            handler.ghostEthIn() + handler.ghostReturned() + handler.ghostInsuranceFunding()
        );
    }

    /// No actor got out more than the ETH that entered plus what validators returned and insurance held.
    function invariant_NoActorGetsMoreThanCameIn() public view {
        assertLe(
            handler.ghostEthOut(),
            handler.ghostEthIn() + handler.ghostReturned() + handler.ghostInsuranceFunding()
        );
    }

    /// Summed over a whole campaign, pools reach activation, settlement and claims (checked by hand with
    /// `-vv`; the counters are logged at the end of each run).
    function afterInvariant() public {
        emit log_named_uint("activations", handler.activations());
        emit log_named_uint("settlements", handler.settlements());
        emit log_named_uint("claims", handler.claims());
    }
}
