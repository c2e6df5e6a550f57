//! Live workshops: one cycle edited together over the Yjs protocol (docs/COLLABORATION.md).
//!
//! - [`schema`]: a [`Document`](ciclo_doc::model::Document) as a Y doc, and back;
//! - [`diff`]: a change between two documents as the smallest Y operations;
//! - [`order`]: the keys that order the moments;
//! - [`host`]: a y-websocket server with one room per file (`ciclo serve`);
//! - [`client`]: a participant that keeps a Y doc in step with a room;
//! - [`guard`]: what an update must pass before a Y doc sees it;
//! - [`ystate`]: a room's Y state kept beside its file, for a host that restarts.

pub mod client;
pub mod diff;
pub mod fetch;
pub mod guard;
pub mod host;
pub mod http;
pub mod join;
mod logged;
pub mod net;
pub mod order;
pub mod page;
pub mod photos;
pub mod presence;
pub mod room;
pub mod schema;
pub mod tls;
pub mod tokens;
pub mod wire;
pub mod ystate;
