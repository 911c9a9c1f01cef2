//! stkr against a real TLS endpoint in front of the devnet: reads and a signed transaction with a
//! private CA trusted through SSL_CERT_FILE, and one sentence with exit 4 when the certificate does not verify.

mod common;

use common::{
    Devnet, free_port, register, stderr, stdout,
    tls::{TestCa, TlsProxy},
};

/// The devnet behind a TLS proxy whose certificate is for "localhost" only, and the CA that issued it.
fn devnet_behind_tls() -> (Devnet, TlsProxy, TestCa) {
    let devnet = Devnet::up(false);
    let backend = devnet.url.trim_start_matches("http://").parse().expect("the devnet's socket address");
    let ca = TestCa::new("stkr test CA");
    let proxy = TlsProxy::start(&ca, &["localhost"], backend);
    (devnet, proxy, ca)
}

#[test]
fn reads_and_sends_through_https_with_a_private_ca() {
    let (mut devnet, proxy, ca) = devnet_behind_tls();
    let ca_file = devnet.stkr.dir.path().join("ca.pem");
    ca.write_pem(&ca_file);
    devnet.stkr.envs.push(("SSL_CERT_FILE".into(), ca_file.to_string_lossy().into_owned()));
    let url = format!("https://localhost:{}", proxy.port);

    let params = devnet.read(&["--rpc-url", &url, "params"]);
    assert_eq!(params["chain_id"], 31337, "params over https: {params}");
    assert_eq!(params["contract"], devnet.contract("parameters").to_lowercase());

    // A directory of CA certificates (SSL_CERT_DIR) is honoured as well as a file.
    let ca_dir = devnet.stkr.dir.path().join("certs");
    std::fs::create_dir_all(&ca_dir).expect("mkdir");
    ca.write_pem(&ca_dir.join("stkr-test-ca.pem"));
    let out = devnet
        .stkr
        .command(&["--json", "--rpc-url", &url, "params"])
        .env_remove("SSL_CERT_FILE")
        .env("SSL_CERT_DIR", &ca_dir)
        .output()
        .expect("run stkr");
    assert!(out.status.success(), "params with SSL_CERT_DIR: {}", stderr(&out));

    // A signed transaction travels the same way: dev3 registers as a provider through the TLS endpoint.
    let registered =
        devnet.act(3, &[&["--rpc-url", url.as_str()][..], &register("Tls Hosting", "15000", "2")].concat());
    assert_eq!(registered["status"], "applied", "{registered}");
    assert_eq!(registered["brand"], "Tls Hosting");
}

#[test]
fn a_certificate_that_does_not_verify_is_one_sentence_and_exit_4() {
    let (mut devnet, proxy, ca) = devnet_behind_tls();

    // Trusting another authority only: the endpoint's issuer is unknown.
    let stranger = devnet.stkr.dir.path().join("other-ca.pem");
    TestCa::new("some other CA").write_pem(&stranger);
    devnet.stkr.envs.push(("SSL_CERT_FILE".into(), stranger.to_string_lossy().into_owned()));
    let url = format!("https://localhost:{}", proxy.port);
    let out = devnet.stkr.run(&["--rpc-url", &url, "params"]);
    assert_eq!(out.status.code(), Some(4), "stdout: {}", stdout(&out));
    assert_eq!(
        stderr(&out).trim(),
        format!(
            "error: the TLS certificate of localhost:{} does not verify: it is signed by an authority this machine \
             does not trust; for a private CA, point SSL_CERT_FILE (a PEM file) or SSL_CERT_DIR at its certificate",
            proxy.port
        )
    );

    // The right authority, the wrong name: the certificate is for localhost, not 127.0.0.1.
    let ca_file = devnet.stkr.dir.path().join("ca.pem");
    ca.write_pem(&ca_file);
    devnet.stkr.envs.retain(|(k, _)| k != "SSL_CERT_FILE");
    devnet.stkr.envs.push(("SSL_CERT_FILE".into(), ca_file.to_string_lossy().into_owned()));
    let by_ip = format!("https://127.0.0.1:{}", proxy.port);
    let out = devnet.stkr.run(&["--rpc-url", &by_ip, "params"]);
    assert_eq!(out.status.code(), Some(4), "stdout: {}", stdout(&out));
    assert_eq!(
        stderr(&out).trim(),
        format!(
            "error: the TLS certificate of 127.0.0.1:{} does not verify: it is not issued for this host name; use \
             the name the certificate was issued for",
            proxy.port
        )
    );

    // `init` checks the endpoint before it saves it.
    let out = devnet.stkr.run(&["--yes", "--rpc-url", &by_ip, "init", "--network", "devnet"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("is not issued for this host name"), "{}", stderr(&out));
    let config = std::fs::read_to_string(devnet.stkr.data_dir().join("config.toml")).unwrap_or_default();
    assert!(!config.contains("https://127.0.0.1"), "the refused endpoint was saved: {config}");

    // An unsupported scheme is bad input (exit 2), not an unreachable endpoint.
    let out = devnet.stkr.run(&["--rpc-url", &format!("ftp://localhost:{}", free_port()), "params"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("the scheme 'ftp' is not supported, only http and https"), "{}", stderr(&out));
}
