// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IProviderRegistry} from "../../src/interfaces/IProviderRegistry.sol";
import {Protocol} from "../utils/Protocol.sol";

contract ProviderRegistryTest is Protocol {
    address internal provider = makeAddr("provider");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        deployProtocol();
        ankr.mint(provider, 2_000_000 ether);
        vm.prank(provider);
        ankr.approve(address(registry), type(uint256).max);
    }

    function register() internal {
        vm.prank(provider);
        registry.register("Acme Staking", 25_000 ether, capacity(), 3);
    }

    function test_Register_RecordsTheOffer() public {
        vm.expectEmit(address(registry));
        emit IProviderRegistry.ProviderApplied(provider, "Acme Staking", 25_000 ether, capacity(), 3);
        register();
        IProviderRegistry.Provider memory p = registry.getProvider(provider);
        assertEq(uint8(p.status), uint8(IProviderRegistry.Status.Applied));
        assertEq(p.brand, "Acme Staking");
        assertEq(p.price, 25_000 ether);
        assertEq(p.capacity.ramGb, 32);
        assertEq(p.maxNodes, 3);
        assertEq(p.uptimeBps, 10_000);
        assertFalse(registry.isQualified(provider));
    }

    function test_RevertWhen_PriceAboveGovernanceMaximum() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.ProviderPriceTooHigh.selector, 50_001 ether, 50_000 ether
            )
        );
        vm.prank(provider);
        registry.register("Acme", 50_001 ether, capacity(), 1);
    }

    function test_RevertWhen_BrandEmptyOrTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderBadBrand.selector, 0));
        vm.prank(provider);
        registry.register("", 1 ether, capacity(), 1);
        string memory long = "0123456789012345678901234567890123456789012345678901234567890123456789";
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderBadBrand.selector, 70));
        vm.prank(provider);
        registry.register(long, 1 ether, capacity(), 1);
    }

    function test_Qualification_NeedsGovernanceAndPmin() public {
        register();
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderNotGovernance.selector, stranger));
        vm.prank(stranger);
        registry.qualify(provider, IParameters.TrustLevel.Trusted);
        vm.prank(governance);
        registry.qualify(provider, IParameters.TrustLevel.Trusted);
        assertFalse(registry.isQualified(provider), "no collateral yet");
        vm.prank(provider);
        registry.depositCollateral(uint128(PMIN - 1));
        assertFalse(registry.isQualified(provider), "below Pmin");
        vm.prank(provider);
        registry.depositCollateral(1);
        assertTrue(registry.isQualified(provider));
        assertEq(registry.kOf(provider), 0, "trusted k = 0");
    }

    function test_TrustLevels_GiveK() public {
        register();
        vm.startPrank(governance);
        registry.qualify(provider, IParameters.TrustLevel.Untrusted);
        assertEq(registry.kOf(provider), 16 ether);
        registry.setTrustLevel(provider, IParameters.TrustLevel.SemiTrusted);
        assertEq(registry.kOf(provider), 8 ether);
        params.setProviderK(provider, 4 ether);
        assertEq(registry.kOf(provider), 4 ether, "k set per provider");
        vm.stopPrank();
    }

    function test_RevertWhen_CollateralAbovePmax() public {
        register();
        vm.prank(provider);
        registry.depositCollateral(1_000_000 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProviderRegistry.ProviderCollateralAboveMax.selector, 1_000_000 ether + 1, 1_000_000 ether
            )
        );
        vm.prank(provider);
        registry.depositCollateral(1);
    }

    function test_Withdraw_DownToWhatActivePoolsNeed() public {
        register();
        vm.prank(governance);
        registry.qualify(provider, IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        registry.depositCollateral(300_000 ether);
        vm.deal(provider, 1 ether);
        vm.prank(provider);
        pools.openPool(uint40(block.timestamp + 1 days));
        vm.prank(provider);
        pools.openPool(uint40(block.timestamp + 1 days));
        // Two pools need the maximal required amount, Pmin, not twice it (§3.4.3).
        assertEq(registry.requiredCollateral(provider), PMIN);
        vm.prank(provider);
        registry.withdrawCollateral(200_000 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.ProviderCollateralLocked.selector, PMIN - 1, PMIN)
        );
        vm.prank(provider);
        registry.withdrawCollateral(1);
    }

    function test_MaxNodes_LimitsOpenPools() public {
        vm.prank(provider);
        registry.register("Small", 1 ether, capacity(), 1);
        vm.prank(governance);
        registry.qualify(provider, IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        registry.depositCollateral(uint128(PMIN));
        vm.prank(provider);
        pools.openPool(uint40(block.timestamp + 1 days));
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderAtMaxNodes.selector, provider, 1));
        vm.prank(provider);
        pools.openPool(uint40(block.timestamp + 1 days));
    }

    function test_Reputation_ExactParts() public {
        register(); // price 25000 of a 50000 maximum: an offer, not scored
        vm.prank(provider);
        registry.depositCollateral(250_000 ether); // a quarter of Pmax
        (uint256 score, uint256 stakePart, uint256 bidPart, uint256 runPart, uint256 upPart) =
            registry.reputation(provider);
        assertEq(stakePart, 2_500);
        assertEq(bidPart, 0, "no auction won yet");
        assertEq(runPart, 0, "no finished nodes yet");
        assertEq(upPart, 10_000);
        assertEq(score, uint256(2_500 + 0 + 10_000) / 3, "without a bid record the bid part has no weight");

        vm.prank(governance);
        registry.setProtocolContract(address(this), true);
        registry.recordBid(provider, 4_000); // won at 40 % of FP
        registry.recordBid(provider, 6_000); // and at 60 %: an average of 50 %
        (uint256 wins, uint256 average) = registry.bidRecord(provider);
        assertEq(wins, 2);
        assertEq(average, 5_000);
        (,, bidPart,,) = registry.reputation(provider);
        assertEq(bidPart, 5_000);
        registry.recordService(provider, 365 days); // half of the 730-day longest pool
        registry.recordUptime(provider, 9_000);
        (score,,, runPart, upPart) = registry.reputation(provider);
        assertEq(runPart, 5_000);
        assertEq(upPart, 9_000);
        assertEq(score, (2_500 + 5_000 + 5_000 + 9_000) / 4);
        registry.recordFailure(provider);
        (uint256 afterFailure,,,,) = registry.reputation(provider);
        assertEq(afterFailure, score / 2, "each failure divides the score");
    }

    function test_DisqualifyBelowThreshold_ForThePeriod() public {
        register();
        vm.prank(governance);
        registry.qualify(provider, IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        registry.depositCollateral(uint128(PMIN));
        vm.prank(governance);
        registry.setProtocolContract(address(this), true);
        registry.recordBid(provider, 5_000); // one auction won at half its fixed price
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.ProviderScoreAboveThreshold.selector, 4_000, 3_000)
        );
        registry.disqualifyBelowThreshold(provider);

        registry.recordUptime(provider, 0);
        registry.recordFailure(provider); // (1000 + 5000 + 0 + 0) / 4 / 2 = 750
        vm.prank(stranger);
        registry.disqualifyBelowThreshold(provider);
        assertFalse(registry.isQualified(provider));
        assertEq(registry.getProvider(provider).disqualifiedUntil, block.timestamp + 30 days);
        vm.warp(block.timestamp + 30 days);
        assertTrue(registry.isQualified(provider), "qualified again after the period");
    }

    function test_Slash_OnlyByProtocolAndNeverMoreThanHeld() public {
        register();
        vm.prank(provider);
        registry.depositCollateral(1_000 ether);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderNotProtocol.selector, governance));
        vm.prank(governance);
        registry.slashCollateral(provider, 1, governance);
        vm.prank(governance);
        registry.setProtocolContract(address(this), true);
        uint256 slashed = registry.slashCollateral(provider, 5_000 ether, address(insurance));
        assertEq(slashed, 1_000 ether);
        assertEq(registry.getProvider(provider).collateral, 0);
        assertEq(ankr.balanceOf(address(insurance)), 1_000 ether);
    }

    function test_RevertWhen_StrangerUsesGovernanceFunctions() public {
        register();
        vm.startPrank(stranger);
        bytes memory notGov =
            abi.encodeWithSelector(IProviderRegistry.ProviderNotGovernance.selector, stranger);
        vm.expectRevert(notGov);
        registry.setTrustLevel(provider, IParameters.TrustLevel.Trusted);
        vm.expectRevert(notGov);
        registry.revokeQualification(provider);
        vm.expectRevert(notGov);
        registry.disqualify(provider, 1);
        vm.expectRevert(notGov);
        registry.setProtocolContract(stranger, true);
        bytes memory notProtocol =
            abi.encodeWithSelector(IProviderRegistry.ProviderNotProtocol.selector, stranger);
        vm.expectRevert(notProtocol);
        registry.commit(provider);
        vm.expectRevert(notProtocol);
        registry.release(provider);
        vm.expectRevert(notProtocol);
        registry.recordFailure(provider);
        vm.expectRevert(notProtocol);
        registry.recordService(provider, 1);
        vm.expectRevert(notProtocol);
        registry.recordUptime(provider, 1);
        vm.stopPrank();
    }

    /// Only the protocol records won auctions, at most 100 % of the fixed price.
    function test_RecordBid_ProtocolOnly_AtMostTheFixedPrice() public {
        register();
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderNotProtocol.selector, stranger));
        vm.prank(stranger);
        registry.recordBid(provider, 5_000);
        vm.prank(governance);
        registry.setProtocolContract(address(this), true);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderBadBid.selector, 10_001));
        registry.recordBid(provider, 10_001);
        vm.expectEmit(address(registry));
        emit IProviderRegistry.ProviderBidRecorded(provider, 10_000, 1, 10_000);
        registry.recordBid(provider, 10_000);
        vm.expectEmit(address(registry));
        emit IProviderRegistry.ProviderBidRecorded(provider, 0, 2, 5_000);
        registry.recordBid(provider, 0);
    }

    /// Collateral is checkpointed by second: a past second's value never changes, the present's may.
    function test_CollateralAt_ThePastStaysPut() public {
        // Every change after the first deposit is on record, and nothing done now changes a past second.
        register();
        vm.warp(1_000);
        vm.prank(provider);
        registry.depositCollateral(100_000 ether);
        vm.warp(2_000);
        vm.prank(provider);
        registry.depositCollateral(50_000 ether);
        vm.prank(provider);
        registry.withdrawCollateral(30_000 ether);
        vm.warp(3_000);
        vm.prank(governance);
        registry.setProtocolContract(address(this), true);
        registry.slashCollateral(provider, 20_000 ether, address(insurance));
        vm.warp(3_001);
        // The first deposit is not on record (it costs no new storage): earlier times read as after it, which
        // no auction asks for, since bidding needs collateral.
        assertEq(registry.collateralAt(provider, 999), 100_000 ether, "before the first deposit: as after it");
        assertEq(registry.collateralAt(provider, 1_000), 100_000 ether);
        assertEq(registry.collateralAt(provider, 1_999), 100_000 ether);
        assertEq(registry.collateralAt(provider, 2_000), 120_000 ether, "the second's last value");
        assertEq(registry.collateralAt(provider, 3_000), 100_000 ether, "after the slash");
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderFutureLookup.selector, 3_001, 3_001));
        registry.collateralAt(provider, 3_001);
    }

    /// `reputationOver` takes the smaller collateral of the window's two ends and the bid record as it stood
    /// at the window's end.
    function test_ReputationOver_ReadsTheWindow() public {
        register();
        vm.warp(1_000);
        vm.prank(provider);
        registry.depositCollateral(250_000 ether); // a quarter of Pmax
        vm.warp(2_000);
        vm.prank(provider);
        registry.depositCollateral(750_000 ether); // Pmax
        vm.prank(governance);
        registry.setProtocolContract(address(this), true);
        registry.recordBid(provider, 2_000);
        vm.warp(3_000);
        registry.recordBid(provider, 4_000); // an average of 3 000 from now on
        vm.warp(4_000);
        registry.recordBid(provider, 6_000); // 4 000 from now on
        vm.warp(5_000);
        assertEq(
            registry.reputationOver(provider, 1_000, 2_000),
            (2_500 + 0 + 0 + 10_000) / 4,
            "a quarter of Pmax at 1 000; the record changed twice since 2 000: its part counts 0"
        );
        assertEq(registry.reputationOver(provider, 2_000, 3_500), (10_000 + 7_000 + 0 + 10_000) / 4);
        assertEq(registry.reputationOver(provider, 2_000, 4_000), (10_000 + 6_000 + 0 + 10_000) / 4);
        assertEq(
            registry.reputationOver(provider, 2_000, 2_500),
            (10_000 + 0 + 0 + 10_000) / 4,
            "record unknown: 0"
        );
        (uint256 live,,,,) = registry.reputation(provider);
        assertEq(live, (10_000 + 6_000 + 0 + 10_000) / 4);
    }
}
