// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./interfaces/IParameters.sol";

/// @title RewardPool
/// @notice The reward pool of §3.4.6: it collects 10 % of every processing fee (ANKR) and 10 % of every
///         pool's staking rewards (ETH), and insurance surplus. It keeps what it receives; the periodic
///         30/40/20/10 distribution to governors, stakers, sidecar stakers and development is added with
///         the governance contracts, and until then nothing can leave it.
/// @dev Conservation: ETH balance = totalEthReceived (plus ETH forced in by selfdestruct).
contract RewardPool {
    IParameters public immutable params;
    IERC20 public immutable ankr;

    /// @notice ETH received in total.
    uint256 public totalEthReceived;

    /// @notice ETH came in.
    event RewardEthReceived(address indexed from, uint256 amount);

    /// @param params_ The Parameters contract.
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

    /// @notice The ANKR the pool holds.
    function ankrBalance() external view returns (uint256) {
        return ankr.balanceOf(address(this));
    }
}
