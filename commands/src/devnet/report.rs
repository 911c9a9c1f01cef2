//! `stkr devnet status`: what runs where, and the deployment on it.

use std::path::PathBuf;

use alloy::{primitives::Address, providers::Provider};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    bindings::Governance,
    chain,
    deploy::Deployment,
    devnet::DevnetState,
    network::dev_accounts,
    output::{Render, Style, rows},
};

use super::{DEV_ANKR, beacon, demo, guardians, sidecars};
use crate::Context;

/// The state of the devnet for people and scripts.
#[derive(Debug, Serialize)]
pub(super) struct DevnetStatus {
    /// Whether anvil runs.
    pub running: bool,
    /// True when `up` found a devnet already running and started nothing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub already_running: bool,
    /// The RPC URL.
    pub rpc_url: String,
    /// The chain id.
    pub chain_id: u64,
    /// The current block.
    pub block_number: u64,
    /// The anvil process.
    pub pid: u32,
    /// anvil's log.
    pub log: PathBuf,
    /// The block stkr was deployed in.
    pub deploy_block: Option<u64>,
    /// The contract addresses.
    pub contracts: Option<stkr_core::deploy::Contracts>,
    /// The funded development accounts.
    pub dev_accounts: Vec<Address>,
    /// The seated governors of the devnet's Governance, which holds the protocol.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub governors: Vec<Address>,
    /// The demo actors `up --demo` created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demo: Option<demo::Demo>,
    /// The demo sidecars running.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sidecars: Vec<sidecars::DemoSidecar>,
    /// The demo guardians running.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guardians: Vec<guardians::DemoGuardian>,
    /// The Beacon Node API of the Lodestar dev chain, with `--beacon`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beacon_url: Option<String>,
}

impl Render for DevnetStatus {
    fn render(&self, style: &Style) -> String {
        let headline = if self.already_running {
            "a devnet is already running; `stkr devnet down` stops it".to_string()
        } else {
            "devnet running".to_string()
        };
        let mut lines: Vec<(&str, String)> = vec![
            ("rpc url", self.rpc_url.clone()),
            ("chain id", self.chain_id.to_string()),
            ("block", self.block_number.to_string()),
            ("pid", self.pid.to_string()),
            ("log", self.log.display().to_string()),
        ];
        match &self.contracts {
            Some(contracts) => {
                for (name, address) in contracts.named() {
                    lines.push((name, address.to_string()));
                }
            }
            None => lines.push(("contracts", style.warn("not deployed; run `stkr devnet down` and `stkr devnet up`"))),
        }
        lines.push((
            "dev accounts",
            format!("{} funded with 10000 ETH and {DEV_ANKR} ANKR each", self.dev_accounts.len()),
        ));
        if !self.governors.is_empty() {
            let list = self.governors.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            lines.push(("governors", list));
        }
        if let Some(demo) = &self.demo {
            for p in &demo.providers {
                let text = format!("{} ({}, {} ANKR collateral) {}", p.brand, p.trust, p.collateral_ankr, p.address);
                lines.push(("provider", text));
            }
            for n in &demo.nodes {
                lines.push(("node", format!("#{} of {}, sidecar {} at {}", n.id, n.provider, n.sidecar, n.probe_url)));
            }
            for p in &demo.pools {
                let plural = if p.stakers == 1 { "" } else { "s" };
                let text = format!("#{} {}, {} ETH, {} staker{plural}", p.id, p.status, p.total_eth, p.stakers);
                lines.push(("pool", text));
            }
            for s in &demo.sidecar_stakes {
                lines.push(("sidecar stake", format!("{} ANKR on node {} from {}", s.ankr, s.node, s.staker)));
            }
            let project = &demo.project;
            let text = format!(
                "#{} by {}: {} days for {} ANKR, auction open for sealed bids",
                project.id, project.requester, project.days, project.fixed_price_ankr
            );
            lines.push(("project", text));
        }
        if let Some(url) = &self.beacon_url {
            lines.push((
                "beacon node",
                format!("{url} (Lodestar dev chain, {} interop validators)", beacon::VALIDATORS),
            ));
        }
        for sidecar in &self.sidecars {
            let text = format!(
                "node {} (pid {}): `stkr sidecar status --config {}`",
                sidecar.node_id,
                sidecar.pid,
                sidecar.config.display()
            );
            lines.push(("sidecar", text));
        }
        for guardian in &self.guardians {
            lines.push(("guardian", format!("{} (pid {}) at {}", guardian.address, guardian.pid, guardian.url)));
        }
        format!("{}\n{}", style.good(&headline), rows(style, &lines))
    }
}

pub(super) async fn describe(ctx: &Context, state: &DevnetState) -> Result<DevnetStatus> {
    let chain = chain::connect(&state.rpc_url, None, None).await?;
    let block_number = chain.provider.get_block_number().await.map_err(|e| chain::transport_error(&chain.url, &e))?;
    let deployment = match Deployment::load(&ctx.data, chain.chain_id)? {
        Some(d) if d.is_live(&chain).await? => Some(d),
        _ => None,
    };
    let governors = match deployment.as_ref().and_then(|d| d.contracts.governance) {
        Some(address) => Governance::new(address, &chain.provider)
            .governors()
            .call()
            .await
            .map_err(|e| eyre::eyre!("reading the governors at {address}: {e}"))?,
        None => Vec::new(),
    };
    Ok(DevnetStatus {
        running: true,
        already_running: false,
        rpc_url: state.rpc_url.clone(),
        chain_id: chain.chain_id,
        block_number,
        pid: state.pid,
        log: state.log.clone(),
        deploy_block: deployment.as_ref().map(|d| d.deploy_block),
        contracts: deployment.map(|d| d.contracts),
        dev_accounts: dev_accounts::ADDRESSES.to_vec(),
        governors,
        demo: None,
        sidecars: sidecars::describe(&ctx.data, state),
        guardians: guardians::describe(state),
        beacon_url: state.beacon_url.clone(),
    })
}

pub(super) async fn status(ctx: &Context) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let report = describe(ctx, &state).await?;
    ctx.out.result(&report)?;
    Ok(())
}
