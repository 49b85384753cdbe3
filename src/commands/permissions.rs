//! `roster permissions matrix [--role R]`: SPEC §2's table, computed cell by cell from `decide()`.

use clap::Subcommand;
use serde_json::{Map, Value};

use crate::context::Ctx;
use crate::domain::Role;
use crate::error::Result;
use crate::output::{Report, View};
use crate::permissions::{Action, matrix_cell};

#[derive(Debug, Subcommand)]
pub enum PermissionsCommand {
    /// Every action against every role: ✔ always, – never, else the condition
    Matrix(MatrixArgs),
}

#[derive(Debug, clap::Args)]
pub struct MatrixArgs {
    /// Only this role's column
    #[arg(long, value_enum)]
    pub role: Option<Role>,
}

pub fn run(_ctx: &mut Ctx, cmd: PermissionsCommand) -> Result<Report> {
    let PermissionsCommand::Matrix(args) = cmd;
    let roles: Vec<Role> = match args.role {
        Some(r) => vec![r],
        None => Role::ALL.to_vec(),
    };
    let mut headers = vec!["ACTION".to_string()];
    headers.extend(roles.iter().map(|r| r.as_str().to_uppercase()));
    let mut rows = Vec::new();
    let mut data = Vec::new();
    for action in Action::ALL {
        let cells: Vec<String> = roles.iter().map(|r| matrix_cell(*r, *action)).collect();
        let mut obj = Map::new();
        obj.insert("action".into(), Value::from(action.as_str()));
        for (r, c) in roles.iter().zip(&cells) {
            obj.insert(r.as_str().into(), Value::from(c.as_str()));
        }
        data.push(Value::Object(obj));
        let mut row = vec![action.to_string()];
        row.extend(cells);
        rows.push(row);
    }
    Ok(Report {
        data: Value::Array(data).into(),
        view: View::Table { headers, rows },
        status: Vec::new(),
        commands: Vec::new(),
        exit: 0,
        error: None,
    })
}
