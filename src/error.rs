//! The one error type of roster: every failure has a kind, and the kind alone decides the exit
//! code (SPEC §3). Messages say what happened; hints say what to run next.

use std::fmt;

/// What went wrong, in the terms of SPEC §3. The only place that knows exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Internal,
    Usage,
    Denied,
    NotFound,
    Conflict,
    Invalid,
    Auth,
    BatchPartial,
    Storage,
    Mail,
    ChangesPending,
    /// Permission expectations of a roster.toml that `decide()` does not meet.
    ExpectationsFailed,
    Cancelled,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Denied => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::Conflict => 5,
            ErrorKind::Invalid => 6,
            ErrorKind::Auth => 7,
            ErrorKind::BatchPartial => 8,
            ErrorKind::Storage => 9,
            ErrorKind::Mail => 10,
            ErrorKind::ChangesPending => 11,
            ErrorKind::ExpectationsFailed => 12,
            ErrorKind::Cancelled => 130,
        }
    }

    /// Stable machine-readable name, used as `error.code` in `--json` output.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Internal => "internal",
            ErrorKind::Usage => "usage",
            ErrorKind::Denied => "denied",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Invalid => "invalid",
            ErrorKind::Auth => "auth",
            ErrorKind::BatchPartial => "batch_partial",
            ErrorKind::Storage => "storage",
            ErrorKind::Mail => "mail",
            ErrorKind::ChangesPending => "changes_pending",
            ErrorKind::ExpectationsFailed => "expectations_failed",
            ErrorKind::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// The input the error is about (`role`, `assign`, ...), where one is: a batch reports it
    /// as the CSV column of the row.
    pub field: Option<&'static str>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            field: None,
        }
    }
    pub fn with_field(mut self, field: &'static str) -> Self {
        self.field = Some(field);
        self
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn internal(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, m)
    }
    pub fn usage(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, m)
    }
    pub fn denied(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Denied, m)
    }
    pub fn not_found(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, m)
    }
    pub fn conflict(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, m)
    }
    pub fn invalid(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, m)
    }
    pub fn storage(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Storage, m)
    }
    pub fn cancelled() -> Self {
        Self::new(ErrorKind::Cancelled, "cancelled; nothing was changed")
    }
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// The `--json` form printed on stderr: `{"error":{"code","message","hint","exit_code"}}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "error": {
                "code": self.kind.code(),
                "message": self.message,
                "hint": self.hint,
                "exit_code": self.exit_code(),
            }
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
