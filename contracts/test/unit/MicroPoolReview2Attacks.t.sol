// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IMicroPool} from "../../src/interfaces/IMicroPool.sol";
import {PoolTest} from "../utils/PoolTest.sol";
import {DepositData} from "../utils/DepositData.sol";
import {Eip7002} from "../utils/Eip7002.sol";

/// The second adversarial review of the pools (after the loss-settlement delay and `coverLoss`): each
/// attack performed and shown failing, with exact balances, and the rules it probed.
contract MicroPoolReview2AttacksTest is PoolTest {
    address internal attacker = makeAddr("attacker");

    function setUp() public {
        seatPoolActors();
        vm.deal(attacker, 100 ether);
    }

    /// An exit request for a pubkey that is not the pool's validator (the beacon chain would ignore it)
    /// cannot start the loss clock: refused. A repeated real request only moves the clock later. 8 ETH sent
    /// to the vault 90 days after the honest request are no exit; the real 32 ETH settle without a loss and
    /// Alice's ticket, queued while the validator ran, is paid in full.
    function test_Attack_BogusPubkeyExitRequest_IsRefused_AndTheClockOnlyMovesLater() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.prank(alice);
        (, uint256 ticket) = pools.redeem(4 ether);
        assertEq(ticket, 1);
        vm.warp(pools.getPool(poolId).endTime + pools.EXIT_GRACE());
        bytes memory bogus = abi.encodePacked(bytes32(uint256(0xbad)), bytes16(0)); // 48 bytes, not the validator
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolWrongPubkey.selector, poolId));
        vm.prank(attacker);
        pools.requestExit{value: 1}(poolId, bogus);
        assertEq(Eip7002.queued(vm), 0, "nothing queued");

        // Bob requests the real exit; the attacker's repeat a day before the delay ends moves the clock on.
        vm.deal(bob, bob.balance + 1);
        vm.prank(bob);
        pools.requestExit{value: 1}(poolId, DepositData.pubkey(poolId));
        uint256 honest = block.timestamp;
        vm.warp(honest + pools.LOSS_SETTLEMENT_DELAY() - 1 days);
        vm.prank(attacker);
        pools.requestExit{value: 1}(poolId, DepositData.pubkey(poolId));
        uint256 clock = block.timestamp;
        assertEq(pools.getPool(poolId).exitRequestedAt, clock);
        vm.warp(honest + pools.LOSS_SETTLEMENT_DELAY());
        address vault = pools.vaultOf(poolId);
        vm.prank(attacker);
        (bool sent,) = vault.call{value: 8 ether}("");
        assertTrue(sent);
        uint256 due = clock + pools.LOSS_SETTLEMENT_DELAY();
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolLossSettlementNotDue.selector, poolId, 8 ether, due)
        );
        vm.prank(attacker);
        pools.settle(poolId);

        // The real exit arrives: 40 ETH, no loss, the ticket paid 1:1.
        vm.deal(vault, vault.balance + 32 ether);
        pools.settle(poolId);
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(loss, 0);
        assertEq(reserve, 24 ether);
        uint256 aliceBefore = alice.balance;
        vm.prank(attacker);
        assertEq(pools.claimRedemption(1), 4 ether);
        assertEq(alice.balance - aliceBefore, 4 ether, "Alice's 4 aETH paid in full");
        assertEq(claim(poolId, alice), 0.8 ether, "and 0.2 ETH per ETH of the attacker's 8 ETH as rewards");
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

    /// ETH sent to close a loss (to let stakes resume) is a gift to aETH's backing, as the README says:
    /// when the failed validator's remaining ETH arrives, the loss is no longer open, so the waterfall
    /// refills the insurance pool with those 12 ETH rather than paying the closer back.
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
