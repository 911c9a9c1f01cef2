// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IDepositContract} from "./interfaces/IDepositContract.sol";
import {IDepositGuard} from "./interfaces/IDepositGuard.sol";

/// @title DepositGuard
/// @notice The guardian committee of `IDepositGuard`: governance appoints guardians and sets the quorum M;
///         `checkDeposit` accepts a validator deposit only with M guardian signatures over the deposit
///         contract's current root, so a deposit for the same pubkey sent in between voids them.
/// @dev Signatures are checked in signer order and counting stops at the quorum, so an attestation pays
///      for M `ecrecover`s at most plus any non-guardian signatures placed before them. A quorum of zero
///      (no committee yet, or every guardian removed) accepts nothing.
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

    /// @notice The URL is empty or longer than `MAX_URL_LENGTH`.
    error GuardBadUrl(uint256 length);

    IParameters public immutable params;
    IDepositContract public immutable depositContract;

    /// @inheritdoc IDepositGuard
    uint256 public quorum;
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
        if (guardian == address(0) || _positionOf[guardian] != 0) revert GuardBadGuardian(guardian);
        _checkUrl(url);
        _guardians.push(guardian);
        _positionOf[guardian] = _guardians.length;
        _urlOf[guardian] = url;
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
        emit GuardianRemoved(guardian);
        if (quorum > _guardians.length) {
            quorum = _guardians.length;
            emit QuorumChanged(quorum);
        }
    }

    /// @inheritdoc IDepositGuard
    function setQuorum(uint256 quorum_) external onlyGovernance {
        if (quorum_ == 0 || quorum_ > _guardians.length) revert GuardBadQuorum(quorum_, _guardians.length);
        quorum = quorum_;
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
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    ATTESTATION_TYPEHASH,
                    poolId,
                    keccak256(pubkey),
                    withdrawalCredentials,
                    depositDataRoot,
                    depositRoot,
                    blockNumber,
                    blockHash
                )
            )
        );
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
        uint256 needed = quorum;
        if (needed == 0) revert GuardBadQuorum(0, _guardians.length);
        uint256 valid;
        address previous;
        for (uint256 i = 0; i < signatures.length; i++) {
            (address signer, ECDSA.RecoverError failure,) =
                ECDSA.tryRecover(digest, signatures[i].r, signatures[i].vs);
            // A malformed signature proves nothing; it neither counts nor takes a place in the order.
            if (failure != ECDSA.RecoverError.NoError) continue;
            if (signer <= previous) revert GuardUnsortedSignatures(signer);
            previous = signer;
            if (_positionOf[signer] != 0) {
                valid++;
                if (valid == needed) return;
            }
        }
        revert GuardNotEnoughAttestations(valid, needed);
    }

    function _checkUrl(string calldata url) private pure {
        uint256 length = bytes(url).length;
        if (length == 0 || length > MAX_URL_LENGTH) revert GuardBadUrl(length);
    }
}
