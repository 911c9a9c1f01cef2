//! The provider daemon's money: what the provider is owed, claimed when worth the gas at the current fee,
//! and its collateral kept at the configured level.

use alloy::{network::TransactionBuilder, primitives::U256, providers::Provider};
use stkr_core::{
    Error,
    bindings::{AnkrToken, ProviderRegistry},
    chain::transport_error,
    claims::{self, worth_claiming},
    provider::CollateralWallet,
    tx::request,
    units::format_amount,
};

use crate::{config::MoneyPolicy, daemon::Daemon};

impl Daemon {
    /// Claim what is worth claiming, then top the collateral up; sentences of what it waits for go to `waiting`.
    pub(crate) async fn money_round(&self, policy: &MoneyPolicy, waiting: &mut Vec<String>) -> Result<(), Error> {
        let me = self.signer.address();
        let owed = claims::gather(&self.chain, &self.contracts, me).await?;
        let min_ankr = policy.claim_min_ankr().map_err(Error::InvalidInput)?;
        // What a claim may cost per gas now: the network's max fee (never above the cap, or it waits anyway).
        let fees =
            self.chain.provider.estimate_eip1559_fees().await.map_err(|e| transport_error(&self.chain.url, &e))?;
        let fee_per_gas = fees.max_fee_per_gas.min(self.max_fee_wei);
        for claim in &owed.items {
            let gas = match self.chain.provider.estimate_gas(claim.request.clone().with_from(me)).await {
                Ok(gas) => gas,
                Err(e) => {
                    waiting.push(format!("claiming {}: {e}", claim.source(None)));
                    continue;
                }
            };
            let fee = U256::from(gas).saturating_mul(U256::from(fee_per_gas));
            let amounts = format!("{} ETH and {} ANKR", format_amount(claim.eth), format_amount(claim.ankr));
            if !worth_claiming(claim, fee, policy.claim_min_fee_multiple_bps(), min_ankr) {
                waiting.push(format!(
                    "{} holds {amounts}: not yet worth the fee of {} ETH",
                    claim.source(None),
                    format_amount(fee)
                ));
                continue;
            }
            if self.dry_run {
                waiting.push(format!("would claim {amounts} from {} (--dry-run)", claim.source(None)));
                continue;
            }
            self.send_capped(format!("claim {amounts} from {}", claim.source(None)), claim.request.clone(), || Ok(()))
                .await?;
            tracing::info!(source = claim.source(None), eth = %format_amount(claim.eth), ankr = %format_amount(claim.ankr), "claimed");
        }
        if let Some(target) = policy.collateral_target().map_err(Error::InvalidInput)? {
            self.keep_collateral(target, waiting).await?;
        }
        Ok(())
    }

    /// Deposit what the collateral lacks of `target`, approving the registry first when needed.
    async fn keep_collateral(&self, target: U256, waiting: &mut Vec<String>) -> Result<(), Error> {
        let me = self.signer.address();
        let wallet = CollateralWallet::read(&self.chain, &self.contracts, me).await?;
        let lacking = target.saturating_sub(wallet.collateral());
        if lacking.is_zero() {
            return Ok(());
        }
        if let Err(e) = wallet.check_deposit(me, lacking) {
            waiting.push(format!(
                "collateral {} ANKR, below the target of {} ANKR: {e}",
                format_amount(wallet.collateral()),
                format_amount(target)
            ));
            return Ok(());
        }
        if self.dry_run {
            waiting.push(format!("would deposit {} ANKR of collateral (--dry-run)", format_amount(lacking)));
            return Ok(());
        }
        let registry = self.contracts.provider_registry;
        if wallet.allowance < lacking {
            let approve = AnkrToken::approveCall { spender: registry, value: lacking };
            self.send_capped(
                format!("approve the provider registry for {} ANKR", format_amount(lacking)),
                request(self.contracts.ankr_token, approve),
                || Ok(()),
            )
            .await?;
        }
        let amount =
            u128::try_from(lacking).map_err(|_| Error::InvalidInput("the collateral target is too large".into()))?;
        let deposit = ProviderRegistry::depositCollateralCall { amount };
        self.send_capped(
            format!("deposit {} ANKR of collateral", format_amount(lacking)),
            request(registry, deposit),
            || Ok(()),
        )
        .await?;
        tracing::info!(deposited = %format_amount(lacking), "collateral topped up to its target");
        Ok(())
    }
}
