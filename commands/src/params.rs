//! `stkr params`: the governance parameters as deployed, read in one batched call.

use alloy::primitives::{Address, U256};
use clap::Args;
use eyre::{Result, bail};
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::Parameters,
    output::{Render, Style},
    params::{PARAMS, Unit, display_value, index_of},
};

use crate::Context;

/// Show the governance parameters of the deployed protocol, with their bounds.
///
/// Examples:
///   stkr params
///   stkr params p-min
///   stkr --json params | jq -r '.parameters[] | select(.name == "audit-k") | .value'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ParamsArgs {
    /// Show only this parameter (e.g. p-min, untrusted-k, voting-period).
    name: Option<String>,
}

/// One parameter's value and bounds.
#[derive(Debug, Serialize)]
pub struct ParamView {
    /// Its name.
    pub name: &'static str,
    /// Its value in base units (wei, seconds, bps), as a decimal string.
    pub value: String,
    /// The value for people, in its unit.
    pub display: String,
    /// The lowest value governance may set.
    pub min: String,
    /// The highest value governance may set.
    pub max: String,
    /// Its unit.
    pub unit: Unit,
    /// What it governs.
    pub about: &'static str,
}

/// The parameters of a deployment.
#[derive(Debug, Serialize)]
pub struct ParamsReport {
    /// The chain.
    pub chain_id: u64,
    /// The Parameters contract.
    pub contract: Address,
    /// Who may change them.
    pub governance: Address,
    /// The values.
    pub parameters: Vec<ParamView>,
}

impl Render for ParamsReport {
    fn render(&self, style: &Style) -> String {
        let width = self.parameters.iter().map(|p| p.name.len()).max().unwrap_or(0);
        let value_width = self.parameters.iter().map(|p| p.display.len()).max().unwrap_or(0);
        let mut lines = Vec::new();
        if self.parameters.len() > 1 {
            lines.push(style.dim(&format!(
                "Parameters {} on chain {}, governed by {}",
                self.contract, self.chain_id, self.governance
            )));
        }
        for p in &self.parameters {
            let bounds = match (p.min.parse::<U256>(), p.max.parse::<U256>()) {
                (Ok(min), Ok(max)) => format!("[{} .. {}]", display_value(p.unit, min), display_value(p.unit, max)),
                _ => String::new(),
            };
            lines.push(format!(
                "{}  {:<value_width$}  {}",
                style.bold(&format!("{:<width$}", p.name)),
                p.display,
                style.dim(&bounds)
            ));
        }
        lines.join("\n")
    }
}

impl ParamsArgs {
    /// Read and show the parameters.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let Self { name } = self;
        let selected: Vec<usize> = match &name {
            Some(name) => match index_of(name) {
                Some(i) => vec![i],
                None => {
                    return Err(stkr_core::Error::InvalidInput(format!(
                        "unknown parameter '{name}'; `stkr params` lists them all (e.g. p-min, untrusted-k, voting-period)"
                    ))
                    .into());
                }
            },
            None => (0..PARAMS.len()).collect(),
        };
        let chain = ctx.chain().await?;
        let deployment = ctx.deployment(&chain).await?;
        let contract = deployment.contracts.parameters;

        // One round trip: governance, every value, and the bounds of each selected key.
        let mut batch = Batch::new();
        let governance = batch.add(contract, Parameters::governanceCall {});
        let values = batch.add(contract, Parameters::getAllCall {});
        let bounds: Vec<_> =
            selected.iter().map(|&i| (i, batch.add(contract, Parameters::boundsCall { key: i as u8 }))).collect();
        let answers = batch.run(&chain, deployment.contracts.multicall3).await?;
        let governance = answers.get(governance)?;
        let values = answers.get(values)?;
        if values.len() != PARAMS.len() {
            bail!(
                "the Parameters contract at {contract} has {} keys but this stkr knows {}; use the stkr version that deployed it",
                values.len(),
                PARAMS.len()
            );
        }
        let mut parameters = Vec::new();
        for (i, slot) in bounds {
            let bounds = answers.get(slot)?;
            let info = PARAMS[i];
            parameters.push(ParamView {
                name: info.name,
                value: values[i].to_string(),
                display: display_value(info.unit, values[i]),
                min: bounds.min.to_string(),
                max: bounds.max.to_string(),
                unit: info.unit,
                about: info.about,
            });
        }
        ctx.out.result(&ParamsReport { chain_id: chain.chain_id, contract, governance, parameters })?;
        Ok(())
    }
}
