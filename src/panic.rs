//! What a bug looks like to the user: one line on stderr asking for a report, exit 1 (SPEC §3),
//! never a backtrace. An uncommitted transaction is rolled back when the stack unwinds.

/// Replace Rust's panic message (and any backtrace) with one line.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let what = crate::domain::escape(&what).replace('\n', " ");
        eprintln!(
            "error: roster hit a bug ({what}{at}); please report it, with the command you ran, to roster's maintainers"
        );
    }));
}

/// TEST ONLY: `ROSTER_TEST_PANIC=1` makes roster panic on purpose, so the integration suite
/// can prove the hook above (one line, exit 1). It is not a feature; nothing else reads it.
pub fn test_trigger() {
    if std::env::var_os("ROSTER_TEST_PANIC").is_some_and(|v| v == "1") {
        panic!("ROSTER_TEST_PANIC is set: a panic on purpose, for the test of the panic hook");
    }
}
