//! Email addresses: trimmed, compared case-insensitively, stored lower-case (SPEC §1).

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// For values read back from the database, which only ever holds parsed emails.
    pub fn from_trusted(s: String) -> Self {
        Email(s)
    }
}

impl FromStr for Email {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Checked before trimming: a hidden character at either end is refused too, not eaten.
        super::check_visible(s.trim_matches([' ', '\t', '\n', '\r']), "the email address")?;
        let t = s.trim().to_lowercase();
        if t.is_empty() {
            return Err("an email address must not be empty".into());
        }
        // email_address accepts quoted local parts and IP literals; a user at a terminal
        // means a plain mailbox, so refuse the exotic forms too.
        let ok = email_address::EmailAddress::is_valid(&t)
            && !t.contains(['"', '[', ']', ' ', '\\', '(', ')', ',', ';', '<', '>'])
            && t.rsplit_once('@').is_some_and(|(l, d)| {
                !l.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.')
            });
        if ok {
            Ok(Email(t))
        } else {
            Err(format!(
                "'{}' is not an email address",
                super::escape(s.trim())
            ))
        }
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_space() {
        let e: Email = "  Owner@Acme.Test ".parse().unwrap();
        assert_eq!(e.as_str(), "owner@acme.test");
    }

    #[test]
    fn refuses_non_emails() {
        for bad in [
            "",
            "owner",
            "owner@",
            "@acme.test",
            "a b@acme.test",
            "owner@acme",
            "\"x\"@acme.test",
        ] {
            assert!(bad.parse::<Email>().is_err(), "{bad:?} was accepted");
        }
    }
}
