//! Plain HTTP on the host's port, beside the y-websocket rooms: the request head read from
//! a connection, the answer written back, and the stream handed on with its first bytes
//! when the request is a WebSocket upgrade after all.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _, ReadBuf};

/// The longest request head the host reads (request line and headers).
pub const MAX_HEAD: usize = 16 * 1024;
/// How long a client may take to send its request head, or a body.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The headers every answer carries: the page loads nothing from another host, sends no
/// referrer (the token is in the URL), and no answer is sniffed as another type.
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    (
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'; connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
];

/// A request's head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// `GET`, `POST`…
    pub method: String,
    /// The path, still percent-encoded, without the query.
    pub path: String,
    /// The query, without its `?`; empty when there is none.
    pub query: String,
    /// The headers, names in lower case.
    pub headers: Vec<(String, String)>,
}

impl Head {
    /// The first header of that (lower-case) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// True when the request asks to become a WebSocket.
    pub fn is_upgrade(&self) -> bool {
        self.header("upgrade")
            .is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
    }

    /// The value of `key` in the query.
    pub fn query_value(&self, key: &str) -> Option<String> {
        crate::wire::query_value(&self.query, key)
    }
}

/// Why a request head could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum HeadError {
    /// The peer closed or the read failed.
    Closed,
    /// Over [`MAX_HEAD`] bytes, or not HTTP.
    Malformed,
    /// Nothing complete within [`READ_TIMEOUT`].
    Slow,
}

/// Reads a request head. Returns it with every byte read so far (the head and whatever
/// followed it), so that a WebSocket upgrade or a body can go on from there.
pub async fn read_head<S: AsyncRead + Unpin>(stream: &mut S) -> Result<(Head, Vec<u8>), HeadError> {
    let mut buf = Vec::with_capacity(1024);
    let read = async {
        loop {
            let mut chunk = [0u8; 2048];
            let n = stream
                .read(&mut chunk)
                .await
                .map_err(|_| HeadError::Closed)?;
            if n == 0 {
                return Err(HeadError::Closed);
            }
            buf.extend_from_slice(&chunk[..n]);
            if let Some(head) = parse(&buf)? {
                return Ok(head);
            }
            if buf.len() > MAX_HEAD {
                return Err(HeadError::Malformed);
            }
        }
    };
    let head = tokio::time::timeout(READ_TIMEOUT, read)
        .await
        .map_err(|_| HeadError::Slow)??;
    Ok((head, buf))
}

/// The head in `buf`, `None` while it is incomplete.
fn parse(buf: &[u8]) -> Result<Option<Head>, HeadError> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(buf) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(_) => return Err(HeadError::Malformed),
    }
    let target = req.path.unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    Ok(Some(Head {
        method: req.method.unwrap_or("GET").to_owned(),
        path: path.to_owned(),
        query: query.to_owned(),
        headers: req
            .headers
            .iter()
            .map(|h| {
                (
                    h.name.to_ascii_lowercase(),
                    String::from_utf8_lossy(h.value).into_owned(),
                )
            })
            .collect(),
    }))
}

/// The length of a head in `buf` (up to and including its blank line).
pub fn head_len(buf: &[u8]) -> usize {
    buf.windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(buf.len(), |at| at + 4)
}

/// Reads a body of `length` bytes, the first of which are `already` (read with the head).
/// `None` when it is longer than `limit`, or the client is too slow or goes away.
pub async fn read_body<S: AsyncRead + Unpin>(
    stream: &mut S,
    already: &[u8],
    length: usize,
    limit: usize,
) -> Option<Vec<u8>> {
    if length > limit || already.len() > length {
        return None;
    }
    let mut body = Vec::with_capacity(length);
    body.extend_from_slice(already);
    body.resize(length, 0);
    let start = already.len();
    tokio::time::timeout(READ_TIMEOUT * 6, stream.read_exact(&mut body[start..]))
        .await
        .ok()?
        .ok()?;
    Some(body)
}

/// An answer to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// 200, 401…
    pub status: u16,
    /// The media type.
    pub content_type: &'static str,
    /// Further headers.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Answer {
    /// An answer of `status` with a body of `content_type`.
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// A short sentence as plain text, for an error a browser shows as the page.
    pub fn text(status: u16, sentence: impl Into<String>) -> Answer {
        let mut text = sentence.into();
        text.push('\n');
        Answer::new(status, "text/plain; charset=utf-8", text)
    }

    /// This answer with one more header.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Answer {
        self.headers.push((name, value.into()));
        self
    }

    /// The answer's bytes: status line, headers and body; the connection closes after it.
    pub fn to_bytes(&self, head_only: bool) -> Vec<u8> {
        let mut out = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
            self.status,
            reason(self.status),
            self.content_type,
            self.body.len()
        );
        for (name, value) in SECURITY_HEADERS {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        for (name, value) in &self.headers {
            // A value never carries a line break: it could start a header of its own.
            let value: String = value.chars().filter(|c| !c.is_control()).collect();
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        out.push_str("\r\n");
        let mut bytes = out.into_bytes();
        if !head_only {
            bytes.extend_from_slice(&self.body);
        }
        bytes
    }

    /// Writes the answer and closes the writing side.
    pub async fn send<S: AsyncWrite + Unpin>(&self, stream: &mut S, head_only: bool) {
        let bytes = self.to_bytes(head_only);
        let sent = tokio::time::timeout(READ_TIMEOUT * 3, async {
            stream.write_all(&bytes).await?;
            stream.shutdown().await
        })
        .await;
        if let Ok(Err(e)) = sent {
            // The browser went away first; nothing else to do with this connection.
            eprintln!("an answer was not delivered: {e}");
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

/// A stream whose first bytes were already read: they are read again first, so that the
/// WebSocket handshake sees the whole request.
pub struct Replay<S> {
    first: Vec<u8>,
    at: usize,
    inner: S,
}

impl<S> Replay<S> {
    /// `inner`, with `first` read again before it.
    pub fn new(first: Vec<u8>, inner: S) -> Replay<S> {
        Replay {
            first,
            at: 0,
            inner,
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Replay<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.at < self.first.len() {
            let n = buf.remaining().min(self.first.len() - self.at);
            let at = self.at;
            buf.put_slice(&self.first[at..at + n]);
            self.at += n;
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Replay<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_is_read_with_its_query_and_lower_case_headers() {
        let raw = b"GET /cena/picture.svg?token=abc&w=390 HTTP/1.1\r\nHost: x\r\nUpgrade: WebSocket\r\n\r\nrest";
        let head = parse(raw).unwrap().unwrap();
        assert_eq!(head.path, "/cena/picture.svg");
        assert_eq!(head.query_value("token").as_deref(), Some("abc"));
        assert!(head.is_upgrade());
        assert_eq!(head_len(raw), raw.len() - 4);
        assert_eq!(parse(b"GET / HTTP/1.1\r\nHost"), Ok(None));
        assert_eq!(
            parse(b"\x16\x03\x01 not http\r\n\r\n"),
            Err(HeadError::Malformed)
        );
    }

    #[test]
    fn an_answer_carries_the_security_headers_and_no_injected_lines() {
        let a = Answer::text(401, "no").with("ETag", "\"1\"\r\nSet-Cookie: x=1");
        let text = String::from_utf8(a.to_bytes(false)).unwrap();
        assert!(text.starts_with("HTTP/1.1 401 Unauthorized\r\n"));
        assert!(text.contains("Referrer-Policy: no-referrer\r\n"));
        assert!(text.contains("X-Content-Type-Options: nosniff\r\n"));
        assert!(text.contains("Content-Security-Policy: default-src 'self'"));
        assert!(!text.contains("\r\nSet-Cookie"));
    }
}
