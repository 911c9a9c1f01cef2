//! The stkr provider daemon (`stkr provider run`): activates the provider's full pools with the guardians, runs and supervises their validators, ends them, bids on and runs projects, claims what is owed and keeps collateral, journaling every step so a crash neither repeats nor loses one.

pub mod commands;
pub mod config;
pub mod daemon;
pub mod metrics;
pub mod money;
pub mod projects;
pub mod supervise;
pub mod template;
pub mod validators;
