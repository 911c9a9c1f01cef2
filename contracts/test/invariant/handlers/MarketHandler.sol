// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Marketplace} from "../../../src/Marketplace.sol";
import {AnkrToken} from "../../../src/token/AnkrToken.sol";
import {IMarketplace} from "../../../src/interfaces/IMarketplace.sol";

/// Requesters submit, providers bid, reveal, forfeit, settle and complete, and move bonds, in any order.
contract MarketHandler is Test {
    Marketplace internal immutable market;
    AnkrToken internal immutable ankr;
    address internal immutable requester;
    address[] public bidders;
    uint256[] public projects;

    constructor(Marketplace market_, AnkrToken ankr_, address requester_, address[] memory bidders_) {
        market = market_;
        ankr = ankr_;
        requester = requester_;
        bidders = bidders_;
    }

    function bidderCount() external view returns (uint256) {
        return bidders.length;
    }

    function projectCount() external view returns (uint256) {
        return projects.length;
    }

    function submit(uint32 cpu, uint32 days_) external {
        IMarketplace.Resources memory need = IMarketplace.Resources({
            cpuCores: uint32(bound(cpu, 1, 8)), ramGb: 1, storageGb: 1, bandwidthMbps: 0
        });
        vm.prank(requester);
        projects.push(market.submit(need, uint32(bound(days_, 1, 60))));
    }

    function commit(uint256 project, uint256 who, uint256 price) external {
        if (projects.length == 0) return;
        uint256 id = projects[project % projects.length];
        address bidder = bidders[who % bidders.length];
        IMarketplace.Project memory p = market.getProject(id);
        if (p.status != IMarketplace.Status.Bidding || block.timestamp >= p.commitEnd) return;
        if (market.commitmentFor(id, bidder) != 0) return;
        (bool revealed,) = market.revealedBid(id, bidder);
        if (revealed) return;
        bytes32 sealedBid =
            market.commitmentOf(id, bidder, bound(price, 1, p.fixedPrice), bytes32(uint256(1)));
        vm.prank(bidder);
        market.commitBid(id, sealedBid);
        priceOf[id][bidder] = bound(price, 1, p.fixedPrice);
    }

    mapping(uint256 => mapping(address => uint256)) public priceOf;

    function reveal(uint256 project, uint256 who) external {
        if (projects.length == 0) return;
        uint256 id = projects[project % projects.length];
        address bidder = bidders[who % bidders.length];
        IMarketplace.Project memory p = market.getProject(id);
        if (market.commitmentFor(id, bidder) == 0 || p.status != IMarketplace.Status.Bidding) return;
        if (block.timestamp < p.commitEnd) vm.warp(p.commitEnd);
        if (block.timestamp >= p.revealEnd) return;
        vm.prank(bidder);
        market.revealBid(id, priceOf[id][bidder], bytes32(uint256(1)));
    }

    function settle(uint256 project) external {
        if (projects.length == 0) return;
        uint256 id = projects[project % projects.length];
        IMarketplace.Project memory p = market.getProject(id);
        if (p.status != IMarketplace.Status.Bidding) return;
        if (block.timestamp < p.revealEnd) vm.warp(p.revealEnd);
        (uint256 drawBlock,) = market.drawOf(id);
        if (block.number <= drawBlock) vm.roll(drawBlock + 1);
        market.settle(id); // may only arm the draw block; a later call settles
        (drawBlock,) = market.drawOf(id);
        if (block.number <= drawBlock) vm.roll(drawBlock + 1);
    }

    function forfeit(uint256 project, uint256 who) external {
        if (projects.length == 0) return;
        uint256 id = projects[project % projects.length];
        address bidder = bidders[who % bidders.length];
        IMarketplace.Project memory p = market.getProject(id);
        if (market.commitmentFor(id, bidder) == 0 || block.timestamp < p.revealEnd) return;
        market.forfeitBond(id, bidder);
    }

    function complete(uint256 project, uint256 profit) external {
        if (projects.length == 0) return;
        uint256 id = projects[project % projects.length];
        IMarketplace.Project memory p = market.getProject(id);
        if (p.status != IMarketplace.Status.Running) return;
        vm.warp(block.timestamp + uint256(p.durationDays) * 1 days);
        vm.prank(p.provider);
        market.complete(id, bound(profit, 0, 1_000 ether));
    }

    function moveBond(uint256 who, uint256 amount, bool deposit) external {
        address bidder = bidders[who % bidders.length];
        (uint256 free,) = market.bondOf(bidder);
        vm.prank(bidder);
        if (deposit) market.depositBond(bound(amount, 0, 5_000 ether));
        else market.withdrawBond(bound(amount, 0, free));
    }

    function warp(uint256 by) external {
        vm.warp(block.timestamp + bound(by, 0, 2 days));
    }
}
