//! Register a node with its sidecar, probe URL and capacity.

use alloy::primitives::Address;
use stkr_core::{
    Result,
    bindings::{NodeRegistry, node_registry::IProviderRegistry::Capacity},
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
