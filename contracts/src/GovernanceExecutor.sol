// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title GovernanceExecutor
/// @notice The address through which passed proposals act: Parameters, the registries, MicroPool and aETH
///         take orders from it. It holds nothing; the ANKR governors and candidates stake stays in
///         `Governance`, which no proposal can call as itself, so no proposal can move a stake.
contract GovernanceExecutor {
    /// @notice The Governance contract that created this executor, the only caller.
    address public immutable governance;

    /// @notice The caller is not Governance.
    error ExecutorNotGovernance(address caller);

    constructor() {
        governance = msg.sender;
    }

    /// @notice Run a passed proposal's call. Governance only.
    /// @return ok Whether the call succeeded.
    /// @return result What it returned, or its revert data.
    function run(address target, bytes calldata data) external returns (bool ok, bytes memory result) {
        if (msg.sender != governance) revert ExecutorNotGovernance(msg.sender);
        // The target is whatever the governors voted for; the executor has nothing of its own at stake.
        (ok, result) = target.call(data);
    }
}
