// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IRewardSink} from "./RewardShares.sol";

/// @title RewardPool
/// @notice The reward pool of §3.4.6. It collects 10 % of every processing fee and of every profit (ANKR),
///         10 % of every micro-pool's staking rewards (ETH), forfeited bonds and insurance surplus, and once
///         every `RewardPeriod` anyone may `distribute` what it holds: `SplitGovernorsBps` (30 %) to the
///         governors by stake, `SplitStakersBps` (40 %) to providers and requesters by the ANKR they
///         stake for rewards, `SplitSidecarStakersBps` (20 %) to ANKR stakers on sidecars, and
///         `SplitDevelopmentBps` (10 %) to the development fund. Each category claims from its own
///         contract in O(1) gas. A category with no stake (or no contract yet) keeps its cut here for
///         the next period; rounding dust stays here too.
/// @dev Conservation: ETH received = ETH distributed + ETH held (plus ETH forced in by selfdestruct).
contract RewardPool {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;

    IParameters public immutable params;
    IERC20 public immutable ankr;

    /// @notice Governors' rewards (the Governance contract).
    IRewardSink public governors;
    /// @notice Providers' and requesters' rewards (their ANKR reward stakes).
    IRewardSink public stakers;
    /// @notice Sidecar stakers' rewards (the NodeRegistry).
    IRewardSink public sidecarStakers;
    /// @notice Where the development share goes.
    address public developmentFund;
    /// @notice When the last distribution ran.
    uint256 public lastDistribution;
    /// @notice ETH received in total.
    uint256 public totalEthReceived;
    /// @notice ETH distributed in total.
    uint256 public totalEthDistributed;
    /// @notice ANKR distributed in total.
    uint256 public totalAnkrDistributed;

    /// @notice The caller is not the governance address.
    error RewardPoolNotGovernance(address caller);
    /// @notice The next distribution is not due yet.
    error RewardPoolNotDue(uint256 dueAt);
    /// @notice An ETH transfer failed.
    error RewardPoolTransferFailed(address to, uint256 amount);

    /// @notice ETH came in.
    event RewardEthReceived(address indexed from, uint256 amount);
    /// @notice Governance named the categories' contracts and the development fund.
    event RewardPoolWired(
        address governors, address stakers, address sidecarStakers, address developmentFund
    );
    /// @notice A category received its cut.
    event RewardCategoryPaid(address indexed sink, uint256 eth, uint256 ankr);
    /// @notice A distribution ran.
    event RewardsDistributed(uint256 period, uint256 eth, uint256 ankr);

    /// @param params_ Parameters (the split and the period) and governance.
    /// @param ankr_ The ANKR token, which arrives by plain transfers.
    constructor(IParameters params_, IERC20 ankr_) {
        params = params_;
        ankr = ankr_;
    }

    /// @notice ETH for the pool.
    receive() external payable {
        totalEthReceived += msg.value;
        emit RewardEthReceived(msg.sender, msg.value);
    }

    /// @notice Name the categories' contracts and the development fund (zero leaves one unpaid for now).
    ///         Governance only.
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

    /// @notice When the next distribution may run.
    function nextDistributionAt() public view returns (uint256) {
        return lastDistribution == 0 ? 0 : lastDistribution + params.get(IParameters.Key.RewardPeriod);
    }

    /// @notice Distribute what the pool holds to the four categories (anyone may call, once a period).
    function distribute() external {
        uint256 due = nextDistributionAt();
        if (block.timestamp < due) revert RewardPoolNotDue(due);
        lastDistribution = block.timestamp;
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
            if (address(sinks[i]) == address(0) || sinks[i].rewardShares() == 0) continue;
            uint256 bps = params.get(keys[i]);
            uint256 ethCut = eth * bps / BPS;
            uint256 ankrCut = ankrHeld * bps / BPS;
            paidEth += ethCut;
            paidAnkr += ankrCut;
            emit RewardCategoryPaid(address(sinks[i]), ethCut, ankrCut);
            if (ankrCut > 0) ankr.safeTransfer(address(sinks[i]), ankrCut);
            sinks[i].notifyReward{value: ethCut}(ankrCut);
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
        totalEthDistributed += paidEth;
        totalAnkrDistributed += paidAnkr;
        emit RewardsDistributed(block.timestamp, paidEth, paidAnkr);
    }

    /// @notice The ANKR the pool holds.
    function ankrBalance() external view returns (uint256) {
        return ankr.balanceOf(address(this));
    }
}
