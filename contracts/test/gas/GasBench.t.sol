// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Protocol} from "../utils/Protocol.sol";
import {DepositData} from "../utils/DepositData.sol";
import {IDepositGuard} from "../../src/interfaces/IDepositGuard.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {Marketplace} from "../../src/Marketplace.sol";
import {IRewardSink} from "../../src/RewardShares.sol";
import {IMarketplace} from "../../src/interfaces/IMarketplace.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";

/// Transaction gas of every user operation, recorded into `snapshots/GasBenchTest.json`. Run by
/// `make bench` with `--isolate`, so each call is its own transaction (base cost, calldata, cold storage).
contract GasBenchTest is Protocol {
    address internal provider = makeAddr("bench-provider");

    function setUp() public {
        deployProtocol();
        ankr.mint(provider, PMIN);
        vm.deal(provider, 100 ether);
        vm.prank(provider);
        ankr.approve(address(registry), type(uint256).max);
    }

    function registerAndQualify() internal {
        vm.prank(provider);
        registry.register("Bench Staking", 20_000 ether, capacity(), 8);
        vm.prank(provider);
        registry.depositCollateral(uint128(PMIN));
        vm.prank(governance);
        registry.qualify(provider, IParameters.TrustLevel.SemiTrusted);
    }

    function test_Gas_ProviderOperations() public {
        vm.prank(provider);
        registry.register("Bench Staking", 20_000 ether, capacity(), 8);
        vm.snapshotGasLastCall("provider register (apply)");
        vm.prank(provider);
        registry.depositCollateral(uint128(PMIN));
        vm.snapshotGasLastCall("add collateral");
        vm.prank(governance);
        registry.qualify(provider, IParameters.TrustLevel.SemiTrusted);
        vm.prank(provider);
        pools.openPool{value: 8 ether}(uint40(block.timestamp + 30 days));
        vm.snapshotGasLastCall("open pool");
    }

    function test_Gas_PoolLifecycle() public {
        registerAndQualify();
        uint256 poolId = openPool(provider, 8 ether);
        address alice = staker("alice");
        address bob = staker("bob");
        stakeIn(poolId, alice, 4 ether);
        vm.snapshotGasLastCall("stake ETH (first staker)");
        stakeIn(poolId, bob, 4 ether);
        vm.snapshotGasLastCall("stake ETH (next staker)");
        vm.prank(bob);
        pools.unstake(poolId, 1 ether);
        vm.snapshotGasLastCall("unstake");
        address carol = staker("carol");
        stakeIn(poolId, carol, 17 ether);
        // Three attestations, each checked: the quorum is all three guardians.
        vm.prank(governance);
        guard.setQuorum(3);
        vm.roll(block.number + 1);
        (bytes memory pubkey, bytes memory signature, bytes32 root) = depositOf(poolId);
        IDepositGuard.Attestation memory attestation =
            attest(guard, poolId, pubkey, pools.withdrawalCredentials(poolId), root, firstGuardians(3));
        vm.prank(provider);
        pools.activate(poolId, pubkey, signature, root, attestation);
        // The first deposit the deposit contract ever took (its count and branch written from zero, ~17k)
        // and the first ANKR the reward pool and the provider ever received (two fresh balances, ~34k):
        // no real network's activation pays that; `test_Gas_ActivateNextPool` measures the usual one.
        vm.snapshotGasLastCall("activate (first ever, 3 attestations)");
        vm.warp(block.timestamp + 30 days + pools.EXIT_GRACE());
        address stranger = makeAddr("stranger");
        vm.deal(stranger, 1 ether);
        vm.prank(stranger);
        pools.requestExit{value: 1 ether}(poolId, pubkey);
        vm.snapshotGasLastCall("force exit (EIP-7002)");
        vm.deal(pools.vaultOf(poolId), 33.6 ether);
        vm.prank(stranger);
        pools.settle(poolId);
        vm.snapshotGasLastCall("settle (permissionless)");
        vm.prank(alice);
        pools.claim(poolId);
        vm.snapshotGasLastCall("claim (3 stakers)");
        vm.prank(alice);
        pools.redeem(4 ether);
        vm.snapshotGasLastCall("redeem aETH");
    }

    /// A provider's next pool: the reward pool and the provider already hold ANKR from earlier fees.
    function test_Gas_ActivateNextPool() public {
        registerAndQualify();
        address alice = staker("alice");
        uint256 first = openPool(provider, 8 ether);
        stakeIn(first, alice, 24 ether);
        activate(first);
        uint256 poolId = openPool(provider, 8 ether);
        stakeIn(poolId, alice, 24 ether);
        vm.prank(governance);
        guard.setQuorum(3);
        vm.roll(block.number + 1);
        (bytes memory pubkey, bytes memory signature, bytes32 root) = depositOf(poolId);
        IDepositGuard.Attestation memory attestation =
            attest(guard, poolId, pubkey, pools.withdrawalCredentials(poolId), root, firstGuardians(3));
        vm.prank(provider);
        pools.activate(poolId, pubkey, signature, root, attestation);
        vm.snapshotGasLastCall("activate (3 attestations)");
    }

    function test_Gas_ClaimWith300Stakers() public {
        registerAndQualify();
        vm.prank(governance);
        params.set(IParameters.Key.MinPoolStake, 0.01 ether);
        uint256 poolId = openPool(provider, 8 ether);
        address first = staker("first");
        stakeIn(poolId, first, 0.05 ether);
        for (uint256 i = 0; i < 299; i++) {
            address s = makeAddr(string.concat("s", vm.toString(i)));
            vm.deal(s, 1 ether);
            ankr.mint(s, 1_000 ether);
            vm.prank(s);
            ankr.approve(address(pools), type(uint256).max);
            stakeIn(poolId, s, 0.08 ether);
        }
        address last = staker("last");
        stakeIn(poolId, last, 32 ether - pools.getPool(poolId).totalStaked);
        activate(poolId);
        returnAndSettle(poolId, 33.6 ether);
        vm.prank(first);
        pools.claim(poolId);
        vm.snapshotGasLastCall("claim (301 stakers)");
    }

    function test_Gas_NodesAndSidecars() public {
        registerAndQualify();
        address[] memory sidecars = new address[](5);
        uint256 firstNode;
        for (uint256 i = 0; i < 5; i++) {
            sidecars[i] = makeAddr(string.concat("sidecar", vm.toString(i)));
            vm.prank(provider);
            uint256 nodeId = nodes.registerNode(sidecars[i], "https://node.example:9100", capacity());
            if (i == 0) {
                vm.snapshotGasLastCall("register node");
                firstNode = nodeId;
            }
        }
        // The nodes join the draw in period 1, which fills every counter (all report and are settled);
        // measured is period 2, where the first report also stores the seed and the next ones are the
        // common case, and its settlement in period 3.
        uint256 reportPeriod = params.get(IParameters.Key.ReportPeriod);
        uint256[] memory ids = nodes.activeNodes();
        vm.warp(block.timestamp + reportPeriod);
        nodes.openPeriod();
        vm.roll(block.number + 2);
        for (uint256 i = 0; i < 5; i++) {
            vm.prank(sidecars[i]);
            nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), 0x7);
        }
        vm.warp(block.timestamp + reportPeriod);
        nodes.settleAudits(1, ids);
        nodes.openPeriod();
        vm.snapshotGasLastCall("open period");
        vm.roll(block.number + 2);
        vm.prank(sidecars[0]);
        nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), 0x7);
        vm.snapshotGasLastCall("sidecar report, k = 3 (first of period)");
        vm.prank(sidecars[1]);
        nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), 0x7);
        vm.snapshotGasLastCall("sidecar report, k = 3");
        for (uint256 i = 2; i < 5; i++) {
            vm.prank(sidecars[i]);
            nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), i == 4 ? 0x6 : 0x7);
        }
        vm.warp(block.timestamp + reportPeriod);
        uint256[] memory one = new uint256[](1);
        one[0] = ids[0];
        nodes.settleAudits(2, one);
        vm.snapshotGasLastCall("settle audits, k = 3 (1 node)");
        uint256[] memory rest = new uint256[](4);
        for (uint256 i = 0; i < 4; i++) {
            rest[i] = ids[i + 1];
        }
        nodes.settleAudits(2, rest);
        vm.snapshotGasLastCall("settle audits, k = 3 (4 nodes, one strike)");
        address holder = staker("holder");
        vm.prank(holder);
        ankr.approve(address(nodes), type(uint256).max);
        vm.prank(holder);
        nodes.stakeOnSidecar(firstNode, 1_000 ether);
        vm.snapshotGasLastCall("stake on sidecar");
    }

    function test_Gas_Governance() public {
        address[] memory invited = new address[](3);
        for (uint256 i = 0; i < 3; i++) {
            invited[i] = makeAddr(string.concat("governor", vm.toString(i)));
            ankr.mint(invited[i], 200_000 ether);
        }
        Governance gov = new Governance(
            params, ankr, IDelegatedVotes(address(nodes)), address(insurance), address(rewardPool), invited
        );
        for (uint256 i = 0; i < 3; i++) {
            vm.startPrank(invited[i]);
            ankr.approve(address(gov), type(uint256).max);
            gov.acceptInvitation(100_000 ether);
            vm.stopPrank();
        }
        vm.startPrank(governance);
        nodes.connectElections(gov);
        params.transferGovernance(gov.executor());
        vm.stopPrank();
        vm.warp(block.timestamp + 29 days);
        address hopeful = staker("hopeful");
        vm.startPrank(hopeful);
        ankr.approve(address(gov), type(uint256).max);
        gov.stake(100_000 ether);
        gov.applyAsCandidate();
        vm.snapshotGasLastCall("apply as candidate");
        vm.stopPrank();
        vm.prank(invited[0]);
        uint256 id =
            gov.propose(address(params), abi.encodeCall(params.set, (IParameters.Key.AuditK, 4)), "k = 4");
        vm.snapshotGasLastCall("propose");
        vm.prank(invited[0]);
        gov.vote(id, true);
        vm.snapshotGasLastCall("vote");
        vm.prank(invited[1]);
        gov.vote(id, true);
        vm.prank(invited[2]);
        gov.vote(id, true);
        vm.warp(gov.getProposal(id).eta);
        gov.execute(id);
        vm.snapshotGasLastCall("execute (3 governors)");
        vm.warp(gov.nextElectionAt());
        gov.elect();
        vm.snapshotGasLastCall("elect (transition, 1 candidate)");
    }

    function test_Gas_Marketplace() public {
        registerAndQualify();
        ankr.mint(provider, 1_000_000 ether);
        vm.prank(provider);
        ankr.approve(address(market), type(uint256).max);
        address requester = staker("requester");
        vm.prank(requester);
        ankr.approve(address(market), type(uint256).max);
        IMarketplace.Resources memory need =
            IMarketplace.Resources({cpuCores: 4, ramGb: 16, storageGb: 128, bandwidthMbps: 100});
        market.quote(need, 30);
        vm.snapshotGasLastCall("quote (call)");
        vm.prank(requester);
        uint256 id = market.submit(need, 30);
        vm.snapshotGasLastCall("submit project");
        // Two rival bidders, so the measured reveal walks a list as in a real auction.
        address[2] memory rivals = [makeAddr("rival-1"), makeAddr("rival-2")];
        for (uint256 i = 0; i < 2; i++) {
            address rival =
                qualifiedProvider(string.concat("rival-", vm.toString(i)), IParameters.TrustLevel.Trusted);
            rivals[i] = rival;
            ankr.mint(rival, 1_000_000 ether);
            vm.prank(rival);
            ankr.approve(address(market), type(uint256).max);
            bytes32 sealedBid = market.commitmentOf(id, rival, 900 ether + i * 1 ether, keccak256("rival"));
            vm.prank(rival);
            market.commitBid(id, sealedBid);
        }
        vm.snapshotGasLastCall("sealed bid (topping up the bond)");
        vm.prank(provider);
        market.depositBond(10_000 ether);
        vm.snapshotGasLastCall("deposit bond");
        bytes32 salt = keccak256("salt");
        bytes32 commitment = market.commitmentOf(id, provider, 1_000 ether, salt);
        vm.prank(provider);
        market.commitBid(id, commitment);
        vm.snapshotGasLastCall("sealed bid");
        vm.warp(block.timestamp + 1 days);
        vm.prank(rivals[0]);
        market.revealBid(id, 900 ether, keccak256("rival"));
        vm.snapshotGasLastCall("reveal (first)");
        vm.prank(rivals[1]);
        market.revealBid(id, 901 ether, keccak256("rival"));
        vm.prank(provider);
        market.revealBid(id, 1_000 ether, salt);
        vm.snapshotGasLastCall("reveal");
        vm.warp(block.timestamp + 1 days);
        vm.roll(block.number + 2); // past the draw block
        market.settle(id);
        vm.snapshotGasLastCall("settle auction");
        vm.warp(block.timestamp + 30 days);
        vm.prank(rivals[0]); // the lowest bid won
        market.complete(id, 500 ether);
        vm.snapshotGasLastCall("complete project");
    }

    function rewardClaimWith(uint256 participants) internal returns (uint256) {
        vm.prank(governance);
        rewardPool.wire(IRewardSink(address(0)), stakerRewards, IRewardSink(address(0)), address(0));
        address first = staker("first-reward-staker");
        vm.prank(first);
        ankr.approve(address(stakerRewards), type(uint256).max);
        vm.prank(first);
        stakerRewards.stake(1_000 ether);
        for (uint256 i = 1; i < participants; i++) {
            address s = address(uint160(0x100000 + i));
            ankr.mint(s, 10 ether);
            vm.prank(s);
            ankr.approve(address(stakerRewards), type(uint256).max);
            vm.prank(s);
            stakerRewards.stake(10 ether);
        }
        vm.deal(address(rewardPool), 10 ether);
        ankr.mint(address(rewardPool), 10_000 ether);
        rewardPool.distribute();
        vm.warp(block.timestamp + 3 days); // halfway through the stream
        vm.prank(first);
        stakerRewards.claimRewards();
        return
            vm.snapshotGasLastCall(
                string.concat("reward claim (", vm.toString(participants), " participants)")
            );
    }

    function test_Gas_RewardClaim10() public {
        rewardClaimWith(10);
    }

    function test_Gas_RewardClaim10000() public {
        rewardClaimWith(10_000);
    }

    /// All four categories paid, each of the three staking ones with shares and a stream still running
    /// from the period before.
    function test_Gas_Distribute() public {
        address[] memory invited = new address[](3);
        for (uint256 i = 0; i < 3; i++) {
            invited[i] = makeAddr(string.concat("governor", vm.toString(i)));
            ankr.mint(invited[i], 100_000 ether);
        }
        Governance gov = new Governance(
            params, ankr, IDelegatedVotes(address(nodes)), address(insurance), address(rewardPool), invited
        );
        for (uint256 i = 0; i < 3; i++) {
            vm.startPrank(invited[i]);
            ankr.approve(address(gov), type(uint256).max);
            gov.acceptInvitation(100_000 ether);
            vm.stopPrank();
        }
        registerAndQualify();
        vm.prank(provider);
        uint256 nodeId = nodes.registerNode(makeAddr("bench-sidecar"), "https://node", capacity());
        vm.prank(governance);
        rewardPool.wire(gov, stakerRewards, nodes, makeAddr("dev"));
        address s = staker("s");
        vm.startPrank(s);
        ankr.approve(address(stakerRewards), type(uint256).max);
        stakerRewards.stake(1_000 ether);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(nodeId, 1_000 ether);
        vm.stopPrank();
        vm.deal(address(rewardPool), 10 ether);
        ankr.mint(address(rewardPool), 10_000 ether);
        rewardPool.distribute();
        vm.warp(block.timestamp + 7 days);
        vm.deal(address(rewardPool), 10 ether);
        ankr.mint(address(rewardPool), 10_000 ether);
        rewardPool.distribute();
        vm.snapshotGasLastCall("distribute rewards");
    }
}
