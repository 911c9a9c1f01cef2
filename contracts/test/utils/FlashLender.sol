// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// What a flash borrower does with the loan; it must have paid it back when it returns.
interface IFlashBorrower {
    function onFlashLoan(uint256 amount) external;
}

/// A fee-free flash lender of one token, like the pools the attacks borrow from: the loan and its
/// repayment happen inside one call, so everything the borrower does lies in one transaction.
contract FlashLender {
    IERC20 public immutable token;

    error FlashLoanNotRepaid(uint256 before, uint256 afterwards);

    constructor(IERC20 token_) {
        token = token_;
    }

    function flashLoan(uint256 amount) external {
        uint256 before = token.balanceOf(address(this));
        require(token.transfer(msg.sender, amount), "transfer");
        IFlashBorrower(msg.sender).onFlashLoan(amount);
        uint256 afterwards = token.balanceOf(address(this));
        if (afterwards < before) revert FlashLoanNotRepaid(before, afterwards);
    }
}

/// An account an attacker contract controls: it calls whatever its owner tells it to.
contract Puppet {
    address public immutable owner;

    constructor() {
        owner = msg.sender;
    }

    function exec(address target, bytes calldata data) external returns (bytes memory result) {
        require(msg.sender == owner, "not owner");
        bool ok;
        (ok, result) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(result, 32), mload(result))
            }
        }
    }

    receive() external payable {}
}
