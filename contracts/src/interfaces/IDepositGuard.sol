// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title IDepositGuard
/// @notice The guardian committee that makes a pool's validator deposit impossible to front-run, after
///         Lido's Deposit Security Module. The beacon chain takes a validator's withdrawal credentials from
///         the *first* deposit for its pubkey, so a provider that deposited 1 ETH for its own key first
///         would receive the pool's 32 ETH on exit. Guardians (M of N, appointed by governance) each check,
///         from the deposit contract's `DepositEvent` logs, that the pubkey was never deposited, then sign
///         an EIP-712 attestation of the deposit contract's root at a recent block. `MicroPool.activate`
///         accepts the deposit only with at least M valid attestations whose root equals the deposit
///         contract's root at that moment: any deposit in between changes the root and voids them.
/// @dev Attestations travel off chain: each guardian's daemon (`stkr guardian run`) serves them over
///      HTTP at the URL it registers here, and `stkr pool activate` fetches them. Nothing is trusted in
///      transit (the contract checks every signature), guardians pay no gas per pool, and an attestation
///      is worthless after the next deposit anyway, so there is nothing worth storing on chain.
interface IDepositGuard {
    /// @notice One guardian's EIP-712 signature in ERC-2098 compact form.
    struct Signature {
        bytes32 r;
        bytes32 vs;
    }

    /// @notice What the guardians attested: the deposit root they saw at block `blockNumber` (whose hash
    ///         is `blockHash`), and their signatures, ordered by signer address, strictly ascending.
    struct Attestation {
        bytes32 depositRoot;
        uint256 blockNumber;
        bytes32 blockHash;
        Signature[] signatures;
    }

    /// @notice The caller is not the governance address.
    error GuardNotGovernance(address caller);

    /// @notice The address is zero, already a guardian, or (on removal) not one; or the committee is full.
    error GuardBadGuardian(address guardian);

    /// @notice The quorum is zero or larger than the committee.
    error GuardBadQuorum(uint256 quorum, uint256 guardians);

    /// @notice The caller is not a guardian.
    error GuardNotGuardian(address caller);

    /// @notice A deposit happened since the guardians attested: the deposit contract's root moved on.
    error GuardStaleDepositRoot(bytes32 attested, bytes32 current);

    /// @notice The attested block is unknown, in the future, older than the maximum age, or its hash
    ///         does not match.
    error GuardBadBlock(uint256 blockNumber, bytes32 blockHash);

    /// @notice Fewer valid guardian signatures than the quorum.
    error GuardNotEnoughAttestations(uint256 valid, uint256 quorum);

    /// @notice The signatures are not ordered by signer (each signer at most once).
    error GuardUnsortedSignatures(address signer);

    /// @notice A guardian was appointed.
    event GuardianAdded(address indexed guardian, string url);

    /// @notice A guardian was removed.
    event GuardianRemoved(address indexed guardian);

    /// @notice A guardian changed the URL its daemon serves attestations at.
    event GuardianUrlChanged(address indexed guardian, string url);

    /// @notice The number of attestations a deposit needs changed.
    event QuorumChanged(uint256 quorum);

    /// @notice The EIP-712 type of an attestation.
    /// @return The type string's hash.
    function ATTESTATION_TYPEHASH() external view returns (bytes32);

    /// @notice How many blocks old an attestation's block may be (within `blockhash`'s 256).
    /// @return The maximum age in blocks.
    function MAX_ATTESTATION_AGE() external view returns (uint256);

    /// @notice Appoint `guardian`, whose daemon serves attestations at `url`. Governance only.
    /// @param guardian The guardian's signing address.
    /// @param url Where its `stkr guardian run` serves attestations (https in production).
    function addGuardian(address guardian, string calldata url) external;

    /// @notice Remove `guardian`; the quorum shrinks with the committee if it would exceed it.
    ///         Governance only.
    /// @param guardian The guardian to remove.
    function removeGuardian(address guardian) external;

    /// @notice Set how many attestations a deposit needs (M of N). Governance only.
    /// @param quorum M, between 1 and the number of guardians.
    function setQuorum(uint256 quorum) external;

    /// @notice A guardian moves its daemon to `url`.
    /// @param url The new URL.
    function setUrl(string calldata url) external;

    /// @notice The guardians, in the order they were appointed.
    /// @return The guardians' addresses.
    function guardians() external view returns (address[] memory);

    /// @notice Whether `account` is a guardian.
    /// @param account The address to check.
    /// @return True for a guardian.
    function isGuardian(address account) external view returns (bool);

    /// @notice Where `guardian`'s daemon serves attestations.
    /// @param guardian The guardian.
    /// @return Its URL.
    function urlOf(address guardian) external view returns (string memory);

    /// @notice How many attestations a deposit needs.
    /// @return M.
    function quorum() external view returns (uint256);

    /// @notice The EIP-712 digest a guardian signs for a deposit.
    /// @param poolId The pool whose validator is deposited.
    /// @param pubkey The validator's BLS pubkey (48 bytes).
    /// @param withdrawalCredentials The credentials the deposit carries (the pool's vault, 0x01).
    /// @param depositDataRoot The deposit's `deposit_data_root`, which binds its amount and signature: a
    ///        guardian attests only a deposit whose BLS signature it verified, so none is burned.
    /// @param depositRoot The deposit contract's root the guardian saw.
    /// @param blockNumber The block at which it saw it.
    /// @param blockHash That block's hash.
    /// @return The digest to sign.
    function attestationDigest(
        uint256 poolId,
        bytes calldata pubkey,
        bytes32 withdrawalCredentials,
        bytes32 depositDataRoot,
        bytes32 depositRoot,
        uint256 blockNumber,
        bytes32 blockHash
    ) external view returns (bytes32);

    /// @notice Revert unless `attestation` carries at least the quorum of valid guardian signatures for
    ///         this deposit, its root is the deposit contract's current root, and its block is recent.
    /// @param poolId The pool whose validator is deposited.
    /// @param pubkey The validator's BLS pubkey.
    /// @param withdrawalCredentials The credentials the deposit carries.
    /// @param depositDataRoot The deposit's `deposit_data_root`.
    /// @param attestation The guardians' attestation.
    function checkDeposit(
        uint256 poolId,
        bytes calldata pubkey,
        bytes32 withdrawalCredentials,
        bytes32 depositDataRoot,
        Attestation calldata attestation
    ) external view;
}
