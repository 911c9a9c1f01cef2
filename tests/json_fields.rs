//! `--json` output keeps the field names docs/json.md documents: every read command listed there is run
//! against a demo devnet and its top-level fields compared with the page.

mod common;

use std::collections::BTreeSet;

use common::{Devnet, dev, root};

/// The documented commands and their fields, from the table in docs/json.md.
fn documented() -> Vec<(String, BTreeSet<String>)> {
    let page = std::fs::read_to_string(root().join("docs/json.md")).expect("docs/json.md");
    page.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let command = cells.get(1)?.strip_prefix("`stkr ")?.strip_suffix('`')?;
            let fields = cells.get(2)?.split(',').map(|f| f.trim().trim_matches('`').to_string()).collect();
            Some((command.to_string(), fields))
        })
        .collect()
}

#[test]
fn every_documented_read_command_has_exactly_the_documented_fields() {
    let net = Devnet::up(true);
    // Something in each list: a project in auction, a proposal, a node.
    net.act(
        7,
        &["project", "submit", "--cpu", "4", "--ram", "16", "--storage", "500", "--bandwidth", "100", "--days", "30"],
    );
    net.act(0, &["govern", "propose", "param", "audit-k", "4"]);
    net.act(
        1,
        &[
            "node",
            "add",
            "--sidecar",
            "0x1111111111111111111111111111111111111111",
            "--probe-url",
            "http://127.0.0.1:9701/status",
        ],
    );
    let (staker, provider) = (dev(3), dev(1));
    let table = documented();
    assert!(table.len() >= 20, "docs/json.md lists {} commands", table.len());
    for (command, fields) in table {
        let args: Vec<String> = command
            .split_whitespace()
            .map(|word| match word {
                "A" => staker.clone(),
                "ADDR" => provider.clone(),
                "ID" => "1".to_string(),
                other => other.to_string(),
            })
            .collect();
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        if args.last() == Some(&"…") {
            args.pop();
            args.extend(["--cpu", "4", "--ram", "16", "--storage", "500", "--bandwidth", "100", "--days", "30"]);
        }
        let output = net.read(&args);
        let actual: BTreeSet<String> = output.as_object().expect("a JSON object").keys().cloned().collect();
        assert_eq!(actual, fields, "stkr --json {command}: fields differ from docs/json.md");
    }
}
