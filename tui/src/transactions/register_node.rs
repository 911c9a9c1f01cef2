//! Register a node with its sidecar, probe URL and capacity: core's `check_register_node` (the CLI's
//! checks and sentences) on what `RegisterFacts::read` found.

use alloy::primitives::Address;
use stkr_core::{
    Result,
    bindings::{NodeRegistry, node_registry::IProviderRegistry::Capacity},
    node::{RegisterFacts, check_register_node, check_sidecar_address},
    tx::{Transactor, request},
};

use super::{Actor, Draft, Step};

pub(super) async fn draft(
    actor: &Actor,
    tx: &Transactor<'_>,
    sidecar: Address,
    probe_url: &str,
    capacity: [u32; 4],
) -> Result<Draft> {
    check_sidecar_address(sidecar)?;
    let facts = RegisterFacts::read(&actor.chain, &actor.contracts, actor.from, sidecar).await?;
    check_register_node(sidecar, probe_url, facts.serving)?;
    let [cpu_cores, ram_gb, storage_gb, bandwidth_mbps] = capacity;
    let register = request(
        actor.contracts.node_registry,
        NodeRegistry::registerNodeCall {
            sidecar,
            probeUrl: probe_url.to_string(),
            capacity: Capacity {
                cpuCores: cpu_cores,
                ramGb: ram_gb,
                storageGb: storage_gb,
                bandwidthMbps: bandwidth_mbps,
            },
        },
    );
    let label = format!("register a node with sidecar {sidecar}");
    Ok(Draft::new(
        format!("Register a node whose sidecar {sidecar} is probed at {probe_url}."),
        vec![Step::Ready(tx.prepare(label, register).await?)],
    ))
}
