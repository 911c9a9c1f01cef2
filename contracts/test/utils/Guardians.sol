// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {DepositGuard} from "../../src/DepositGuard.sol";
import {IDepositGuard} from "../../src/interfaces/IDepositGuard.sol";

/// Guardian keys and real EIP-712 attestations for tests that deposit through a `DepositGuard`.
abstract contract Guardians is Test {
    /// The seated guardians' private keys, in the order `seatGuardians` appointed them.
    uint256[] internal guardianKeys;

    /// The private key of test guardian `index` (any index; seated or not).
    function guardianKey(uint256 index) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode("stkr guardian", index))) % SECP256K1_ORDER;
    }

    /// Appoint guardians 0..count-1 as `governance` (each at a made-up URL) and set the quorum.
    function seatGuardians(DepositGuard guard, address governance, uint256 count, uint256 quorum) internal {
        vm.startPrank(governance);
        for (uint256 i = 0; i < count; i++) {
            guardianKeys.push(guardianKey(i));
            guard.addGuardian(vm.addr(guardianKey(i)), string.concat("http://guardian-", vm.toString(i)));
        }
        guard.setQuorum(quorum);
        vm.stopPrank();
    }

    /// The attestation `keys` sign for this deposit at the deposit contract's current root and the
    /// previous block, signatures sorted by signer.
    function attest(
        DepositGuard guard,
        uint256 poolId,
        bytes memory pubkey,
        bytes32 credentials,
        bytes32 depositDataRoot,
        uint256[] memory keys
    ) internal view returns (IDepositGuard.Attestation memory attestation) {
        attestation.depositRoot = guard.depositContract().get_deposit_root();
        attestation.blockNumber = block.number - 1;
        attestation.blockHash = blockhash(block.number - 1);
        attestation.signatures = sign(guard, poolId, pubkey, credentials, depositDataRoot, attestation, keys);
    }

    /// `keys`' signatures over `attestation`'s root and block for this deposit, sorted by signer.
    function sign(
        DepositGuard guard,
        uint256 poolId,
        bytes memory pubkey,
        bytes32 credentials,
        bytes32 depositDataRoot,
        IDepositGuard.Attestation memory attestation,
        uint256[] memory keys
    ) internal view returns (IDepositGuard.Signature[] memory signatures) {
        bytes32 digest = guard.attestationDigest(
            poolId,
            pubkey,
            credentials,
            depositDataRoot,
            attestation.depositRoot,
            attestation.blockNumber,
            attestation.blockHash
        );
        uint256[] memory sorted = sortedByAddress(keys);
        signatures = new IDepositGuard.Signature[](sorted.length);
        for (uint256 i = 0; i < sorted.length; i++) {
            (bytes32 r, bytes32 vs) = vm.signCompact(sorted[i], digest);
            signatures[i] = IDepositGuard.Signature(r, vs);
        }
    }

    /// The first `count` seated guardians' keys.
    function firstGuardians(uint256 count) internal view returns (uint256[] memory keys) {
        keys = new uint256[](count);
        for (uint256 i = 0; i < count; i++) {
            keys[i] = guardianKeys[i];
        }
    }

    function sortedByAddress(uint256[] memory keys) internal pure returns (uint256[] memory sorted) {
        sorted = new uint256[](keys.length);
        for (uint256 i = 0; i < keys.length; i++) {
            uint256 j = i;
            while (j > 0 && vm.addr(sorted[j - 1]) > vm.addr(keys[i])) {
                sorted[j] = sorted[j - 1];
                j--;
            }
            sorted[j] = keys[i];
        }
    }
}
