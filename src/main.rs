//! The roster binary: parse, build the context, dispatch, report. Everything else is the library.

use std::process::ExitCode;

use roster::cli::dispatch;
use roster::context::{Ctx, parse_args};
use roster::output::Output;

fn main() -> ExitCode {
    // A shell asking for completions (COMPLETE=bash roster -- ...) is answered before anything else.
    roster::complete::answer_if_asked();
    roster::panic::install_hook();
    match std::panic::catch_unwind(run) {
        Ok(code) => code,
        // The hook has printed its one line; a bug is exit 1 (SPEC §3), not Rust's 101.
        Err(_) => ExitCode::from(1),
    }
}

fn run() -> ExitCode {
    roster::panic::test_trigger();
    let cli = match parse_args() {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let out = Output::from_global(&cli.global);
    let result = Ctx::new(&cli.global, out).and_then(|mut ctx| dispatch(&mut ctx, cli.command));
    ExitCode::from(out.finish(result))
}
