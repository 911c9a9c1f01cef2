// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title IDepositContract
/// @notice The beacon chain deposit contract interface of the consensus specs (phase0).
interface IDepositContract {
    /// @notice A processed deposit; the fields are little-endian SSZ encodings as the specs define.
    event DepositEvent(
        bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index
    );

    /// @notice Submit a phase0 DepositData object.
    /// @param pubkey A BLS12-381 public key (48 bytes).
    /// @param withdrawal_credentials Commitment to a public key for withdrawals (32 bytes).
    /// @param signature A BLS12-381 signature (96 bytes).
    /// @param deposit_data_root The SHA-256 hash of the SSZ-encoded DepositData object, checked on chain.
    function deposit(
        bytes calldata pubkey,
        bytes calldata withdrawal_credentials,
        bytes calldata signature,
        bytes32 deposit_data_root
    ) external payable;

    /// @notice The current deposit root hash (the Merkle root of all deposits, mixed with their count).
    function get_deposit_root() external view returns (bytes32);

    /// @notice The deposit count, encoded as a little-endian 64-bit number.
    function get_deposit_count() external view returns (bytes memory);
}
