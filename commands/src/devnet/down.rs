//! `stkr devnet down`: stop anvil, the sidecars, the guardians and the beacon chain, and forget the devnet.

use std::time::{Duration, Instant};

use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{
    devnet::DevnetState,
    output::{Render, Style},
};

use super::{beacon, guardians, sidecars};
use crate::Context;

/// What `down` did.
#[derive(Debug, Serialize)]
pub(super) struct DownReport {
    pub(super) stopped: bool,
    pub(super) pid: Option<u32>,
}

impl Render for DownReport {
    fn render(&self, _style: &Style) -> String {
        match self.pid {
            Some(pid) if self.stopped => format!("devnet stopped (anvil pid {pid})"),
            _ => "no devnet was running".into(),
        }
    }
}

pub(super) fn down(ctx: &Context) -> Result<()> {
    let Some(state) = DevnetState::load(&ctx.data)? else {
        return Ok(ctx.out.result(&DownReport { stopped: false, pid: None })?);
    };
    sidecars::stop(&state.sidecars);
    guardians::stop(&state.guardians);
    if let Some(pid) = state.beacon_pid {
        beacon::stop(pid);
    }
    let stopped = if state.is_running() {
        stop(state.pid)?;
        true
    } else {
        false
    };
    DevnetState::remove(&ctx.data)?;
    ctx.out.result(&DownReport { stopped, pid: stopped.then_some(state.pid) })?;
    Ok(())
}

/// SIGTERM to anvil's process group (it leads its own), then SIGKILL if it has not gone within five seconds.
pub(super) fn stop(pid: u32) -> Result<()> {
    let pid_t = -libc::pid_t::try_from(pid).wrap_err("pid out of range")?;
    signal(pid_t, libc::SIGTERM);
    let deadline = Instant::now() + Duration::from_secs(5);
    while stkr_core::devnet::process_is_anvil(pid) {
        if Instant::now() > deadline {
            signal(pid_t, libc::SIGKILL);
            std::thread::sleep(Duration::from_millis(200));
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

#[allow(unsafe_code)]
pub(super) fn signal(pid: libc::pid_t, sig: libc::c_int) {
    // SAFETY: kill(2) only sends a signal; the group is the one stkr started for anvil, checked by pid.
    unsafe {
        libc::kill(pid, sig);
    }
}
