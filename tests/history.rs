//! End to end: `stkr history` lists exactly what an account did, from the contracts' events, against a real
//! `stkr devnet up --demo` (dev 3 staked 4 ETH in pool 1, settled pool 3 and staked 5000 ANKR on node 1's
//! sidecar).

mod common;

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{TcpListener, TcpStream},
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
};

use common::{Devnet, dev, stderr, stdout};
use serde_json::{Value, json};

const ETHER: u128 = 1_000_000_000_000_000_000;

/// An amount as the JSON prints it.
fn amount(wei: u128, formatted: &str) -> Value {
    json!({ "wei": wei.to_string(), "formatted": formatted })
}

/// The actions without where and when they happened (their blocks and times are checked apart).
fn what(actions: &Value) -> Vec<Value> {
    actions
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| {
            let mut a = a.clone();
            let object = a.as_object_mut().expect("an object");
            for key in ["block", "time", "time_utc", "transaction"] {
                assert!(object.remove(key).is_some(), "every action has {key}: {object:?}");
            }
            a
        })
        .collect()
}

#[test]
fn history_lists_exactly_the_demo_actions_of_dev3_in_text_and_json() {
    let net = Devnet::up(true);
    let head_before = net.block_number();
    let history = net.read(&["history", "--account", "dev3"]);
    let head_after = net.block_number();
    assert_eq!(history["address"], dev(3).to_lowercase());
    assert_eq!(history["chain_id"], 31337);
    let demo = vec![
        json!({ "kind": "stake", "pool_id": 1, "amount": amount(4 * ETHER, "4 ETH"),
                "fee": amount(4_000 * ETHER, "4000 ANKR") }),
        json!({ "kind": "settle", "pool_id": 3, "returned": amount(32_640_000_000_000_000_000, "32.64 ETH") }),
        json!({ "kind": "sidecar_stake", "node_id": 1, "amount": amount(5_000 * ETHER, "5000 ANKR") }),
    ];
    assert_eq!(what(&history["actions"]), demo);
    let actions = history["actions"].as_array().expect("actions").clone();
    let blocks: Vec<u64> = actions.iter().map(|a| a["block"].as_u64().expect("block")).collect();
    assert!(blocks.windows(2).all(|w| w[0] < w[1]), "oldest first: {blocks:?}");
    assert!(history["from_block"].as_u64() < blocks.first().copied(), "read from the deployment: {history}");
    // Read to the head it found (the devnet mines meanwhile).
    let to_block = history["to_block"].as_u64().expect("to_block");
    assert!((head_before..=head_after).contains(&to_block), "{to_block} not in {head_before}..={head_after}");
    // The pool's term had to pass before its settlement: the times follow the chain's clock.
    assert!(actions[1]["time"].as_u64() >= actions[0]["time"].as_u64().map(|t| t + 86_400));

    // The same, for people: one line per action with its block and time.
    let out = net.stkr.run(&["history", "--address", &dev(3)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let expected = [
        "staked 4 ETH in pool 1 (4000 ANKR fee)",
        "settled pool 3 (32.64 ETH returned)",
        "staked 5000 ANKR on node 1's sidecar",
    ];
    assert_eq!(lines.len(), expected.len(), "{text}");
    for ((line, action), said) in lines.iter().zip(&actions).zip(expected) {
        let block = action["block"].as_u64().expect("block");
        let time = action["time_utc"].as_str().expect("time");
        assert_eq!(*line, format!("block {block} {time}  {said}"), "{text}");
    }
    // No progress bar when stderr is not a terminal.
    assert_eq!(stderr(&out), "");

    // New actions join the list; --from-block leaves out what came before.
    let before = net.block_number();
    net.act(3, &["stake", "--pool", "2", "1"]);
    net.act(3, &["unstake", "--pool", "2"]);
    let later = net.read(&["history", "--account", "dev3", "--from-block", &(before + 1).to_string()]);
    assert_eq!(
        what(&later["actions"]),
        [
            json!({ "kind": "stake", "pool_id": 2, "amount": amount(ETHER, "1 ETH"),
                    "fee": amount(1_000 * ETHER, "1000 ANKR") }),
            json!({ "kind": "unstake", "pool_id": 2, "amount": amount(ETHER, "1 ETH"),
                    "fee_refund": amount(1_000 * ETHER, "1000 ANKR") }),
        ]
    );
    assert_eq!(net.read(&["history", "--account", "dev3"])["actions"].as_array().map(Vec::len), Some(5));

    // An account that did nothing has an empty history; a block in the future is refused in one sentence.
    let idle = net.stkr.run(&["history", "--address", "0x1111111111111111111111111111111111111111"]);
    assert!(stdout(&idle).starts_with("no actions of 0x1111111111111111111111111111111111111111 in blocks"));
    let future = (net.block_number() + 1000).to_string();
    let (code, message) = net.refused(3, &["history", "--from-block", &future]);
    assert_eq!(code, 2, "{message}");
    assert!(message.contains(&format!("--from-block {future} is past the latest block")), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
}

/// An endpoint in front of anvil that refuses `eth_getLogs` over more than `limit` blocks, as public
/// endpoints do (with their wording), and passes everything else on. Counts the refusals.
struct Strict {
    url: String,
    refused: Arc<AtomicU64>,
}

impl Strict {
    fn start(upstream: &str, limit: u64) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("an address"));
        let refused = Arc::new(AtomicU64::new(0));
        let (upstream, counter) = (upstream.trim_start_matches("http://").to_string(), refused.clone());
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let (upstream, counter) = (upstream.clone(), counter.clone());
                std::thread::spawn(move || serve(client, &upstream, limit, &counter));
            }
        });
        Self { url, refused }
    }
}

/// One HTTP/1.1 request's body, or None when the client closed the connection.
fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Vec<u8>> {
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(body)
}

fn serve(client: TcpStream, upstream: &str, limit: u64, refused: &AtomicU64) {
    let mut writer = client.try_clone().expect("clone the stream");
    let mut reader = BufReader::new(client);
    while let Some(body) = read_request(&mut reader) {
        let request: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let block = |key: &str| {
            request["params"][0][key].as_str().and_then(|h| u64::from_str_radix(h.trim_start_matches("0x"), 16).ok())
        };
        let answer = match (request["method"].as_str(), block("fromBlock"), block("toBlock")) {
            (Some("eth_getLogs"), Some(from), Some(to)) if to - from + 1 > limit => {
                refused.fetch_add(1, Ordering::SeqCst);
                let message = format!("eth_getLogs block range is too wide (max {limit})");
                json!({ "jsonrpc": "2.0", "id": request["id"], "error": { "code": -32000, "message": message } })
                    .to_string()
                    .into_bytes()
            }
            _ => forward(upstream, &body),
        };
        let head =
            format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n", answer.len());
        if writer.write_all(head.as_bytes()).and_then(|()| writer.write_all(&answer)).is_err() {
            return;
        }
    }
}

/// Pass one request to anvil and return its answer's body.
fn forward(upstream: &str, body: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(upstream).expect("connect to anvil");
    let head = format!(
        "POST / HTTP/1.1\r\nHost: {upstream}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body)).expect("send to anvil");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read from anvil");
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").expect("an HTTP answer") + 4;
    response.split_off(split)
}

#[test]
fn an_endpoint_that_refuses_wide_ranges_gets_them_split_and_the_same_history() {
    let net = Devnet::up(true);
    let direct = net.read(&["history", "--account", "dev3"]);
    // The demo's ~90 blocks against an endpoint that takes 16 at a time: ranges are halved until accepted.
    let strict = Strict::start(&net.url, 16);
    let split = net.read(&["--rpc-url", &strict.url, "history", "--account", "dev3"]);
    assert!(strict.refused.load(Ordering::SeqCst) > 0, "the proxy refused nothing");
    assert_eq!(split["actions"], direct["actions"]);
    assert_eq!(split["actions"].as_array().map(Vec::len), Some(3));
    // An endpoint that refuses even one block: one sentence and a failure, not a loop.
    let hopeless = Strict::start(&net.url, 0);
    let out = net.stkr.run(&["--rpc-url", &hopeless.url, "history", "--address", &dev(3)]);
    assert!(!out.status.success());
    let message = stderr(&out);
    assert!(message.contains("refuses the logs of even one block"), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
}
