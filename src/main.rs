//! The `ciclo` command: opens the designer window, or works on files from the command line.

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    cli::main()
}
