//! End to end: `stkr validator` with the real binary in a throwaway folder: keys from a mnemonic, deposit
//! data, a 2-of-3 split, an exit signed by two share holders, a bad share named, and nothing secret on disk.

mod common;

use std::path::Path;

use common::{Stkr, files_under, stderr, stdout};
use serde_json::Value;
use stkr_validator::{SecretKey, derive, keystore::Keystore, mnemonic};

const ADDRESS: &str = "0x5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f";

fn path(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// `stkr --json ARGS` in `dir`, asserting success.
fn ok(stkr: &Stkr, dir: &Path, args: &[&str]) -> (Value, String) {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let out = stkr.command(&all).current_dir(dir).output().expect("run stkr");
    assert!(out.status.success(), "stkr {args:?}: {}", stderr(&out));
    let value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)));
    (value, stderr(&out))
}

/// `stkr ARGS` in `dir`, asserting failure: (exit code, stderr).
fn refused(stkr: &Stkr, dir: &Path, args: &[&str]) -> (i32, String) {
    let out = stkr.command(args).current_dir(dir).output().expect("run stkr");
    assert!(!out.status.success(), "stkr {args:?} should fail: {}", stdout(&out));
    (out.status.code().unwrap_or(-1), stderr(&out))
}

#[test]
fn keys_split_sign_an_exit_and_never_touch_the_disk_in_the_clear() {
    let stkr = Stkr::new();
    let work = stkr.dir.path().join("work");
    std::fs::create_dir_all(&work).expect("work dir");
    let key_pw = stkr.password_file("key.pass", "validator keystore password");
    let share_pw = stkr.password_file("share.pass", "share keystore password");

    // Without a terminal, a new mnemonic needs --yes (it is shown on stderr, once).
    let (code, err) = refused(
        &stkr,
        &work,
        &[
            "validator",
            "new",
            "--chain",
            "mainnet",
            "--withdrawal-address",
            ADDRESS,
            "--keystore-password-file",
            &path(&key_pw),
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("a new mnemonic must be confirmed at a terminal"), "{err}");
    assert!(!err.contains("Your validator mnemonic"), "refused before a word was shown: {err}");
    assert_eq!(err.lines().count(), 1, "one sentence: {err}");
    assert!(!work.join("validator_keys").read_dir().map(|mut d| d.next().is_some()).unwrap_or(false));

    let (created, shown) = ok(
        &stkr,
        &work,
        &[
            "--yes",
            "validator",
            "new",
            "--chain",
            "mainnet",
            "--withdrawal-address",
            ADDRESS,
            "--count",
            "2",
            "--keystore-password-file",
            &path(&key_pw),
        ],
    );
    let words = shown
        .lines()
        .map(str::trim)
        .find(|line| line.split_whitespace().count() == 24)
        .unwrap_or_else(|| panic!("no 24-word mnemonic on stderr: {shown}"))
        .to_string();
    assert!(!serde_json::to_string(&created).expect("json").contains(&words), "the mnemonic went to stdout");
    let mnemonic = mnemonic::parse(&words).expect("a valid mnemonic");
    let seed = mnemonic::seed(&mnemonic);
    let keys: Vec<SecretKey> =
        (0..2).map(|i| derive::derive_path(seed.as_slice(), &derive::signing_key_path(i)).expect("derive")).collect();
    for (i, key) in keys.iter().enumerate() {
        let pubkey = alloy::hex::encode(key.public_key().expect("pk"));
        assert_eq!(created["validators"][i]["pubkey"], pubkey, "validator {i} is m/12381/3600/{i}/0/0");
    }
    let deposit_file = created["deposit_data"].as_str().expect("deposit data").to_string();
    let (verified, _) = ok(
        &stkr,
        &work,
        &["validator", "verify", &deposit_file, "--chain", "mainnet", "--withdrawal-address", ADDRESS],
    );
    assert_eq!((verified["valid"].as_bool(), verified["deposits"].as_u64()), (Some(true), Some(2)));
    let deposits: Value =
        serde_json::from_str(&std::fs::read_to_string(work.join(&deposit_file)).expect("read")).expect("json");
    let fields: Vec<&str> = deposits[0].as_object().expect("object").keys().map(String::as_str).collect();
    let mut expected = vec![
        "amount",
        "deposit_cli_version",
        "deposit_data_root",
        "deposit_message_root",
        "fork_version",
        "network_name",
        "pubkey",
        "signature",
        "withdrawal_credentials",
    ];
    expected.sort_unstable();
    assert_eq!(fields, expected);
    assert_eq!(deposits[0]["amount"], 32_000_000_000u64);
    assert_eq!(deposits[0]["fork_version"], "00000000");

    // A deposit edited after signing: every problem on its own line, exit 2.
    let mut edited = deposits.clone();
    edited[1]["amount"] = Value::from(31_000_000_000u64);
    let edited_file = work.join("edited.json");
    std::fs::write(&edited_file, edited.to_string()).expect("write");
    let (code, err) = refused(&stkr, &work, &["validator", "verify", &path(&edited_file)]);
    assert_eq!(code, 2);
    let problems: Vec<&str> = err.lines().filter(|l| l.contains(": deposit 2 (pubkey")).collect();
    assert_eq!(problems.len(), 3, "{err}");
    assert!(
        problems.iter().any(|p| p.ends_with(
            "the BLS signature does not verify under the pubkey for the deposit domain of fork version 00000000"
        )),
        "{err}"
    );
    assert!(
        err.lines().last().is_some_and(|l| l.ends_with("has 3 problems (listed above); do not deposit it")),
        "{err}"
    );

    // Split validator 0 between provider, protocol and backup: any two sign.
    let keystore = created["validators"][0]["keystore"].as_str().expect("keystore").to_string();
    let (split, _) = ok(
        &stkr,
        &work,
        &[
            "validator",
            "split",
            &keystore,
            "--threshold",
            "2",
            "--shares",
            "3",
            "--kdf",
            "pbkdf2",
            "--keystore-password-file",
            &path(&key_pw),
            "--share-password-file",
            &path(&share_pw),
        ],
    );
    assert_eq!(split["shares"].as_array().map(Vec::len), Some(3));
    let public = "shares/public-shares.json";
    let (request, _) = ok(
        &stkr,
        &work,
        &["validator", "exit", "--public-shares", public, "--validator-index", "1234", "--epoch", "300000"],
    );
    let partial = |share: &str, out: &str| {
        ok(
            &stkr,
            &work,
            &[
                "validator",
                "sign-partial",
                "exit-request.json",
                "--share",
                share,
                "--public-shares",
                public,
                "--keystore-password-file",
                &path(&share_pw),
                "--out",
                out,
            ],
        )
    };
    partial("shares/share-1-provider.json", "p1.json");
    partial("shares/share-2-protocol.json", "p2.json");
    partial("shares/share-3-backup.json", "p3.json");

    // One share is not enough.
    let combine = |parts: &[&str], out: &str| {
        let mut args = vec!["validator", "combine"];
        args.extend_from_slice(parts);
        args.extend_from_slice(&["--request", "exit-request.json", "--public-shares", public, "--out", out]);
        args.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let args = combine(&["p1.json"], "one.json");
    let (code, err) = refused(&stkr, &work, &args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(
        (code, err.trim()),
        (2, "error: 1 valid partial signature(s) from distinct shares, but the threshold is 2; collect 1 more")
    );

    // Every pair gives the same signature, the one the full key makes over the exit's signing root.
    let root = request["signing_root"].as_str().expect("root");
    let root: [u8; 32] = alloy::hex::decode(root).expect("hex").try_into().expect("32 bytes");
    let full = format!("0x{}", alloy::hex::encode(keys[0].sign(&root).expect("sign")));
    for (pair, out) in [
        (["p1.json", "p2.json"], "e12.json"),
        (["p1.json", "p3.json"], "e13.json"),
        (["p2.json", "p3.json"], "e23.json"),
    ] {
        let args = combine(&pair, out);
        ok(&stkr, &work, &args.iter().map(String::as_str).collect::<Vec<_>>());
        let signed: Value =
            serde_json::from_str(&std::fs::read_to_string(work.join(out)).expect("read")).expect("json");
        assert_eq!(signed["signature"], full, "{pair:?}");
        assert_eq!(signed["message"]["validator_index"], "1234");
    }

    // A corrupted partial (share 2's file carrying another signature) is named by its index.
    let mut bad: Value =
        serde_json::from_str(&std::fs::read_to_string(work.join("p2.json")).expect("read")).expect("json");
    let p3: Value = serde_json::from_str(&std::fs::read_to_string(work.join("p3.json")).expect("read")).expect("json");
    bad["signature"] = p3["signature"].clone();
    std::fs::write(work.join("bad2.json"), bad.to_string()).expect("write");
    let args = combine(&["p1.json", "bad2.json"], "bad.json");
    let (code, err) = refused(&stkr, &work, &args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: share 2 is bad: its partial signature does not verify under share 2's public key"),
        "{err}"
    );

    // Nothing secret was written in the clear: not the mnemonic, its seed, a key or a share.
    let mut secrets: Vec<(String, String)> = vec![
        ("the mnemonic".into(), words.clone()),
        ("the mnemonic's first words".into(), words.split_whitespace().take(4).collect::<Vec<_>>().join(" ")),
        ("the seed".into(), alloy::hex::encode(seed.as_slice())),
        ("the entropy".into(), alloy::hex::encode(mnemonic.to_entropy())),
    ];
    for (i, key) in keys.iter().enumerate() {
        secrets.push((format!("secret key {i}"), alloy::hex::encode(key.to_bytes().as_slice())));
    }
    let password = std::fs::read_to_string(&share_pw).expect("read");
    for i in 1..=3 {
        let file = std::fs::read_dir(work.join("shares"))
            .expect("shares")
            .flatten()
            .find(|e| e.file_name().to_string_lossy().starts_with(&format!("share-{i}-")))
            .expect("share keystore");
        let share = Keystore::from_json(&std::fs::read_to_string(file.path()).expect("read"))
            .expect("keystore")
            .decrypt(password.trim_end())
            .expect("the share password opens it");
        secrets.push((format!("share {i}"), alloy::hex::encode(share.as_slice())));
    }
    let written = files_under(stkr.dir.path());
    assert!(written.len() >= 15, "{written:?}");
    for file in written {
        let bytes = std::fs::read(&file).expect("read");
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        for (what, secret) in &secrets {
            assert!(!text.contains(&secret.to_lowercase()), "{what} is in {} in the clear", file.display());
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(work.join(&keystore)).expect("meta").permissions().mode();
        assert_eq!(mode & 0o077, 0, "a keystore is readable by others");
    }
}

#[test]
fn an_existing_mnemonic_recovers_the_same_keys_and_bad_input_is_refused() {
    let stkr = Stkr::new();
    let work = stkr.dir.path().to_path_buf();
    let pw = stkr.password_file("key.pass", "validator keystore password");
    let words = stkr.password_file("words.txt", "test test test test test test test test test test test junk");
    let run = |out: &str| {
        ok(
            &stkr,
            &work,
            &[
                "validator",
                "new",
                "--chain",
                "hoodi",
                "--withdrawal-address",
                ADDRESS,
                "--index",
                "5",
                "--kdf",
                "pbkdf2",
                "--mnemonic-file",
                &path(&words),
                "--keystore-password-file",
                &path(&pw),
                "--out",
                out,
            ],
        )
        .0
    };
    let (a, b) = (run("a"), run("b"));
    assert_eq!(a["validators"][0]["pubkey"], b["validators"][0]["pubkey"]);
    assert_eq!(a["validators"][0]["path"], "m/12381/3600/5/0/0");
    assert_eq!(a["fork_version"], "10000910");
    // Written twice with one mnemonic: the same signature (BLS is deterministic).
    let read = |file: &Value| -> Value {
        serde_json::from_str(&std::fs::read_to_string(work.join(file.as_str().expect("path"))).expect("read"))
            .expect("json")
    };
    assert_eq!(read(&a["deposit_data"])[0]["signature"], read(&b["deposit_data"])[0]["signature"]);

    let bad_words = stkr.password_file("bad.txt", "test test test test test test test test test test test test");
    let (code, err) = refused(
        &stkr,
        &work,
        &[
            "validator",
            "new",
            "--chain",
            "hoodi",
            "--withdrawal-address",
            ADDRESS,
            "--mnemonic-file",
            &path(&bad_words),
            "--keystore-password-file",
            &path(&pw),
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("the mnemonic is not valid"), "{err}");
    let (code, err) = refused(
        &stkr,
        &work,
        &[
            "validator",
            "new",
            "--withdrawal-address",
            ADDRESS,
            "--mnemonic-file",
            &path(&words),
            "--keystore-password-file",
            &path(&pw),
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("say which beacon chain the deposit is for with --chain"), "{err}");
    let (code, err) =
        refused(&stkr, &work, &["validator", "split", "a/nothing.json", "--threshold", "2", "--shares", "3"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read the keystore a/nothing.json"), "{err}");
    let keystore = a["validators"][0]["keystore"].as_str().expect("keystore").to_string();
    let wrong = stkr.password_file("wrong.pass", "not the password");
    let (code, err) = refused(
        &stkr,
        &work,
        &[
            "validator",
            "split",
            &keystore,
            "--threshold",
            "2",
            "--shares",
            "3",
            "--keystore-password-file",
            &path(&wrong),
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("the password does not open"), "{err}");
    let (code, err) = refused(
        &stkr,
        &work,
        &[
            "validator",
            "split",
            &keystore,
            "--threshold",
            "1",
            "--shares",
            "3",
            "--keystore-password-file",
            &path(&pw),
            "--share-password-file",
            &path(&pw),
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("a threshold of 1 would let a single holder sign alone"), "{err}");
}

/// The README passes globs: `verify` and `split` take several files, and say how each one fared.
#[test]
fn verify_and_split_take_several_files_and_answer_for_each() {
    let stkr = Stkr::new();
    let work = stkr.dir.path().join("work");
    std::fs::create_dir_all(&work).expect("work dir");
    let key_pw = stkr.password_file("key.pass", "validator keystore password");
    let share_pw = stkr.password_file("share.pass", "share keystore password");
    let (created, _) = ok(
        &stkr,
        &work,
        &[
            "--yes",
            "validator",
            "new",
            "--chain",
            "mainnet",
            "--withdrawal-address",
            ADDRESS,
            "--count",
            "2",
            "--kdf",
            "pbkdf2",
            "--keystore-password-file",
            &path(&key_pw),
        ],
    );
    let deposits = created["deposit_data"].as_str().expect("deposit data").to_string();
    std::fs::copy(work.join(&deposits), work.join("again.json")).expect("copy");

    // Two good files: one line each, and the JSON counts both.
    let out = stkr.command(&["validator", "verify", &deposits, "again.json"]).current_dir(&work).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(String::from).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with(&format!("{deposits}: 2 deposit(s)")), "{lines:?}");
    assert!(lines[1].starts_with("again.json: 2 deposit(s), every field, root and BLS signature checks out"));
    let (both, _) = ok(&stkr, &work, &["validator", "verify", &deposits, "again.json", "--chain", "mainnet"]);
    assert_eq!((both["valid"].as_bool(), both["deposits"].as_u64()), (Some(true), Some(4)), "{both}");
    assert_eq!(both["files"].as_array().map(Vec::len), Some(2));

    // A good file and a bad one: the good one checks out, the bad one's problems are named, exit 2.
    let mut edited: Value =
        serde_json::from_str(&std::fs::read_to_string(work.join(&deposits)).expect("read")).expect("json");
    edited[0]["amount"] = Value::from(1_000_000_000u64);
    std::fs::write(work.join("edited.json"), edited.to_string()).expect("write");
    let out = stkr
        .command(&["validator", "verify", "again.json", "edited.json", "missing.json"])
        .current_dir(&work)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("again.json: 2 deposit(s)"), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.lines().any(|l| l.starts_with("edited.json: deposit 1 (pubkey")), "{err}");
    assert!(
        err.lines().any(|l| l.starts_with("missing.json: cannot read the deposit data file missing.json")),
        "{err}"
    );
    assert!(!err.contains("again.json"), "{err}");
    assert_eq!(
        err.lines().last(),
        Some("error: 2 of 3 files have problems (listed above): do not deposit edited.json, missing.json")
    );

    // Both keystores split, each into its own folder; every password is checked before anything is written.
    let keystores: Vec<String> =
        (0..2).map(|i| created["validators"][i]["keystore"].as_str().expect("keystore").to_string()).collect();
    let split_args = |pw: &Path| {
        let mut args = vec!["validator", "split"];
        args.extend(keystores.iter().map(String::as_str));
        args.extend(["--threshold", "2", "--shares", "3", "--kdf", "pbkdf2", "--out", "two"]);
        let pw = path(pw);
        let mut args: Vec<String> = args.into_iter().map(String::from).collect();
        args.extend(["--keystore-password-file".into(), pw, "--share-password-file".into(), path(&share_pw)]);
        args
    };
    let wrong = stkr.password_file("wrong.pass", "not the password");
    let args = split_args(&wrong);
    let (code, err) = refused(&stkr, &work, &args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("the password does not open"), "{err}");
    assert!(!work.join("two").exists(), "nothing written");
    let args = split_args(&key_pw);
    let (split, _) = ok(&stkr, &work, &args.iter().map(String::as_str).collect::<Vec<_>>());
    let keys = split["keys"].as_array().expect("one report per keystore");
    assert_eq!(keys.len(), 2, "{split}");
    for (i, key) in keys.iter().enumerate() {
        let stem = Path::new(&keystores[i]).file_stem().expect("stem").to_string_lossy().into_owned();
        assert_eq!(key["validator_keystore"], keystores[i].as_str());
        assert_eq!(key["pubkey"], created["validators"][i]["pubkey"]);
        assert_eq!(key["public_shares"], format!("two/{stem}/public-shares.json"));
        assert_eq!(key["shares"].as_array().map(Vec::len), Some(3));
        assert!(work.join(format!("two/{stem}/share-1-provider.json")).exists());
    }
}

/// A pane of a tmux server of its own (as tests/dashboard.rs drives the dashboard): a real terminal.
struct Pane {
    socket: String,
}

impl Pane {
    fn start(command: &str) -> Self {
        let pane = Self { socket: format!("stkr-validator-test-{}", std::process::id()) };
        let out = pane.tmux(&["new-session", "-d", "-s", "t", "-x", "160", "-y", "48", command]);
        assert!(out.status.success(), "tmux new-session: {}", stderr(&out));
        pane
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        std::process::Command::new("/usr/bin/tmux").arg("-L").arg(&self.socket).args(args).output().expect("tmux")
    }

    /// Type `text` and Enter.
    fn line(&self, text: &str) {
        assert!(self.tmux(&["send-keys", "-t", "t", "-l", text]).status.success());
        assert!(self.tmux(&["send-keys", "-t", "t", "Enter"]).status.success());
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    /// Wait until `text` shows `times` times.
    fn wait_for(&self, text: &str, times: usize) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while self.screen().matches(text).count() < times {
            assert!(std::time::Instant::now() < deadline, "never showed {text:?} {times}×:\n{}", self.screen());
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

/// At a real terminal, a share password under 8 characters is said and asked again; the split goes on.
#[test]
fn a_too_short_password_typed_at_the_terminal_is_asked_again() {
    let stkr = Stkr::new();
    let work = stkr.dir.path().join("work");
    std::fs::create_dir_all(&work).expect("work dir");
    let key_pw = stkr.password_file("key.pass", "validator keystore password");
    let (created, _) = ok(
        &stkr,
        &work,
        &[
            "--yes",
            "validator",
            "new",
            "--chain",
            "mainnet",
            "--withdrawal-address",
            ADDRESS,
            "--kdf",
            "pbkdf2",
            "--keystore-password-file",
            &path(&key_pw),
        ],
    );
    let keystore = created["validators"][0]["keystore"].as_str().expect("keystore").to_string();
    let quote = |p: &Path| format!("'{}'", p.display());
    let command = format!(
        "cd {} && env STKR_DATA_DIR={} NO_COLOR=1 HOME={} {} validator split {keystore} --threshold 2 --shares 2 --kdf pbkdf2 --keystore-password-file {}; echo exit=$?; sleep 60",
        quote(&work),
        quote(&stkr.data_dir()),
        quote(stkr.dir.path()),
        quote(Path::new(env!("CARGO_BIN_EXE_stkr"))),
        quote(&key_pw),
    );
    let pane = Pane::start(&command);
    pane.wait_for("Password for share 1 (provider):", 1);
    pane.line("short");
    pane.wait_for("warning: a keystore password needs at least 8 characters; try again", 1);
    pane.wait_for("Password for share 1 (provider):", 2);
    pane.line("provider password");
    pane.wait_for("Repeat it:", 1);
    pane.line("provider password");
    pane.wait_for("Password for share 2 (protocol):", 1);
    pane.line("protocol password");
    pane.wait_for("Repeat it:", 2);
    pane.line("protocol password");
    pane.wait_for("exit=0", 1);
    let share = std::fs::read_to_string(work.join("shares/share-1-provider.json")).expect("share 1");
    let share = Keystore::from_json(&share).expect("a keystore");
    assert!(share.decrypt("provider password").is_ok(), "share 1 is under the password typed the second time");
}

/// Hoodi's values as its operators publish them (eth-clients/hoodi, metadata/config.yaml and
/// metadata/genesis_validators_root.txt), written here by hand so the test does not read stkr's own table.
const HOODI_GENESIS_FORK_VERSION: [u8; 4] = [0x10, 0x00, 0x09, 0x10];
const HOODI_CAPELLA_FORK_VERSION: [u8; 4] = [0x40, 0x00, 0x09, 0x10];
const HOODI_GENESIS_VALIDATORS_ROOT: &str = "212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f";

#[test]
fn hoodi_deposit_data_and_exits_verify_against_hoodis_published_configuration() {
    use stkr_validator::{deposit::verify_signature, exit, ssz};
    let stkr = Stkr::new();
    let work = stkr.dir.path().join("work");
    std::fs::create_dir_all(&work).expect("work dir");
    let key_pw = stkr.password_file("key.pass", "validator keystore password");
    let (created, _) = ok(
        &stkr,
        &work,
        &[
            "--yes",
            "validator",
            "new",
            "--chain",
            "hoodi",
            "--withdrawal-address",
            ADDRESS,
            "--keystore-password-file",
            &path(&key_pw),
        ],
    );
    let file = created["deposit_data"].as_str().expect("deposit data");
    let deposits: Value = serde_json::from_str(&std::fs::read_to_string(work.join(file)).expect("read")).expect("json");
    let deposit = &deposits[0];
    assert_eq!(deposit["network_name"], "hoodi");
    assert_eq!(deposit["fork_version"], alloy::hex::encode(HOODI_GENESIS_FORK_VERSION));
    let hex = |field: &str| alloy::hex::decode(deposit[field].as_str().expect(field)).expect("hex");
    let pubkey: [u8; 48] = hex("pubkey").try_into().expect("48 bytes");
    let signature: [u8; 96] = hex("signature").try_into().expect("96 bytes");
    let message_root: [u8; 32] = hex("deposit_message_root").try_into().expect("32 bytes");
    // The deposit domain: DOMAIN_DEPOSIT over hoodi's genesis fork version and a zero genesis root.
    let domain = ssz::compute_domain(ssz::DOMAIN_DEPOSIT, HOODI_GENESIS_FORK_VERSION, [0u8; 32]);
    assert!(verify_signature(&pubkey, &ssz::signing_root(message_root, domain), &signature), "{deposit}");

    // An exit request for hoodi is signed over Capella's fork version and hoodi's genesis_validators_root.
    let (request, _) = ok(
        &stkr,
        &work,
        &[
            "validator",
            "exit",
            "--pubkey",
            deposit["pubkey"].as_str().expect("pubkey"),
            "--validator-index",
            "7",
            "--epoch",
            "100",
            "--chain",
            "hoodi",
        ],
    );
    let written: Value = serde_json::from_str(
        &std::fs::read_to_string(work.join(request["file"].as_str().expect("file"))).expect("read"),
    )
    .expect("json");
    let root: [u8; 32] = alloy::hex::decode(HOODI_GENESIS_VALIDATORS_ROOT).expect("hex").try_into().expect("32");
    let expected = exit::exit_signing_root(
        100,
        7,
        exit::ExitDomain { fork_version: HOODI_CAPELLA_FORK_VERSION, genesis_validators_root: root },
    );
    assert_eq!(written["signing_root"], format!("0x{}", alloy::hex::encode(expected)), "{written}");
    assert_eq!(written["genesis_validators_root"], format!("0x{HOODI_GENESIS_VALIDATORS_ROOT}"));

    // The devnet's beacon genesis changes: its root must be given.
    let (code, err) = refused(
        &stkr,
        &work,
        &[
            "validator",
            "exit",
            "--pubkey",
            deposit["pubkey"].as_str().expect("pk"),
            "--validator-index",
            "7",
            "--epoch",
            "1",
            "--chain",
            "devnet",
            "--out",
            "devnet-exit.json",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err,
        "error: the devnet beacon chain's genesis_validators_root changes with each genesis: pass --genesis-validators-root (GET /eth/v1/beacon/genesis on its beacon node)\n"
    );
}

#[test]
fn a_deposit_for_a_pool_is_refused_for_another_chain_than_the_pools() {
    let devnet = common::Devnet::up(false);
    let work = devnet.stkr.dir.path().join("work");
    std::fs::create_dir_all(&work).expect("work dir");
    let key_pw = devnet.stkr.password_file("key.pass", "validator keystore password");
    let (code, err) = refused(
        &devnet.stkr,
        &work,
        &["--yes", "validator", "new", "--chain", "hoodi", "--pool", "1", "--keystore-password-file", &path(&key_pw)],
    );
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err,
        "error: --chain hoodi but pool 1 is read from devnet; pass --chain devnet or point --rpc-url at hoodi\n"
    );
    assert!(files_under(&work).is_empty(), "nothing was written: {:?}", files_under(&work));
}
