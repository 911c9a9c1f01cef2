//! `stkr deploy`: deploy the protocol from the embedded bytecode and record it in the data dir.

use std::path::PathBuf;

use clap::Args;
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    deploy::{DeployTarget, Deployment, check_governance_plan, deploy_protocol},
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
///   stkr deploy --network hoodi --rpc-url $HOODI_RPC --account deployer --ankr-token 0x… --single-key-governance
///   stkr deploy --devnet --rpc-url http://127.0.0.1:9545 --account deployer --yes   # a private test chain
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
    /// The chain is a local or private devnet: stkr may create a mintable test ANKR token and a mock
    /// deposit contract there. Needed on a chain id stkr does not know; refused on a public network.
    #[arg(long)]
    devnet: bool,
    /// The ANKR token to use on a network without a real one stkr knows (hoodi, sepolia, a devnet).
    #[arg(long, value_name = "ADDRESS", value_parser = parse_address)]
    ankr_token: Option<alloy::primitives::Address>,
}

fn parse_address(s: &str) -> Result<alloy::primitives::Address, String> {
    stkr_core::input::parse_address(s).map_err(|e| e.to_string())
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
    /// The contracts this run created, in order (the rest, such as a public network's deposit contract
    /// and ANKR token, were already on the chain).
    pub created: Vec<&'static str>,
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
        if !self.already_deployed {
            lines.push(("created", self.created.join(", ")));
        }
        lines.push(("recorded in", self.deployment_file.display().to_string()));
        format!("{}\n{}", style.good(&headline), rows(style, &lines))
    }
}

impl DeployArgs {
    /// Run the deployment.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let Self { governors, single_key_governance, devnet, ankr_token } = self;
        // Look before unlocking: re-running against a deployed chain should not ask for a passphrase.
        let reader = ctx.chain().await?;
        if let Some(existing) = Deployment::load(&ctx.data, reader.chain_id)? {
            if existing.is_live(&reader).await? {
                return Ok(ctx.out.result(&DeployReport {
                    already_deployed: true,
                    rpc_url: reader.url.clone(),
                    deployment_file: Deployment::path(&ctx.data, reader.chain_id),
                    created: Vec::new(),
                    deployment: existing,
                })?);
            }
            ctx.out.warn(format!(
                "the deployment recorded for chain {} is no longer on the chain (it was reset); deploying afresh",
                reader.chain_id
            ));
        }
        let target = DeployTarget::for_chain(reader.chain_id, devnet, ankr_token)?;
        let governed_network = if target.devnet { Some(stkr_core::network::Network::Devnet) } else { target.network };
        check_governance_plan(governed_network, &governors, single_key_governance)?;
        if let Some(network) = target.network.filter(|n| n.spec().deposit_gated) {
            ctx.out.warn(format!(
                "{network}'s deposit contract only takes deposits from holders of its deposit token: pools activate only once stkr's DepositGuard holds that token"
            ));
        }
        let (chain, from) = ctx.signing_chain().await?;
        let tx = ctx.transactor(&chain, from);
        let deployed = deploy_protocol(&tx, &target, &governors).await?;
        let deployment_file = deployed.deployment.save(&ctx.data)?;
        ctx.out.result(&DeployReport {
            already_deployed: false,
            rpc_url: chain.url.clone(),
            deployment_file,
            created: deployed.created,
            deployment: deployed.deployment,
        })?;
        Ok(())
    }
}
