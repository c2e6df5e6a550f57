//! The `ciclo` command: opens the designer window, or works on files from the command line.

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    cli::main()
}

/// A closed output pipe (`ciclo templates | head -1`) ends the command quietly with exit
/// code 0, as ripgrep does, instead of a panic and a backtrace. Rust ignores SIGPIPE, so
/// writing to a closed pipe is an error, and `println!` turns that error into a panic whose
/// message names it; this hook recognises that panic on the main thread and exits. Any
/// other panic, or one on another thread (a live workshop's, which must still save), goes
/// to the default hook.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or_default();
        // EPIPE is 32 on Linux and macOS; Windows says "The pipe is being closed".
        let closed_pipe = message.starts_with("failed printing to std")
            && (message.contains("(os error 32)") || message.contains("pipe is being closed"));
        if closed_pipe && std::thread::current().name() == Some("main") {
            std::process::exit(0);
        }
        default(info);
    }));
}
