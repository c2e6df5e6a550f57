//! Child processes of the interop tests: `ciclo serve`, `ciclo sync`, the reference
//! y-websocket server, and a participant written with the reference `yjs` (peer.js).
#![allow(dead_code)]

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub fn interop_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop")
}

/// True when node and the pinned packages are there. Without them the test is skipped,
/// except in CI (CI set), where it fails and says what to run.
pub fn node_ready() -> bool {
    let modules = interop_dir().join("node_modules/yjs");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if modules.is_dir() && node {
        return true;
    }
    let why = if node {
        "the interop packages are not installed: run `npm ci` in tests/interop"
    } else {
        "node is not installed: install Node.js 18 or later, then run `npm ci` in tests/interop"
    };
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!ci, "{why}");
    eprintln!("skipped: {why}");
    false
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    listener.local_addr().expect("an address").port()
}

/// A child process whose output lines arrive on a channel; killed when dropped.
pub struct Proc {
    pub child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<String>,
}

impl Proc {
    pub fn start(command: &mut Command) -> Proc {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts");
        let (tx, lines) = mpsc::channel();
        for out in [
            child
                .stdout
                .take()
                .map(|o| Box::new(o) as Box<dyn std::io::Read + Send>),
            child
                .stderr
                .take()
                .map(|e| Box::new(e) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines().map_while(Result::ok) {
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        let stdin = child.stdin.take();
        Proc {
            child,
            stdin,
            lines,
        }
    }

    /// Waits for an output line that `check` accepts, and returns it.
    pub fn wait_line(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if check(&line) => return line,
                Ok(line) => seen.push(line),
                Err(_) => panic!("never saw {what}; the output was:\n{}", seen.join("\n")),
            }
        }
    }

    /// Waits for a JSON state line of peer.js that `check` accepts.
    pub fn wait_state(
        &self,
        what: &str,
        check: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        let line = self.wait_line(what, |line| {
            serde_json::from_str::<serde_json::Value>(line).is_ok_and(|v| check(&v))
        });
        serde_json::from_str(&line).expect("JSON")
    }

    /// True when no line that `check` accepts arrives within `wait`.
    pub fn never(&self, wait: Duration, check: impl Fn(&str) -> bool) -> bool {
        let deadline = Instant::now() + wait;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) if check(&line) => return false,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        true
    }

    pub fn send(&mut self, command: serde_json::Value) {
        let stdin = self.stdin.as_mut().expect("stdin");
        writeln!(stdin, "{command}").expect("writes");
        stdin.flush().expect("flushes");
    }

    /// Sends SIGTERM (Unix), as a service manager stops a program.
    pub fn terminate(&mut self) {
        #[cfg(unix)]
        unsafe {
            libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM);
        }
        #[cfg(not(unix))]
        let _ = self.child.kill();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn ciclo() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ciclo"))
}

/// `ciclo serve FILE --port PORT --bind 127.0.0.1 --token TOKEN`, once it listens.
pub fn serve(file: &Path, port: u16, token: &str) -> Proc {
    let proc = Proc::start(ciclo().arg("serve").arg(file).args([
        "--port",
        &port.to_string(),
        "--bind",
        "127.0.0.1",
        "--token",
        token,
    ]));
    proc.wait_line("the join URLs", |l| l.contains("Press Ctrl+C"));
    proc
}

/// The restaurant template, as the tests' rooms start.
pub const RESTAURANT: &str = include_str!("../../examples/restaurant.en.ron");

/// `ciclo serve` of a copy of the restaurant template, `cena.ron` in a fresh folder.
pub struct Served {
    pub host: Proc,
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub port: u16,
    pub token: String,
}

/// Serves room `cena` (the restaurant) on a free port of loopback, guarded by `token`.
pub fn served(token: &str) -> Served {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("cena.ron");
    std::fs::write(&path, RESTAURANT).expect("writes");
    let port = free_port();
    let host = serve(&path, port, token);
    Served {
        host,
        dir,
        path,
        port,
        token: token.to_owned(),
    }
}

impl Served {
    /// The server's address for a Yjs client: `ws://127.0.0.1:PORT`.
    pub fn server(&self) -> String {
        format!("ws://127.0.0.1:{}", self.port)
    }

    /// The room's join URL.
    pub fn url(&self) -> String {
        format!("{}/cena?token={}", self.server(), self.token)
    }

    /// A file in the same folder holding the restaurant template too.
    pub fn copy(&self, name: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, RESTAURANT).expect("writes");
        path
    }
}

/// The reference y-websocket server of the pinned y-websocket package, once it listens.
pub fn reference_server(port: u16) -> Proc {
    let server = interop_dir().join("node_modules/y-websocket/bin/server.js");
    let proc = Proc::start(
        Command::new("node")
            .arg(server)
            .env("HOST", "127.0.0.1")
            .env("PORT", port.to_string()),
    );
    proc.wait_line("the reference server start", |l| l.contains("running at"));
    proc
}

/// peer.js in the room at `server`/`room`.
pub fn js_peer(server: &str, room: &str, token: Option<&str>) -> Proc {
    let mut command = Command::new("node");
    command
        .arg(interop_dir().join("peer.js"))
        .arg(server)
        .arg(room);
    if let Some(token) = token {
        command.arg(token);
    }
    Proc::start(&mut command)
}

/// The names of the moments in a peer.js state line.
pub fn names(state: &serde_json::Value) -> Vec<String> {
    state["moments"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|m| m["name"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Waits until the file reads as a document that `check` accepts.
pub fn file_shows(
    path: &Path,
    what: &str,
    check: impl Fn(&ciclo::model::Document) -> bool,
) -> ciclo::model::Document {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(doc) = ciclo::file::load_file(path)
            && check(&doc)
        {
            return doc;
        }
        assert!(
            Instant::now() < deadline,
            "{} never showed {what}",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
