//! `stkr pool activate`: a full pool's 32 ETH deposited as its provider's validator.

use std::path::Path;

use alloy::primitives::U256;
use eyre::Result;
use stkr_core::{
    Error,
    batch::Batch,
    bindings::MicroPool,
    deposit::{check_deposit, parse_deposit_data},
    guardian,
    pool::{check_activate, read_pool},
    receipt::event,
    tx::request,
    units::{AmountView, format_amount},
};

use crate::Context;

/// `stkr pool activate`: the full pool's 32 ETH deposited as the provider's validator, from a deposit
/// data file checked against the pool first.
pub(super) async fn run(ctx: &Context, id: u64, file: &Path, pubkey: Option<&str>) -> Result<()> {
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::InvalidInput(format!("cannot read the deposit data file {name}: {e}")))?;
    let entry = parse_deposit_data(&text, &name, pubkey)?;
    // Check the file against this deployment before asking for a passphrase.
    let (reader, contracts) = ctx.reader().await?;
    check_deposit(&entry, contracts.micro_pool, id, reader.network, &name)?;
    if let Some(network) = reader.network.filter(|n| n.spec().deposit_gated) {
        ctx.out.warn(format!(
            "{network}'s deposit contract only takes deposits from holders of its deposit token: unless stkr's DepositGuard {} holds it, the deposit reverts in simulation and nothing is sent",
            contracts.deposit_guard
        ));
    }
    let session = ctx.session().await?;
    let (chain, from) = (&session.chain, session.from);
    let (pool, now, _) = read_pool(chain, &contracts, id, Batch::new()).await?;
    check_activate(&pool, now, from)?;
    // The guardians check the pubkey was never deposited and the signature verifies, then attest the
    // deposit contract's current root: a deposit landing before ours voids their attestation.
    ctx.out.status(format!("Asking the guardians to attest pool {id}'s deposit."));
    let attestation =
        guardian::collect(chain, &contracts, id, entry.pubkey, entry.signature, entry.deposit_data_root).await?;
    ctx.out.status(format!(
        "Depositing pool {id}'s 32 ETH as validator 0x{} (withdrawal credentials {}, {} guardian attestations); the {} ANKR of fees held are paid out.",
        alloy::hex::encode(entry.pubkey),
        entry.withdrawal_credentials,
        attestation.signatures.len(),
        format_amount(pool.fees_collected)
    ));
    let tx = ctx.transactor(chain, from);
    let call = MicroPool::activateCall {
        poolId: U256::from(id),
        pubkey: entry.pubkey.to_vec().into(),
        signature: entry.signature.to_vec().into(),
        depositDataRoot: entry.deposit_data_root,
        attestation: guardian::for_micro_pool(attestation),
    };
    let Some(receipt) = tx.send(format!("activate pool {id}"), request(contracts.micro_pool, call)).await? else {
        return Ok(());
    };
    let activated = event::<MicroPool::PoolActivated>(&receipt, contracts.micro_pool)?;
    let mut report = super::report::report_after(chain, &contracts, "activate", id, &receipt).await?;
    report.validator_pubkey = Some(activated.pubkey.to_string());
    report.fees_to_reward_pool = Some(AmountView::ankr(activated.feesToRewardPool));
    report.fees_to_provider = Some(AmountView::ankr(activated.feesToProvider));
    report.lines = vec![
        ("activated", format!("pool {id}: 32 ETH deposited")),
        ("validator", activated.pubkey.to_string()),
        ("withdrawal", activated.withdrawalCredentials.to_string()),
        (
            "fees",
            format!(
                "{} ANKR to you, {} ANKR to the reward pool",
                format_amount(activated.feesToProvider),
                format_amount(activated.feesToRewardPool)
            ),
        ),
    ];
    ctx.out.result(&report)?;
    Ok(())
}
