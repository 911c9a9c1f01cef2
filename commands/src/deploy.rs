//! `stkr deploy`: deploy the protocol from the embedded bytecode and record it in the data dir.

use std::path::PathBuf;

use clap::Args;
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    deploy::{Deployment, check_governance_plan, deploy_protocol},
    output::{Render, Style, rows},
};

use crate::Context;

/// Deploy the stkr contracts to the chain at --rpc-url, signed by --account.
///
/// Contracts go out in dependency order; every step is simulated first, and you confirm once.
/// Re-running against a chain that already has stkr says so and sends nothing.
///
/// Without --governor the deployer's one key governs everything for good: on any chain but the devnet
/// that takes --single-key-governance.
///
/// Examples:
///   stkr deploy --rpc-url $RPC --account deployer --governor 0xA… --governor 0xB… --governor 0xC…
///   stkr deploy --network holesky --rpc-url $HOLESKY_RPC --account deployer --yes --single-key-governance
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DeployArgs {
    /// Also deploy Governance with these n + 1 invited governors (repeat the flag; 3 for n = 2). The
    /// deployer keeps governance until they have joined and it is handed over.
    #[arg(long = "governor", value_name = "ADDRESS")]
    governors: Vec<alloy::primitives::Address>,
    /// Deploy without Governance on a public chain: the deployer's one key then governs everything for
    /// good (the devnet needs no flag).
    #[arg(long)]
    single_key_governance: bool,
}

/// What `stkr deploy` did.
#[derive(Debug, Serialize)]
pub struct DeployReport {
    /// True when stkr was already on the chain and nothing was sent.
    pub already_deployed: bool,
    /// The endpoint used.
    pub rpc_url: String,
    /// Where the deployment is recorded.
    pub deployment_file: PathBuf,
    /// The deployment.
    #[serde(flatten)]
    pub deployment: Deployment,
}

impl Render for DeployReport {
    fn render(&self, style: &Style) -> String {
        let headline = if self.already_deployed {
            format!("stkr is already deployed on chain {}; nothing was sent", self.deployment.chain_id)
        } else {
            format!("stkr deployed on chain {}", self.deployment.chain_id)
        };
        let mut lines: Vec<(&str, String)> = vec![
            ("chain id", self.deployment.chain_id.to_string()),
            ("deploy block", self.deployment.deploy_block.to_string()),
            ("deployer", self.deployment.deployer.to_string()),
        ];
        for (name, address) in self.deployment.contracts.named() {
            lines.push((name, address.to_string()));
        }
        lines.push(("recorded in", self.deployment_file.display().to_string()));
        format!("{}\n{}", style.good(&headline), rows(style, &lines))
    }
}

impl DeployArgs {
    /// Run the deployment.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let Self { governors, single_key_governance } = self;
        // Look before unlocking: re-running against a deployed chain should not ask for a passphrase.
        let reader = ctx.chain().await?;
        if let Some(existing) = Deployment::load(&ctx.data, reader.chain_id)? {
            if existing.is_live(&reader).await? {
                return Ok(ctx.out.result(&DeployReport {
                    already_deployed: true,
                    rpc_url: reader.url.clone(),
                    deployment_file: Deployment::path(&ctx.data, reader.chain_id),
                    deployment: existing,
                })?);
            }
            ctx.out.warn(format!(
                "the deployment recorded for chain {} is no longer on the chain (it was reset); deploying afresh",
                reader.chain_id
            ));
        }
        check_governance_plan(ctx.network.or(reader.network), &governors, single_key_governance)?;
        let (chain, from) = ctx.signing_chain().await?;
        let tx = ctx.transactor(&chain, from);
        let deployment = deploy_protocol(&tx, ctx.network.or(chain.network), &governors).await?;
        let deployment_file = deployment.save(&ctx.data)?;
        ctx.out.result(&DeployReport {
            already_deployed: false,
            rpc_url: chain.url.clone(),
            deployment_file,
            deployment,
        })?;
        Ok(())
    }
}
