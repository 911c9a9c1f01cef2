// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Protocol} from "../utils/Protocol.sol";

contract MicroPoolFuzzTest is Protocol {
    address internal provider;
    address[3] internal stakers;

    function setUp() public {
        deployProtocol();
        provider = qualifiedProvider("provider", IParameters.TrustLevel.SemiTrusted);
        stakers = [staker("s0"), staker("s1"), staker("s2")];
    }

    /// Any order of stakes and partial unstakes leaves every wei and every ANKR where it belongs.
    function testFuzz_StakeUnstake_Conserves(
        uint256[6] memory amounts,
        uint8[6] memory who,
        bool[6] memory out
    ) public {
        uint256 poolId = openPool(provider, 8 ether);
        for (uint256 i = 0; i < 6; i++) {
            address s = stakers[who[i] % 3];
            uint256 principal = pools.getStake(poolId, s).principal;
            if (out[i] && principal > 0) {
                uint96 amount = uint96(bound(amounts[i], 1, principal));
                vm.prank(s);
                pools.unstake(poolId, amount);
            } else {
                uint256 remaining = 32 ether - pools.getPool(poolId).totalStaked;
                if (remaining == 0) continue;
                uint256 amount = bound(amounts[i], remaining < 0.1 ether ? remaining : 0.1 ether, remaining);
                stakeIn(poolId, s, amount);
            }
        }
        uint256 principals;
        uint256 fees;
        for (uint256 i = 0; i < 3; i++) {
            address s = stakers[i];
            uint256 principal = pools.getStake(poolId, s).principal;
            principals += principal;
            fees += pools.getStake(poolId, s).feePaid;
            assertEq(s.balance + principal, 1_000 ether, "ETH out + ETH staked = ETH held before");
            assertEq(aeth.balanceOf(s), principal, "aETH = principal");
            assertEq(
                ankr.balanceOf(s) + pools.getStake(poolId, s).feePaid, 1_000_000 ether, "fee paid or back"
            );
        }
        assertEq(pools.getPool(poolId).totalStaked, principals + 8 ether);
        assertEq(pools.getPool(poolId).feesCollected, fees);
        assertEq(ankr.balanceOf(address(pools)), fees);
        assertEq(address(pools).balance, principals + 8 ether, "the pool's ETH, and nothing else");
        assertEq(aeth.totalSupply(), principals);
    }

    /// The fee is stake/32 x FP rounded up by less than one wei of ANKR.
    function testFuzz_Fee_IsStakeOver32TimesFP(uint256 amount) public {
        uint256 poolId = openPool(provider, 8 ether);
        amount = bound(amount, 0.1 ether, 24 ether);
        uint256 before = ankr.balanceOf(stakers[0]);
        stakeIn(poolId, stakers[0], amount);
        uint256 fee = before - ankr.balanceOf(stakers[0]);
        assertGe(fee * 32 ether, amount * FP);
        assertLt(fee * 32 ether - amount * FP, 32 ether);
    }

    /// Whatever comes back, the payouts never exceed it plus the compensation, each staker gets at least
    /// its principal unless the loss passes k and insurance, and stakers are paid pro rata.
    function testFuzz_Settlement_NeverPaysMoreThanCameIn(uint256 returned, uint256 held, uint256 split)
        public
    {
        returned = bound(returned, 0, 64 ether);
        held = bound(held, 0, 40 ether);
        vm.deal(address(this), held);
        insurance.deposit{value: held}();
        uint256 poolId = openPool(provider, 8 ether);
        uint256 first = bound(split, 0.1 ether, 23.9 ether);
        stakeIn(poolId, stakers[0], first);
        stakeIn(poolId, stakers[1], 24 ether - first);
        activate(poolId);
        if (returned >= 8 ether) {
            returnAndSettle(poolId, returned);
        } else {
            // Less than an exit's balance: only the failure path settles it.
            vm.deal(pools.vaultOf(poolId), returned);
            vm.startPrank(governance);
            pools.reportFailure(poolId, 0);
            pools.settle(poolId);
            vm.stopPrank();
        }
        uint256 compensation = insurance.totalCompensated();

        uint256 paid0 = rewardsAndPrincipal(poolId, stakers[0]);
        uint256 paid1 = rewardsAndPrincipal(poolId, stakers[1]);
        uint256 providerPaid;
        if (pools.getPool(poolId).providerPayout > 0) {
            vm.prank(provider);
            providerPaid = pools.claimProvider(poolId);
        }
        uint256 cuts = address(rewardPool).balance + (address(insurance).balance + compensation - held);
        // Claims round down one by one, so up to a wei per claimant stays behind; never more goes out.
        assertLe(paid0 + paid1 + providerPaid + cuts, returned + compensation, "paid more than came in");
        assertLe(
            returned + compensation - (paid0 + paid1 + providerPaid + cuts), 3, "more than rounding left"
        );
        assertLe(address(pools).balance, 3, "more than rounding stranded");
        if (returned >= 24 ether || held + returned >= 24 ether) {
            assertGe(paid0, first, "stakers whole while k and insurance last");
            assertGe(paid1, 24 ether - first);
        }
        // Pro rata: the two stakers' payouts per ETH differ only by rounding.
        assertApproxEqAbs(paid0 * (24 ether - first), paid1 * first, 24 ether * 2);
    }

    function rewardsAndPrincipal(uint256 poolId, address who) internal returns (uint256 paid) {
        if (pools.claimable(poolId, who) > 0) paid = claim(poolId, who);
        paid += redeemAll(who);
    }
}
