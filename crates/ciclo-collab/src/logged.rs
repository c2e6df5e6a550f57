//! Errors a workshop cannot act on, each told once on standard error with what was being
//! done, where the host tells everything else it notices.

use std::fmt::Display;

use tokio_tungstenite::tungstenite;

/// The value of `result`; or its error told on standard error after `what`, and `None`.
pub(crate) fn logged<T, E: Display>(result: Result<T, E>, what: &str) -> Option<T> {
    result.map_err(|e| eprintln!("workshop: {what}: {e}")).ok()
}

/// [`logged`] for the last frames on a connection and its closing: a connection the
/// other end closed first is no error.
pub(crate) fn closed(result: Result<(), tungstenite::Error>, what: &str) {
    match result {
        Ok(()) | Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {}
        Err(e) => eprintln!("workshop: {what}: {e}"),
    }
}

/// Waits for a thread of the workshop's to end; one that panicked is told once.
pub(crate) fn joined(thread: std::thread::JoinHandle<()>, what: &str) {
    if thread.join().is_err() {
        eprintln!("workshop: {what}: its thread panicked");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_passes_and_an_error_becomes_none() {
        assert_eq!(logged(Ok::<_, String>(3), "counting"), Some(3));
        assert_eq!(logged(Err::<u8, _>("no room"), "counting"), None);
        closed(Err(tungstenite::Error::ConnectionClosed), "closing");
        joined(std::thread::spawn(|| {}), "waiting");
    }
}
