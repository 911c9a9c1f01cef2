// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IRewardSink} from "./interfaces/IRewardSink.sol";
import {IRewardPool} from "./interfaces/IRewardPool.sol";

/// @title RewardPool
/// @notice The reward pool of §3.4.6. It collects 10 % of every processing fee and of every profit (ANKR),
///         10 % of every micro-pool's staking rewards (ETH), forfeited bonds and insurance surplus, and once
///         every `RewardPeriod` anyone may `distribute` what it holds: `SplitGovernorsBps` (30 %) to the
///         governors by stake, `SplitStakersBps` (40 %) to providers and requesters by the ANKR they
///         stake for rewards, `SplitSidecarStakersBps` (20 %) to ANKR stakers on sidecars, and
///         `SplitDevelopmentBps` (10 %) to the development fund. Each category's cut streams to its
///         stakes over the next `RewardPeriod` (a stake earns only for the time it is held, so staking
///         around `distribute` earns nothing), and each claims from its own contract in O(1) gas. A category with no contract yet keeps its cut here for
///         the next period; rounding dust stays here too.
/// @dev Conservation: ETH received = ETH distributed + ETH held (plus ETH forced in by selfdestruct).
contract RewardPool is IRewardPool {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;

    IParameters public immutable params;
    IERC20 public immutable ankr;

    /// @inheritdoc IRewardPool
    IRewardSink public governors;
    /// @inheritdoc IRewardPool
    IRewardSink public stakers;
    /// @inheritdoc IRewardPool
    IRewardSink public sidecarStakers;
    /// @inheritdoc IRewardPool
    address public developmentFund;

    /// @dev The distribution's own books in one slot, written once per distribution. 104 and 112 bits hold
    ///      2e13 ETH and 5e15 ANKR distributed in all.
    struct Books {
        uint40 lastDistribution;
        uint104 ethDistributed;
        uint112 ankrDistributed;
    }

    Books private _books;
    /// @inheritdoc IRewardPool
    uint256 public totalEthReceived;

    /// @param params_ Parameters (the split and the period) and governance.
    /// @param ankr_ The ANKR token, which arrives by plain transfers.
    constructor(IParameters params_, IERC20 ankr_) {
        params = params_;
        ankr = ankr_;
    }

    /// @inheritdoc IRewardPool
    receive() external payable {
        totalEthReceived += msg.value;
        emit RewardEthReceived(msg.sender, msg.value);
    }

    /// @inheritdoc IRewardPool
    function wire(
        IRewardSink governors_,
        IRewardSink stakers_,
        IRewardSink sidecarStakers_,
        address developmentFund_
    ) external {
        if (msg.sender != params.governance()) {
            revert RewardPoolNotGovernance(msg.sender);
        }
        governors = governors_;
        stakers = stakers_;
        sidecarStakers = sidecarStakers_;
        developmentFund = developmentFund_;
        emit RewardPoolWired(
            address(governors_), address(stakers_), address(sidecarStakers_), developmentFund_
        );
    }

    /// @inheritdoc IRewardPool
    function nextDistributionAt() public view returns (uint256) {
        uint256 last = _books.lastDistribution;
        return last == 0 ? 0 : last + params.get(IParameters.Key.RewardPeriod);
    }

    /// @inheritdoc IRewardPool
    function distribute() external {
        Books memory books = _books;
        // Each cut streams over the coming period, so only stakes held through it earn it.
        uint256 period = params.get(IParameters.Key.RewardPeriod);
        if (books.lastDistribution != 0 && block.timestamp < books.lastDistribution + period) {
            revert RewardPoolNotDue(books.lastDistribution + period);
        }
        uint256 eth = address(this).balance;
        uint256 ankrHeld = ankr.balanceOf(address(this));
        uint256 paidEth;
        uint256 paidAnkr;
        IRewardSink[3] memory sinks = [governors, stakers, sidecarStakers];
        IParameters.Key[3] memory keys = [
            IParameters.Key.SplitGovernorsBps,
            IParameters.Key.SplitStakersBps,
            IParameters.Key.SplitSidecarStakersBps
        ];
        for (uint256 i = 0; i < 3; ++i) {
            if (address(sinks[i]) == address(0)) continue;
            uint256 bps = params.get(keys[i]);
            uint256 ethCut = eth * bps / BPS;
            uint256 ankrCut = ankrHeld * bps / BPS;
            paidEth += ethCut;
            paidAnkr += ankrCut;
            emit RewardCategoryPaid(address(sinks[i]), ethCut, ankrCut);
            if (ankrCut > 0) ankr.safeTransfer(address(sinks[i]), ankrCut);
            sinks[i].notifyReward{value: ethCut}(ankrCut, period);
        }
        address fund = developmentFund;
        if (fund != address(0)) {
            uint256 bps = params.get(IParameters.Key.SplitDevelopmentBps);
            uint256 ethCut = eth * bps / BPS;
            uint256 ankrCut = ankrHeld * bps / BPS;
            paidEth += ethCut;
            paidAnkr += ankrCut;
            emit RewardCategoryPaid(fund, ethCut, ankrCut);
            if (ankrCut > 0) ankr.safeTransfer(fund, ankrCut);
            if (ethCut > 0) {
                (bool ok,) = fund.call{value: ethCut}("");
                if (!ok) revert RewardPoolTransferFailed(fund, ethCut);
            }
        }
        _books = Books(
            SafeCast.toUint40(block.timestamp),
            SafeCast.toUint104(books.ethDistributed + paidEth),
            SafeCast.toUint112(books.ankrDistributed + paidAnkr)
        );
        emit RewardsDistributed(block.timestamp, paidEth, paidAnkr);
    }

    /// @inheritdoc IRewardPool
    function lastDistribution() external view returns (uint256) {
        return _books.lastDistribution;
    }

    /// @inheritdoc IRewardPool
    function totalEthDistributed() external view returns (uint256) {
        return _books.ethDistributed;
    }

    /// @inheritdoc IRewardPool
    function totalAnkrDistributed() external view returns (uint256) {
        return _books.ankrDistributed;
    }

    /// @inheritdoc IRewardPool
    function ankrBalance() external view returns (uint256) {
        return ankr.balanceOf(address(this));
    }
}
