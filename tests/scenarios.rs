//! The whitepaper's flows end to end, each through the `stkr` binary only, against a real devnet.

mod common;

use common::{Devnet, dev, wei};

/// A new provider registers with collateral, governance qualifies it by vote, and it runs a node.
#[test]
fn provider_onboarding_through_a_governance_vote() {
    let net = Devnet::up(false);
    let applied = net.act(
        3,
        &[
            "provider",
            "register",
            "--brand",
            "Cobalt Compute",
            "--price",
            "15000",
            "--cpu-cores",
            "8",
            "--ram-gb",
            "32",
            "--storage-gb",
            "2000",
            "--bandwidth-mbps",
            "500",
            "--max-nodes",
            "2",
            "--collateral",
            "150000",
        ],
    );
    assert!(applied.to_string().contains("Cobalt Compute"), "{applied}");
    let shown = net.read(&["provider", "show", &dev(3)]);
    assert_eq!(shown["status"], "applied");
    assert_eq!(wei(&shown["collateral"]), 150_000 * 10u128.pow(18));

    // Not qualified yet: it may not run nodes.
    let sidecar = dev(6);
    let (code, message) =
        net.refused(3, &["node", "add", "--sidecar", &sidecar, "--probe-url", "https://cobalt.example/stkr"]);
    assert_eq!(code, 3, "{message}");

    let executed = net.pass(&["qualify", &dev(3), "--trust", "semi-trusted"]);
    assert!(executed["changes"].to_string().contains("qualified"), "{executed}");
    let shown = net.read(&["provider", "show", &dev(3)]);
    assert_eq!(shown["status"], "qualified");
    assert_eq!(shown["trust_level"], "semi-trusted");

    net.act(3, &["node", "add", "--sidecar", &sidecar, "--probe-url", "https://cobalt.example/stkr"]);
    let nodes = net.read(&["node", "list", "--provider", &dev(3)]);
    assert_eq!(nodes["nodes"].as_array().map(Vec::len), Some(1), "{nodes}");
    let status = net.read(&["status", "--address", &dev(3)]);
    assert_eq!(status["provider"]["status"], "qualified");
    assert_eq!(status["provider"]["active_nodes"], 1);
}
