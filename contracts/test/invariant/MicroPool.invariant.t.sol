// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Protocol} from "../utils/Protocol.sol";
import {IMicroPool} from "../../src/interfaces/IMicroPool.sol";
import {MicroPoolHandler} from "./handlers/MicroPoolHandler.sol";
import {Eip7002} from "../utils/Eip7002.sol";

/// Conservation of the staking core under any sequence of opens, stakes, unstakes, top-ups, migrations,
/// activations, forced exits, settlements (gains, losses, failures, late ETH), claims, aETH transfers and
/// redemptions, cancellations and insurance funding.
contract MicroPoolInvariantTest is Protocol {
    MicroPoolHandler internal handler;

    function setUp() public {
        deployProtocol();
        address[] memory providers = new address[](2);
        providers[0] = qualifiedProvider("p0", IParameters.TrustLevel.SemiTrusted);
        providers[1] = qualifiedProvider("p1", IParameters.TrustLevel.Untrusted);
        for (uint256 i = 0; i < providers.length; i++) {
            vm.prank(providers[i]); // room for every pool a run opens
            registry.updateOffer(20_000 ether, capacity(), 1_000);
        }
        address[] memory stakers = new address[](6);
        for (uint256 i = 0; i < stakers.length; i++) {
            stakers[i] = staker(string.concat("staker", vm.toString(i)));
        }
        handler = new MicroPoolHandler(
            pools, ankr, insurance, guard, governance, providers, stakers, firstGuardians(3)
        );
        targetContract(address(handler));
    }

    /// aETH in circulation is exactly the principal not yet redeemed or unstaked.
    function invariant_AethSupplyIsPrincipalNotRedeemed() public view {
        assertEq(aeth.totalSupply(), handler.ghostPrincipal());
    }

    /// Every aETH, queued or not, less the open uncovered loss, is backed exactly by staker ETH in pending
    /// pools, principal at the beacon chain, or the redemption reserve.
    function invariant_AethIsBacked() public view {
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        uint256 backing = reserve;
        for (uint256 id = 1; id <= pools.poolCount(); id++) {
            IMicroPool.Pool memory p = pools.getPool(id);
            if (p.status == IMicroPool.Status.Pending || p.status == IMicroPool.Status.Cancelled) {
                backing += p.totalStaked - p.providerStake;
            } else if (p.status == IMicroPool.Status.Active) {
                backing += 32 ether - p.providerStake;
            }
        }
        assertEq(aeth.totalSupply() - loss, backing);
    }

    /// The pool contract holds at least everything it owes: pending pools, refunds, unclaimed rewards and
    /// provider payouts, and the redemption reserve (from which queued redemptions are paid).
    function invariant_PoolEthCoversWhatItOwes() public view {
        (uint256 owed,,,) = pools.redemptionBooks();
        for (uint256 id = 1; id <= pools.poolCount(); id++) {
            IMicroPool.Pool memory p = pools.getPool(id);
            if (p.status == IMicroPool.Status.Pending || p.status == IMicroPool.Status.Cancelled) {
                owed += p.totalStaked;
            }
            owed += p.providerPayout;
            for (uint256 i = 0; i < 6; i++) {
                owed += pools.claimable(id, handler.stakers(i));
            }
        }
        for (uint256 i = 0; i < 2; i++) {
            owed += pools.refundOf(handler.providers(i));
        }
        assertGe(address(pools).balance, owed);
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
            + address(rewardPool).balance + Eip7002.ADDRESS.balance;
        for (uint256 id = 1; id <= pools.poolCount(); id++) {
            held += pools.vaultOf(id).balance;
        }
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

    /// Each run reaches activations (at least 10 on average), settlements, redemptions, migrations and
    /// exits; the counters are logged at the end of each run (`-vv`).
    function afterInvariant() public {
        emit log_named_uint("activations", handler.activations());
        emit log_named_uint("settlements", handler.settlements());
        emit log_named_uint("redemptions", handler.redemptions());
        emit log_named_uint("migrations", handler.migrations());
        emit log_named_uint("exits", handler.exits());
    }
}
