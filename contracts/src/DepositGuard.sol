// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IDepositContract} from "./interfaces/IDepositContract.sol";
import {IDepositGuard} from "./interfaces/IDepositGuard.sol";

/// @title DepositGuard
/// @notice The guardian committee of `IDepositGuard`: governance appoints guardians and sets the quorum M;
///         `checkDeposit` accepts a validator deposit only with M guardian signatures over the deposit
///         contract's current root, so a deposit for the same pubkey sent in between voids them.
/// @dev Signatures are checked in signer order and counting stops at the quorum, so an attestation pays
///      for M `ecrecover`s at most plus any non-guardian signatures placed before them. A quorum of zero
///      (no committee yet, or every guardian removed) accepts nothing. `checkDeposit` reads the committee
///      from a roster: a data contract whose code is the guardians' addresses in ascending order, rewritten
///      on every appointment and removal, so M signers cost one code read instead of M storage reads.
contract DepositGuard is IDepositGuard, EIP712 {
    /// @inheritdoc IDepositGuard
    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(
        "DepositAttestation(uint256 poolId,bytes pubkey,bytes32 withdrawalCredentials,bytes32 depositDataRoot,bytes32 depositRoot,uint256 blockNumber,bytes32 blockHash)"
    );

    /// @inheritdoc IDepositGuard
    uint256 public constant MAX_ATTESTATION_AGE = 200;

    /// @notice Longest URL a guardian may register: enough for any https endpoint, and it bounds what
    ///         every reader of the committee downloads.
    uint256 public constant MAX_URL_LENGTH = 256;

    /// @dev Half the secp256k1 order: signatures with a larger `s` are malleable and refused (EIP-2).
    uint256 private constant HALF_ORDER = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @dev The most guardians a roster holds within the 24,576-byte code size limit.
    uint256 private constant MAX_GUARDIANS = 1_228; // (24,576 - 1) / 20

    /// @notice The URL is empty or longer than `MAX_URL_LENGTH`.
    error GuardBadUrl(uint256 length);

    IParameters public immutable params;
    IDepositContract public immutable depositContract;

    /// @dev The roster (see above; none while the committee is empty) and the quorum, in one slot.
    address private _roster;
    uint96 private _quorum;
    address[] private _guardians;
    /// @dev A guardian's index in `_guardians` plus one; zero for everyone else.
    mapping(address guardian => uint256 position) private _positionOf;
    mapping(address guardian => string url) private _urlOf;

    modifier onlyGovernance() {
        if (msg.sender != params.governance()) revert GuardNotGovernance(msg.sender);
        _;
    }

    /// @param params_ Parameters, whose governance address appoints the guardians.
    /// @param depositContract_ The beacon deposit contract whose root the guardians attest.
    constructor(IParameters params_, IDepositContract depositContract_) EIP712("stkr DepositGuard", "1") {
        params = params_;
        depositContract = depositContract_;
    }

    /// @inheritdoc IDepositGuard
    function addGuardian(address guardian, string calldata url) external onlyGovernance {
        if (guardian == address(0) || _positionOf[guardian] != 0 || _guardians.length == MAX_GUARDIANS) {
            revert GuardBadGuardian(guardian);
        }
        _checkUrl(url);
        _guardians.push(guardian);
        _positionOf[guardian] = _guardians.length;
        _urlOf[guardian] = url;
        _writeRoster();
        emit GuardianAdded(guardian, url);
    }

    /// @inheritdoc IDepositGuard
    function removeGuardian(address guardian) external onlyGovernance {
        uint256 position = _positionOf[guardian];
        if (position == 0) revert GuardBadGuardian(guardian);
        // Swap and pop: the last guardian takes the removed one's place.
        address last = _guardians[_guardians.length - 1];
        _guardians[position - 1] = last;
        _positionOf[last] = position;
        _guardians.pop();
        delete _positionOf[guardian];
        delete _urlOf[guardian];
        _writeRoster();
        emit GuardianRemoved(guardian);
        if (_quorum > _guardians.length) {
            _quorum = uint96(_guardians.length);
            emit QuorumChanged(_guardians.length);
        }
    }

    /// @inheritdoc IDepositGuard
    function setQuorum(uint256 quorum_) external onlyGovernance {
        if (quorum_ == 0 || quorum_ > _guardians.length) revert GuardBadQuorum(quorum_, _guardians.length);
        // casting to 'uint96' is safe because the quorum is at most the number of guardians
        // forge-lint: disable-next-line(unsafe-typecast)
        _quorum = uint96(quorum_);
        emit QuorumChanged(quorum_);
    }

    /// @inheritdoc IDepositGuard
    function setUrl(string calldata url) external {
        if (_positionOf[msg.sender] == 0) revert GuardNotGuardian(msg.sender);
        _checkUrl(url);
        _urlOf[msg.sender] = url;
        emit GuardianUrlChanged(msg.sender, url);
    }

    /// @inheritdoc IDepositGuard
    function quorum() external view returns (uint256) {
        return _quorum;
    }

    /// @inheritdoc IDepositGuard
    function guardians() external view returns (address[] memory) {
        return _guardians;
    }

    /// @inheritdoc IDepositGuard
    function isGuardian(address account) external view returns (bool) {
        return _positionOf[account] != 0;
    }

    /// @inheritdoc IDepositGuard
    function urlOf(address guardian) external view returns (string memory) {
        return _urlOf[guardian];
    }

    /// @inheritdoc IDepositGuard
    function attestationDigest(
        uint256 poolId,
        bytes calldata pubkey,
        bytes32 withdrawalCredentials,
        bytes32 depositDataRoot,
        bytes32 depositRoot,
        uint256 blockNumber,
        bytes32 blockHash
    ) public view returns (bytes32) {
        bytes32 typeHash = ATTESTATION_TYPEHASH;
        bytes32 structHash;
        // keccak256(abi.encode(ATTESTATION_TYPEHASH, poolId, keccak256(pubkey), ...)) in scratch memory.
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, pubkey.offset, pubkey.length)
            let pubkeyHash := keccak256(m, pubkey.length)
            mstore(m, typeHash)
            mstore(add(m, 0x20), poolId)
            mstore(add(m, 0x40), pubkeyHash)
            mstore(add(m, 0x60), withdrawalCredentials)
            mstore(add(m, 0x80), depositDataRoot)
            mstore(add(m, 0xa0), depositRoot)
            mstore(add(m, 0xc0), blockNumber)
            mstore(add(m, 0xe0), blockHash)
            structHash := keccak256(m, 0x100)
        }
        return _hashTypedDataV4(structHash);
    }

    /// @inheritdoc IDepositGuard
    function checkDeposit(
        uint256 poolId,
        bytes calldata pubkey,
        bytes32 withdrawalCredentials,
        bytes32 depositDataRoot,
        Attestation calldata attestation
    ) external view {
        bytes32 current = depositContract.get_deposit_root();
        if (attestation.depositRoot != current) {
            revert GuardStaleDepositRoot(attestation.depositRoot, current);
        }
        _checkBlock(attestation.blockNumber, attestation.blockHash);
        bytes32 digest = attestationDigest(
            poolId,
            pubkey,
            withdrawalCredentials,
            depositDataRoot,
            attestation.depositRoot,
            attestation.blockNumber,
            attestation.blockHash
        );
        _checkSignatures(digest, attestation.signatures);
    }

    /// @dev The block must be one of the last `MAX_ATTESTATION_AGE` (so `blockhash` still knows it) and
    ///      its hash the one the guardians saw, which pins the attestation to this chain's history.
    function _checkBlock(uint256 blockNumber, bytes32 blockHash) private view {
        if (
            blockNumber >= block.number || block.number - blockNumber > MAX_ATTESTATION_AGE
                || blockHash == bytes32(0) || blockhash(blockNumber) != blockHash
        ) revert GuardBadBlock(blockNumber, blockHash);
    }

    function _checkSignatures(bytes32 digest, Signature[] calldata signatures) private view {
        (address roster, uint256 needed) = (_roster, _quorum);
        if (needed == 0) revert GuardBadQuorum(0, _guardians.length);
        bytes memory members = roster.code;
        uint256 count = members.length / 20;
        // Signers and roster both ascend, so one walk over the roster finds every signer among them.
        uint256 next;
        uint256 valid;
        address previous;
        // Counters below the number of signatures or guardians cannot overflow.
        unchecked {
            for (uint256 i = 0; i < signatures.length; i++) {
                address signer = _recover(digest, signatures[i]);
                // A malformed signature proves nothing; it neither counts nor takes a place in the order.
                if (signer == address(0)) continue;
                if (signer <= previous) revert GuardUnsortedSignatures(signer);
                previous = signer;
                while (next < count) {
                    address member = _memberAt(members, next);
                    if (member > signer) break;
                    next++;
                    if (member == signer) {
                        valid++;
                        if (valid == needed) return;
                        break;
                    }
                }
            }
        }
        revert GuardNotEnoughAttestations(valid, needed);
    }

    /// @dev The signer of an ERC-2098 compact signature, as OpenZeppelin's `ECDSA.tryRecover` finds it, or
    ///      zero where that reports an error (a high `s`, or no signer recovered).
    function _recover(bytes32 digest, Signature calldata signature) private view returns (address signer) {
        bytes32 r = signature.r;
        bytes32 vs = signature.vs;
        uint256 s = uint256(vs) & ((1 << 255) - 1);
        if (s > HALF_ORDER) return address(0);
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, digest)
            mstore(add(m, 0x20), add(shr(255, vs), 27))
            mstore(add(m, 0x40), r)
            mstore(add(m, 0x60), s)
            // The precompile returns nothing when it recovers no signer: the zero stays.
            mstore(0, 0)
            if iszero(staticcall(gas(), 1, m, 0x80, 0, 0x20)) { revert(0, 0) }
            signer := mload(0)
        }
    }

    /// @dev The `index`th address of a roster's code (after its leading zero byte).
    function _memberAt(bytes memory members, uint256 index) private pure returns (address member) {
        assembly ("memory-safe") {
            member := shr(96, mload(add(add(members, 33), mul(index, 20))))
        }
    }

    /// @dev Deploys the roster of the current committee: a zero byte (a call to it stops at once), then the
    ///      guardians' addresses in ascending order. Governance pays for it on every change of the committee.
    function _writeRoster() private {
        address[] memory sorted = _guardians;
        uint256 count = sorted.length;
        if (count == 0) {
            _roster = address(0);
            return;
        }
        for (uint256 i = 1; i < count; i++) {
            address key = sorted[i];
            uint256 j = i;
            for (; j > 0 && sorted[j - 1] > key; j--) {
                sorted[j] = sorted[j - 1];
            }
            sorted[j] = key;
        }
        // Creation code `PUSH2 size, DUP1, PUSH1 10, RETURNDATASIZE, CODECOPY, RETURNDATASIZE, RETURN`
        // returning the 1 + 20 x count bytes that follow it (the zero byte is `new bytes`' own); 12 spare
        // bytes take the last address's spill.
        uint256 size = 1 + 20 * count;
        bytes memory init = new bytes(10 + size + 12);
        address roster;
        assembly ("memory-safe") {
            let start := add(init, 32)
            mstore(start, or(shl(248, 0x61), or(shl(232, size), shl(176, 0x80600a3d393df3))))
            let at := add(start, 11)
            for { let i := 0 } lt(i, count) { i := add(i, 1) } {
                mstore(add(at, mul(i, 20)), shl(96, mload(add(sorted, mul(add(i, 1), 32)))))
            }
            roster := create(0, start, add(10, size))
        }
        // Within the size cap only running out of gas fails a deployment.
        if (roster == address(0)) revert GuardBadGuardian(address(0));
        _roster = roster;
    }

    function _checkUrl(string calldata url) private pure {
        uint256 length = bytes(url).length;
        if (length == 0 || length > MAX_URL_LENGTH) revert GuardBadUrl(length);
    }
}
