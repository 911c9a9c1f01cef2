//! The OS keyring against a real Secret Service: a private D-Bus session with gnome-keyring, started
//! by the test itself (`make test` installs the Debian packages `dbus`, `gnome-keyring` and `libsecret-tools`).

mod common;

use std::{
    io::{BufRead, BufReader, Write},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use common::{Anvil, Stkr, stderr};

/// A D-Bus session bus with an unlocked gnome-keyring on it, torn down on drop.
struct SecretService {
    dbus: Child,
    keyring: Child,
    address: String,
    runtime: tempfile::TempDir,
}

impl SecretService {
    fn start(home: &std::path::Path) -> Self {
        let runtime = tempfile::tempdir().expect("runtime dir");
        let mut dbus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon is missing: install the Debian packages dbus and gnome-keyring (make test does)");
        let mut address = String::new();
        BufReader::new(dbus.stdout.take().expect("dbus stdout")).read_line(&mut address).expect("bus address");
        let address = address.trim().to_string();
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("HOME", home)
            .env("XDG_RUNTIME_DIR", runtime.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon is missing: install the Debian package gnome-keyring (make test does)");
        let mut stdin = keyring.stdin.take().expect("keyring stdin");
        stdin.write_all(b"test-login-password").expect("unlock password");
        drop(stdin);
        let service = Self { dbus, keyring, address, runtime };
        service.wait_for_secrets();
        service
    }

    /// gnome-keyring takes a moment to claim org.freedesktop.secrets on the bus.
    fn wait_for_secrets(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let out = Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.ListNames",
                ])
                .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
                .output()
                .expect("dbus-send");
            if String::from_utf8_lossy(&out.stdout).contains("org.freedesktop.secrets") {
                return;
            }
            assert!(Instant::now() < deadline, "gnome-keyring never offered org.freedesktop.secrets");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn env(&self) -> Vec<(String, String)> {
        vec![
            ("DBUS_SESSION_BUS_ADDRESS".into(), self.address.clone()),
            ("XDG_RUNTIME_DIR".into(), self.runtime.path().to_string_lossy().into_owned()),
        ]
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        let _ = self.keyring.kill();
        let _ = self.keyring.wait();
        let _ = self.dbus.kill();
        let _ = self.dbus.wait();
    }
}

#[test]
fn passphrase_kept_in_the_keyring_unlocks_without_asking() {
    let mut stkr = Stkr::new();
    let service = SecretService::start(stkr.dir.path());
    stkr.envs.extend(service.env());
    let pw = stkr.password_file("pw", "kept in the keyring");

    let created =
        stkr.json(&["--json", "account", "new", "node-1", "--keyring", "--password-file", &pw.to_string_lossy()]);
    assert_eq!(created["keyring"], true);
    let shown = stkr.json(&["--json", "account", "show", "node-1"]);
    assert_eq!(shown["keyring"], true);

    // Sign with no password file and no terminal: only the keyring can supply the passphrase.
    let anvil = Anvil::start(4250);
    let fund = Command::new(common::foundry_tool("cast"))
        .args(["send", "--rpc-url", &anvil.url(), "--private-key", common::DEV_KEY, "--value", "1ether"])
        .arg(created["address"].as_str().expect("address"))
        .output()
        .expect("cast send");
    assert!(fund.status.success(), "funding failed: {}", stderr(&fund));
    let deployed =
        stkr.json(&["--json", "deploy", "--rpc-url", &anvil.url(), "--account", "node-1", "--yes", "--devnet"]);
    assert_eq!(deployed["deployer"], created["address"]);

    // Removing the account forgets the passphrase too.
    stkr.json(&["--json", "account", "remove", "node-1", "--yes"]);
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "stkr", "username", "node-1"])
        .envs(service.env())
        .output()
        .expect("secret-tool is missing: install the Debian package libsecret-tools (make test does)");
    assert!(out.stdout.is_empty(), "the keyring still holds the passphrase");
}

#[test]
fn without_a_secret_service_the_cli_says_so_and_carries_on() {
    let mut stkr = Stkr::new();
    stkr.envs.push(("DBUS_SESSION_BUS_ADDRESS".into(), "unix:path=/nonexistent/bus".into()));
    let pw = stkr.password_file("pw", "no keyring here");
    let out = stkr.run(&["--json", "account", "new", "alice", "--keyring", "--password-file", &pw.to_string_lossy()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let created: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(created["keyring"], false);
    let warning = stderr(&out);
    assert!(warning.starts_with("warning: the OS keyring is not available ("), "{warning}");
    assert!(warning.contains("the passphrase was not stored, so commands will ask for it or read --password-file"));
    assert!(stkr.data_dir().join("keystores/alice").exists());

    // Signing as alice later: the message says the keyring is out of reach, not to store the passphrase
    // with --keyring, which alice's owner already did.
    let anvil = Anvil::start(4252);
    let out = stkr.run(&["deploy", "--rpc-url", &anvil.url(), "--account", "alice", "--yes", "--devnet"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with("error: no passphrase for account 'alice': the OS keyring cannot be reached ("), "{err}");
    assert!(!err.contains("--keyring"), "{err}");
}

#[test]
fn an_account_the_keyring_holds_nothing_for_is_told_so() {
    let mut stkr = Stkr::new();
    let service = SecretService::start(stkr.dir.path());
    stkr.envs.extend(service.env());
    let pw = stkr.password_file("pw", "not kept anywhere");
    stkr.json(&["--json", "account", "new", "bob", "--password-file", &pw.to_string_lossy()]);
    let anvil = Anvil::start(4253);
    let out = stkr.run(&["deploy", "--rpc-url", &anvil.url(), "--account", "bob", "--yes", "--devnet"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: no passphrase for account 'bob': the OS keyring holds none for it; pass --password-file FILE (or STKR_PASSWORD_FILE), or run in a terminal to be asked\n"
    );
}
