//! The stkr sidecar daemon.
