//! Slugs name workspaces and accounts: `[a-z0-9][a-z0-9-]{0,62}` (SPEC §1).

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn from_trusted(s: String) -> Self {
        Slug(s)
    }
}

fn is_valid(s: &str) -> bool {
    let b = s.as_bytes();
    (1..=63).contains(&b.len())
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

impl FromStr for Slug {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if is_valid(s) {
            Ok(Slug(s.to_string()))
        } else {
            Err(format!(
                "'{}' is not a valid slug: use 1 to 63 lower-case letters, digits and '-', starting with a letter or digit",
                super::escape(s)
            ))
        }
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Derive a slug from a display name: "Acme Agency!" -> "acme-agency". Letters outside ASCII
/// are dropped rather than transliterated; `None` when nothing usable is left.
pub fn slugify(name: &str) -> Option<Slug> {
    let mut out = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut s = out.trim_end_matches('-').to_string();
    s.truncate(63);
    let s = s.trim_end_matches('-').to_string();
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slugify_examples() {
        assert_eq!(slugify("Acme Agency").unwrap().as_str(), "acme-agency");
        assert_eq!(
            slugify("  Café -- Crème 2 ").unwrap().as_str(),
            "caf-cr-me-2"
        );
        assert!(slugify("!!!").is_none());
    }

    #[test]
    fn refuses_bad_slugs() {
        for bad in ["", "-acme", "Acme", "ac me", "acme_1", &"a".repeat(64)] {
            assert!(bad.parse::<Slug>().is_err(), "{bad:?} was accepted");
        }
    }

    proptest! {
        #[test]
        fn slugify_yields_valid_slugs(name in "\\PC{0,100}") {
            if let Some(s) = slugify(&name) {
                prop_assert!(is_valid(s.as_str()));
            }
        }
    }
}
