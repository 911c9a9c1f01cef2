//! `stkr auction bond`: the bond balance sealed bids lock their bond from.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    batch::Batch,
    bindings::{AnkrToken, Marketplace},
    chain::Chain,
    deploy::Contracts,
    output::{Render, Style, rows},
    receipt::event,
    tx::request,
    units::{AmountView, format_amount},
};

use super::refuse;
use crate::{Context, common::address_or_account, market::send_with_allowance};

/// A bond balance.
#[derive(Debug, Serialize)]
pub(super) struct BondReport {
    /// Whose.
    pub account: Address,
    /// Free to bid with or withdraw.
    pub free: AmountView,
    /// Locked in sealed bids until their reveal.
    pub locked: AmountView,
    /// The account's ANKR outside the bond balance.
    pub ankr_balance: AmountView,
    /// What was just deposited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposited: Option<AmountView>,
    /// What was just withdrawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<AmountView>,
    /// The transaction, when one was sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tx_hash: Option<String>,
}

impl Render for BondReport {
    fn render(&self, style: &Style) -> String {
        let mut out = Vec::new();
        if let Some(amount) = &self.deposited {
            out.push(style.good(&format!("Deposited {amount} into the bond balance.")));
        }
        if let Some(amount) = &self.withdrawn {
            out.push(style.good(&format!("Withdrew {amount} from the bond balance.")));
        }
        let mut lines = vec![
            ("account", self.account.to_string()),
            ("free", self.free.to_string()),
            ("locked in bids", self.locked.to_string()),
            ("ANKR balance", self.ankr_balance.to_string()),
        ];
        if let Some(hash) = &self.tx_hash {
            lines.push(("transaction", hash.clone()));
        }
        out.push(rows(style, &lines));
        out.join("\n")
    }
}

/// A bond balance and the ANKR beside it.
pub(super) struct BondState {
    pub(super) free: U256,
    pub(super) locked: U256,
    pub(super) balance: U256,
    pub(super) allowance: U256,
}

impl BondState {
    pub(super) async fn read(chain: &Chain, contracts: &Contracts, account: Address) -> Result<Self> {
        let mut batch = Batch::new();
        let bonds = batch.add(contracts.marketplace, Marketplace::bondOfCall { bidder: account });
        let balance = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account });
        let allowance = batch
            .add(contracts.ankr_token, AnkrToken::allowanceCall { owner: account, spender: contracts.marketplace });
        let answers = batch.run(chain, contracts.multicall3).await?;
        let bonds = answers.get(bonds)?;
        Ok(Self {
            free: bonds.free,
            locked: bonds.locked,
            balance: answers.get(balance)?,
            allowance: answers.get(allowance)?,
        })
    }

    /// `account`'s balance as `bond show` reports it, with nothing moved.
    pub(super) fn report(&self, account: Address) -> BondReport {
        BondReport {
            account,
            free: AmountView::ankr(self.free),
            locked: AmountView::ankr(self.locked),
            ankr_balance: AmountView::ankr(self.balance),
            deposited: None,
            withdrawn: None,
            tx_hash: None,
        }
    }
}

pub(super) async fn bond_show(ctx: &Context, address: Option<Address>) -> Result<()> {
    let missing = "whose bond balance? pass an ADDRESS or --account NAME (see `stkr account list`)";
    let account = address_or_account(ctx, address, missing)?;
    let (chain, contracts) = ctx.reader().await?;
    ctx.out.result(&BondState::read(&chain, &contracts, account).await?.report(account))?;
    Ok(())
}

pub(super) fn positive(amount: U256, what: &str) -> Result<(), Error> {
    if amount.is_zero() {
        Err(Error::InvalidInput(format!("the amount to {what} must be more than 0 ANKR")))
    } else {
        Ok(())
    }
}

pub(super) async fn bond_deposit(ctx: &Context, amount: U256) -> Result<()> {
    positive(amount, "deposit")?;
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let bond = BondState::read(&chain, &contracts, from).await?;
    if bond.balance < amount {
        return Err(refuse(format!(
            "{from} holds {} ANKR, less than the {} ANKR to deposit",
            format_amount(bond.balance),
            format_amount(amount)
        )));
    }
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::depositBondCall { amount });
    let label = format!("deposit {} ANKR into the bond balance", format_amount(amount));
    let Some(receipt) =
        send_with_allowance(&ctx.out, &tx, &contracts, bond.allowance, amount, label, request, || Ok(())).await?
    else {
        return Ok(());
    };
    let deposited: Marketplace::BondDeposited = event(&receipt, contracts.marketplace)?;
    let mut report = BondState::read(&session.chain, &contracts, from).await?.report(from);
    report.deposited = Some(AmountView::ankr(deposited.amount));
    report.tx_hash = Some(receipt.transaction_hash.to_string());
    ctx.out.result(&report)?;
    Ok(())
}

pub(super) async fn bond_withdraw(ctx: &Context, amount: U256) -> Result<()> {
    positive(amount, "withdraw")?;
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let BondState { free, locked, .. } = BondState::read(&chain, &contracts, from).await?;
    if free < amount {
        return Err(refuse(format!(
            "the bond balance of {from} holds {} ANKR free ({} ANKR locked in sealed bids), less than the {} ANKR \
             to withdraw",
            format_amount(free),
            format_amount(locked),
            format_amount(amount)
        )));
    }
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::withdrawBondCall { amount });
    let label = format!("withdraw {} ANKR from the bond balance", format_amount(amount));
    let Some(receipt) = tx.send(label, request).await? else {
        return Ok(());
    };
    let withdrawn: Marketplace::BondWithdrawn = event(&receipt, contracts.marketplace)?;
    let mut report = BondState::read(&session.chain, &contracts, from).await?.report(from);
    report.withdrawn = Some(AmountView::ankr(withdrawn.amount));
    report.tx_hash = Some(receipt.transaction_hash.to_string());
    ctx.out.result(&report)?;
    Ok(())
}
