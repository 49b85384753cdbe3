//! The JSON Schema of `roster.toml` (`roster config schema`), for editors and CI. The domain
//! types describe themselves here, from the same vocabularies the parsers use.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::model::ConfigFile;
use crate::domain::{Credentials, Email, MemberRole, Posting, Provider, Role, Slug};
use crate::permissions::Action;

impl JsonSchema for Slug {
    fn schema_name() -> Cow<'static, str> {
        "Slug".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "1 to 63 lower-case letters, digits and '-', starting with a letter or digit",
            "pattern": "^[a-z0-9][a-z0-9-]{0,62}$",
        })
    }
}

impl JsonSchema for Email {
    fn schema_name() -> Cow<'static, str> {
        "Email".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "email",
            "description": "An email address, compared case-insensitively",
        })
    }
}

/// A closed vocabulary as a string enum, listed from the type's own `ALL`.
macro_rules! vocabulary_schema {
    ($name:ident $(, $description:literal)?) => {
        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let words: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                #[allow(unused_mut)]
                let mut schema = json_schema!({ "type": "string", "enum": words });
                $(schema.insert("description".into(), $description.into());)?
                schema
            }
        }
    };
}

vocabulary_schema!(Provider);
vocabulary_schema!(Posting);
vocabulary_schema!(Credentials);
vocabulary_schema!(Role);
vocabulary_schema!(
    Action,
    "An action of `roster can` and the permission matrix (SPEC §2)."
);
vocabulary_schema!(
    MemberRole,
    "The roles a `[[members]]` entry may have: the owner is `[workspace] owner`, never a member."
);

/// The schema, pretty-printed with a final newline (as committed in `schemas/`).
pub fn schema_json() -> String {
    let mut schema = schemars::schema_for!(ConfigFile);
    singular_forms(&mut schema);
    let mut s = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    s.push('\n');
    s
}

/// `[[expect]]` takes `member`, `action` and `account` for one as well as the lists (the
/// validator reads either, or both together): the schema says so, with one of them required.
fn singular_forms(schema: &mut Schema) {
    let Some(expect) = schema
        .get_mut("$defs")
        .and_then(|d| d.get_mut("ExpectConfig"))
        .and_then(|e| e.as_object_mut())
    else {
        return;
    };
    if let Some(props) = expect.get_mut("properties").and_then(|p| p.as_object_mut()) {
        for (one, many, item) in [
            ("member", "members", "Email"),
            ("action", "actions", "Action"),
            ("account", "accounts", "Slug"),
        ] {
            props.insert(
                one.into(),
                serde_json::json!({
                    "description": format!("One of `{many}`, for an expectation about one."),
                    "$ref": format!("#/$defs/{item}"),
                }),
            );
        }
    }
    expect.insert("required".into(), serde_json::json!(["allowed"]));
    expect.insert(
        "allOf".into(),
        serde_json::json!([
            {"anyOf": [{"required": ["members"]}, {"required": ["member"]}]},
            {"anyOf": [{"required": ["actions"]}, {"required": ["action"]}]},
        ]),
    );
}
