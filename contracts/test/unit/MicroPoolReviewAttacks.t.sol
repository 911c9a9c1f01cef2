// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IMicroPool} from "../../src/interfaces/IMicroPool.sol";
import {PoolTest} from "../utils/PoolTest.sol";
import {DepositData} from "../utils/DepositData.sol";
import {Eip7002} from "../utils/Eip7002.sol";

/// The attacks an adversarial review of the trustless pools found, each performed against the contracts and
/// shown failing, with exact balances: ETH sent to a vault cannot pass for an exit, newcomers cannot be made
/// to share an old loss, and a sweep without an insurance cut cannot get stuck.
contract MicroPoolReviewAttacksTest is PoolTest {
    address internal attacker = makeAddr("attacker");

    function setUp() public {
        seatPoolActors();
        vm.deal(attacker, 100 ether);
    }

    /// A failed pool returns 12 of its stakers' 24 ETH with an empty insurance pool and governance settles
    /// it: 12 ETH of uncovered loss over 24 aETH (every aETH redeems for 0.5 ETH).
    function openLoss() internal returns (uint256 poolId) {
        poolId = filledPool();
        activate(poolId);
        vm.startPrank(governance);
        pools.reportFailure(poolId, 0);
        vm.deal(pools.vaultOf(poolId), 12 ether);
        pools.settle(poolId);
        vm.stopPrank();
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 12 ether);
        assertEq(loss, 12 ether);
        assertEq(aeth.totalSupply(), 24 ether);
    }

    // ------------------------------------------------------------ ETH sent to a vault is not an exit

    /// After the end time an attacker sends 8 ETH to a running validator's vault and tries to settle it as an
    /// exit (which would book a 24 ETH loss, release the provider's collateral and leave no way to force
    /// the exit). Less than the 32 ETH principal is settled only 90 days after the latest exit request; when the real exit arrives the attacker's 8 ETH are
    /// just rewards: 0.8 ETH insurance, 0.8 ETH reward pool, 0.2 ETH per staked ETH.
    function test_Attack_DonationAfterEnd_CannotPassForAnExit() public {
        uint256 poolId = filledPool();
        activate(poolId);
        uint256 end = pools.getPool(poolId).endTime;
        vm.warp(end);
        address vault = pools.vaultOf(poolId);
        vm.prank(attacker);
        (bool sent,) = vault.call{value: 8 ether}("");
        assertTrue(sent);
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolLossSettlementNotDue.selector, poolId, 8 ether, 0)
        );
        vm.prank(attacker);
        pools.settle(poolId);

        // The provider asks for the exit at its end time; the attacker's own request once anyone may only
        // moves the clock later.
        bytes memory pubkey = DepositData.pubkey(poolId);
        vm.deal(provider, 1 ether);
        vm.prank(provider);
        pools.requestExit{value: 1}(poolId, pubkey);
        vm.warp(end + pools.EXIT_GRACE());
        vm.prank(attacker);
        pools.requestExit{value: 1}(poolId, pubkey);
        assertEq(pools.getPool(poolId).exitRequestedAt, end + pools.EXIT_GRACE());
        uint256 due = end + pools.EXIT_GRACE() + pools.LOSS_SETTLEMENT_DELAY();
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolLossSettlementNotDue.selector, poolId, 8 ether, due)
        );
        vm.prank(attacker);
        pools.settle(poolId);
        assertEq(uint8(pools.getPool(poolId).status), uint8(IMicroPool.Status.Active));
        assertEq(registry.getProvider(provider).activeCommitments, 1, "the collateral stays committed");

        // The real exit arrives: 40 ETH in the vault, no loss, the attacker's 8 ETH shared as rewards.
        vm.deal(vault, vault.balance + 32 ether);
        vm.prank(attacker);
        pools.settle(poolId);
        assertEq(address(insurance).balance, 0.8 ether);
        assertEq(address(rewardPool).balance, 0.8 ether);
        assertEq(pools.getPool(poolId).rewardPerEth, 0.2 ether);
        assertEq(claim(poolId, alice), 0.8 ether);
        assertEq(redeemAll(alice), 4 ether, "aETH redeems 1:1: nothing was lost");
        vm.prank(provider);
        assertEq(pools.claimProvider(poolId), 9.6 ether, "k plus its share of the rewards");
    }

    /// Settling early takes at least the whole principal in the vault: an attacker who sends 32 ETH settles
    /// a running validator without any loss (it gives the 32 ETH away), and the settled pool's validator
    /// can still be exited by anyone, its ETH then swept as rewards.
    function test_Attack_SettledEarly_ItsValidatorCanStillBeExited() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.warp(pools.getPool(poolId).endTime);
        vm.deal(pools.vaultOf(poolId), 32 ether);
        vm.prank(attacker);
        pools.settle(poolId);
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 24 ether);
        assertEq(loss, 0);
        vm.prank(attacker);
        pools.requestExit{value: 1}(poolId, DepositData.pubkey(poolId));
        assertEq(Eip7002.queued(vm), 1, "the settled pool's validator exit is queued");
    }

    /// Ten years of reward skims (9.6 ETH) sit in a long pool's vault at its end time: not an exit. The
    /// provider requests the exit, the 32 ETH arrive, and all 41.6 ETH settle without a loss.
    function test_Attack_AccumulatedSkims_AreNotAnExit() public {
        vm.prank(governance);
        params.set(IParameters.Key.MaxPoolDuration, 3_650 days);
        vm.prank(provider);
        uint256 poolId = pools.openPool{value: 8 ether}(uint40(block.timestamp + 3_650 days));
        stakeIn(poolId, alice, 4 ether);
        stakeIn(poolId, bob, 8 ether);
        stakeIn(poolId, carol, 12 ether);
        activate(poolId);
        uint256 end = pools.getPool(poolId).endTime;
        vm.warp(end);
        address vault = pools.vaultOf(poolId);
        vm.deal(vault, 9.6 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolLossSettlementNotDue.selector, poolId, 9.6 ether, 0)
        );
        vm.prank(attacker);
        pools.settle(poolId);
        vm.deal(provider, 1 ether);
        vm.prank(provider);
        pools.requestExit{value: 1}(poolId, DepositData.pubkey(poolId));
        vm.deal(vault, 41.6 ether);
        vm.prank(attacker);
        pools.settle(poolId);
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 24 ether);
        assertEq(loss, 0);
        assertEq(pools.getPool(poolId).rewardPerEth, 0.24 ether, "9.6 ETH less 20 % over 32 ETH");
    }

    // ------------------------------------------------------------ newcomers never share an old loss

    /// While aETH carries an uncovered loss no stake is taken (new aETH would share a loss its ETH never
    /// risked); once the loss is made up — here 5 ETH from the insurance pool and 7 ETH sent by whoever
    /// closes it — stakes resume and every aETH redeems 1:1 again.
    function test_Attack_StakeAfterLoss_IsRefusedUntilTheLossIsCovered() public {
        openLoss();
        address other = qualifiedProvider("other", IParameters.TrustLevel.SemiTrusted);
        address dave = staker("dave");
        uint256 healthy = openPool(other, 8 ether);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolUncoveredLossOpen.selector, 12 ether));
        vm.prank(dave);
        pools.stake{value: 24 ether}(healthy);
        assertEq(dave.balance, 1_000 ether, "nothing taken");

        vm.deal(address(this), 5 ether);
        insurance.deposit{value: 5 ether}();
        address closer = makeAddr("closer");
        vm.deal(closer, 10 ether);
        vm.prank(closer);
        assertEq(pools.coverLoss{value: 10 ether}(), 12 ether);
        assertEq(closer.balance, 3 ether, "7 ETH used, 3 ETH refunded");
        assertEq(address(insurance).balance, 0);
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 24 ether);
        assertEq(loss, 0);

        stakeIn(healthy, dave, 24 ether);
        activate(healthy);
        returnAndSettle(healthy, 32 ether);
        assertEq(redeemAll(alice), 4 ether);
        assertEq(redeemAll(dave), 24 ether, "Dave's 24 ETH come back whole");
    }

    /// Nothing to cover, or nothing to cover it with: refused, nothing moves.
    function test_CoverLoss_RefusesWhenThereIsNothingToDo() public {
        vm.expectRevert(IMicroPool.PoolZeroAmount.selector);
        pools.coverLoss();
        openLoss();
        vm.expectRevert(IMicroPool.PoolZeroAmount.selector);
        pools.coverLoss();
    }

    // ------------------------------------------------------------ a sweep without an insurance cut

    /// With `ProfitInsuranceBps` at 0 the floors of a late sweep can overshoot what it distributes by a wei;
    /// the rewards per ETH then step back one unit, so the sweep goes through and claims stay covered.
    function test_Attack_LateSweepWithoutInsuranceCut_StillSweeps() public {
        vm.prank(governance);
        params.set(IParameters.Key.ProfitInsuranceBps, 0);
        uint256 poolId = openPool(provider, 8.5 ether);
        stakeIn(poolId, alice, 4 ether);
        stakeIn(poolId, bob, 8 ether);
        stakeIn(poolId, carol, 11.5 ether);
        activate(poolId);
        returnAndSettle(poolId, 33 ether + 35);
        assertEq(pools.getPool(poolId).rewardPerEth, 28_125_000_000_000_001);

        address vault = pools.vaultOf(poolId);
        vm.deal(vault, 0.1 ether + 35);
        vm.prank(attacker);
        pools.settle(poolId);
        assertEq(vault.balance, 0);
        assertEq(pools.getPool(poolId).rewardPerEth, 30_937_500_000_000_001, "one step back from ...002");
        assertEq(claim(poolId, alice), 123_750_000_000_000_004);
    }
}
