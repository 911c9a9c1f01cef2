//! The projects this node's provider runs: read from the provider daemon's status file, each running one's
//! health URL checked by the sidecar itself, and the answers put into the signed status auditors read.

use std::{path::Path, time::Duration};

use serde::{Deserialize, Serialize};

/// One running project as the sidecar found it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ProjectHealth {
    /// The project.
    pub project_id: u64,
    /// Its health check answered 2xx.
    pub healthy: bool,
    /// Why not, when not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// Check every running project of the provider daemon's status file at `status_file` (`projects`, each with
/// `stage`, `project_id`, `health_url` and an optional `health_body`). A missing or unreadable file is no
/// project at all: the daemon may not have finished its first round.
pub async fn observe(status_file: &Path, timeout: Duration) -> Vec<ProjectHealth> {
    let Ok(text) = std::fs::read_to_string(status_file) else { return Vec::new() };
    let Ok(status) = serde_json::from_str::<serde_json::Value>(&text) else { return Vec::new() };
    let Some(projects) = status["projects"].as_array() else { return Vec::new() };
    let Ok(client) = reqwest::Client::builder().timeout(timeout).build() else { return Vec::new() };
    let mut found = Vec::new();
    for project in projects.iter().filter(|p| p["stage"] == "running") {
        let (Some(project_id), Some(url)) = (project["project_id"].as_u64(), project["health_url"].as_str()) else {
            continue;
        };
        let request = match project["health_body"].as_str() {
            Some(body) => client.post(url).header("content-type", "application/json").body(body.to_string()),
            None => client.get(url),
        };
        let problem = match request.send().await {
            Ok(answer) if answer.status().is_success() => None,
            Ok(answer) => Some(format!("its health check {url} answered {}", answer.status())),
            Err(e) => Some(format!("its health check {url} did not answer ({e})")),
        };
        found.push(ProjectHealth { project_id, healthy: problem.is_none(), problem });
    }
    found
}

#[cfg(test)]
mod tests {
    use axum::{Router, routing::get};

    use super::*;

    #[tokio::test]
    async fn a_running_project_that_answers_is_healthy_one_that_does_not_is_not_and_others_are_left_out() {
        let listener = stkr_daemon::http::bind("127.0.0.1:0".parse().expect("addr")).await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let router = Router::new().route("/health", get(|| async { "ok" }));
        let server = tokio::spawn(stkr_daemon::http::serve(listener, router, stkr_daemon::http::Limits::default()));
        let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("status.json");
        let status = serde_json::json!({ "projects": [
            { "project_id": 2, "stage": "running", "health_url": format!("http://127.0.0.1:{port}/health") },
            { "project_id": 3, "stage": "running", "health_url": format!("http://127.0.0.1:{closed}/health") },
            { "project_id": 4, "stage": "completed", "health_url": format!("http://127.0.0.1:{port}/health") },
            { "project_id": 5, "stage": "sealed" },
        ]});
        std::fs::write(&file, status.to_string()).expect("write");
        let found = observe(&file, Duration::from_secs(2)).await;
        server.abort();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0], ProjectHealth { project_id: 2, healthy: true, problem: None });
        assert_eq!((found[1].project_id, found[1].healthy), (3, false));
        assert!(found[1].problem.as_deref().is_some_and(|p| p.contains("did not answer")), "{found:?}");
        assert!(observe(&dir.path().join("missing.json"), Duration::from_secs(1)).await.is_empty());
    }
}
