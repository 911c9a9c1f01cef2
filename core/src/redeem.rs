//! aETH redemption as the rules see it: what an amount of aETH redeems for, whether the reserve pays it
//! now or it waits in the queue, and when a queued ticket is payable — one home for `stkr redeem` and the
//! dashboard.

use alloy::primitives::{Address, U256};

use crate::{
    Error, Result,
    batch::Batch,
    bindings::{AETH, IMicroPool, MicroPool, Multicall3},
    chain::Chain,
    deploy::Contracts,
    units::format_amount,
};

/// The redemption books and a holder's aETH, read in one round trip.
#[derive(Debug, Clone, Copy)]
pub struct RedeemFacts {
    /// The holder.
    pub holder: Address,
    /// Its aETH.
    pub aeth: U256,
    /// All aETH in existence (escrowed queue tickets included).
    pub supply: U256,
    /// Settled principal ready for redemption.
    pub reserve: U256,
    /// Principal lost beyond k and insurance, borne by every aETH alike.
    pub uncovered_loss: U256,
    /// Cumulative aETH queued.
    pub queued: U256,
    /// Cumulative queued aETH paid.
    pub paid: U256,
}

/// How a redemption goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redemption {
    /// Paid now, this much ETH.
    Now(U256),
    /// Queued behind earlier redemptions; worth this much ETH at today's rate.
    Queued(U256),
}

impl Redemption {
    /// What redeeming `aeth` this way does, in one sentence.
    pub fn sentence(self, aeth: U256) -> String {
        match self {
            Self::Now(eth) => format!("Redeeming {} aETH for {} ETH now.", format_amount(aeth), format_amount(eth)),
            Self::Queued(eth) => format!(
                "Settled principal does not cover {} aETH yet: it goes into the queue (worth {} ETH today), paid as pools settle.",
                format_amount(aeth),
                format_amount(eth)
            ),
        }
    }
}

impl RedeemFacts {
    /// Read the books and `holder`'s aETH.
    pub async fn read(chain: &Chain, contracts: &Contracts, holder: Address) -> Result<Self> {
        let mut batch = Batch::new();
        let aeth = batch.add(contracts.aeth, AETH::balanceOfCall { account: holder });
        let supply = batch.add(contracts.aeth, AETH::totalSupplyCall {});
        let books = batch.add(contracts.micro_pool, MicroPool::redemptionBooksCall {});
        let r = batch.run(chain, contracts.multicall3).await?;
        let books = r.get(books)?;
        Ok(Self {
            holder,
            aeth: r.get(aeth)?,
            supply: r.get(supply)?,
            reserve: books.reserve,
            uncovered_loss: books.uncoveredLoss,
            queued: books.queued,
            paid: books.paid,
        })
    }

    /// The ETH `amount` aETH redeems for now (`MicroPool.previewRedeem`): 1:1 unless a loss is open.
    pub fn value_of(&self, amount: U256) -> U256 {
        if self.uncovered_loss.is_zero() || self.supply.is_zero() {
            return amount;
        }
        let charge = (amount * self.uncovered_loss).div_ceil(self.supply);
        amount.saturating_sub(charge.min(self.uncovered_loss))
    }

    /// How much aETH the reserve redeems at today's rate.
    pub fn reserve_in_aeth(&self) -> U256 {
        if self.uncovered_loss.is_zero() {
            return self.reserve;
        }
        let backing = self.supply.saturating_sub(self.uncovered_loss);
        if backing.is_zero() {
            return U256::from(u128::MAX);
        }
        self.reserve * self.supply / backing
    }

    /// aETH queued and not yet paid.
    pub fn waiting(&self) -> U256 {
        self.queued.saturating_sub(self.paid)
    }
}

/// What making up the uncovered loss takes: the loss and the insurance pool's ETH, read in one round trip.
#[derive(Debug, Clone, Copy)]
pub struct CoverFacts {
    /// The uncovered loss aETH carries.
    pub loss: U256,
    /// What the insurance pool holds (it pays first).
    pub insurance: U256,
}

impl CoverFacts {
    /// Read the loss and the insurance pool's balance.
    pub async fn read(chain: &Chain, contracts: &Contracts) -> Result<Self> {
        let mut batch = Batch::new();
        let books = batch.add(contracts.micro_pool, MicroPool::redemptionBooksCall {});
        let insurance =
            batch.add(contracts.multicall3, Multicall3::getEthBalanceCall { account: contracts.insurance_pool });
        let r = batch.run(chain, contracts.multicall3).await?;
        Ok(Self { loss: r.get(books)?.uncoveredLoss, insurance: r.get(insurance)? })
    }
}

/// How `MicroPool.coverLoss` with `sent` ETH goes: (from the insurance pool, from the ETH sent); refused
/// when there is no loss, or nothing to make it up with.
pub fn check_cover(facts: &CoverFacts, sent: U256) -> Result<(U256, U256)> {
    if facts.loss.is_zero() {
        return Err(Error::Simulation("aETH carries no uncovered loss: there is nothing to cover".into()));
    }
    let from_insurance = facts.loss.min(facts.insurance);
    let from_sent = (facts.loss - from_insurance).min(sent);
    if from_insurance.is_zero() && from_sent.is_zero() {
        return Err(Error::InvalidInput(format!(
            "the insurance pool holds nothing, so the {} ETH of loss can only be made up with ETH you send: pass --eth AMOUNT",
            format_amount(facts.loss)
        )));
    }
    Ok((from_insurance, from_sent))
}

/// Refuse a redemption of `amount` (default: all) aETH the holder does not have; else the amount and
/// whether the reserve pays it now (after every redemption already waiting) or it is queued.
pub fn check_redeem(facts: &RedeemFacts, amount: Option<U256>) -> Result<(U256, Redemption)> {
    let holder = facts.holder;
    if facts.aeth.is_zero() {
        return Err(Error::Simulation(format!("{holder} holds no aETH to redeem")));
    }
    let amount = amount.unwrap_or(facts.aeth);
    if amount > facts.aeth {
        return Err(Error::Simulation(format!(
            "{holder} holds only {} aETH, not {} aETH",
            format_amount(facts.aeth),
            format_amount(amount)
        )));
    }
    let value = facts.value_of(amount);
    if facts.reserve_in_aeth() >= facts.waiting() + amount {
        Ok((amount, Redemption::Now(value)))
    } else {
        Ok((amount, Redemption::Queued(value)))
    }
}

/// Refuse paying queue ticket `id` before the reserve covers it and every ticket before it.
pub fn check_ticket(facts: &RedeemFacts, id: u64, ticket: &IMicroPool::Ticket) -> Result<U256> {
    if ticket.owner == Address::ZERO {
        return Err(Error::Simulation(format!("redemption ticket {id} does not exist or was paid already")));
    }
    let covered = facts.reserve_in_aeth() + facts.paid;
    let end = U256::from(ticket.end);
    if covered < end {
        return Err(Error::Simulation(format!(
            "redemption ticket {id} waits for {} ETH more of settled principal; it is paid as pools settle",
            format_amount(end - covered)
        )));
    }
    Ok(facts.value_of(U256::from(ticket.amount)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ETH: u64 = 1_000_000_000_000_000_000;

    fn facts(aeth: u64, supply: u64, reserve: u64, loss: u64, queued: u64, paid: u64) -> RedeemFacts {
        let e = |n: u64| U256::from(n) * U256::from(ETH);
        RedeemFacts {
            holder: Address::repeat_byte(1),
            aeth: e(aeth),
            supply: e(supply),
            reserve: e(reserve),
            uncovered_loss: e(loss),
            queued: e(queued),
            paid: e(paid),
        }
    }

    #[test]
    fn a_covered_redemption_pays_now_one_to_one() {
        let f = facts(4, 24, 24, 0, 0, 0);
        assert_eq!(check_redeem(&f, None).ok(), Some((f.aeth, Redemption::Now(f.aeth))));
    }

    #[test]
    fn a_redemption_behind_the_queue_waits() {
        let f = facts(4, 24, 12, 0, 10, 0);
        let four = U256::from(4u64) * U256::from(ETH);
        assert_eq!(check_redeem(&f, None).ok(), Some((four, Redemption::Queued(four))));
    }

    #[test]
    fn an_open_loss_lowers_every_redemption_alike() {
        // 24 aETH, 12 ETH of it lost: each aETH redeems for half an ETH; 12 ETH of reserve covers all 24.
        let f = facts(4, 24, 12, 12, 0, 0);
        let two = U256::from(2u64) * U256::from(ETH);
        assert_eq!(check_redeem(&f, None).ok(), Some((f.aeth, Redemption::Now(two))));
    }

    #[test]
    fn more_than_held_is_refused() {
        let f = facts(4, 24, 24, 0, 0, 0);
        let err = check_redeem(&f, Some(U256::from(5u64) * U256::from(ETH))).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "the transaction would fail: 0x0101010101010101010101010101010101010101 holds only 4 aETH, not 5 aETH; nothing was sent"
            )
        );
    }
}
