//! The floor of `config validate` for benches/config.sh: a bare parse of a TOML file by the
//! `toml` crate into a table, nothing checked. `toml_parse FILE`.

fn main() {
    let path = std::env::args().nth(1).expect("usage: toml_parse FILE");
    let text = std::fs::read_to_string(&path).expect("a readable file");
    let table: toml::Table = text.parse().expect("valid TOML");
    println!("{} top-level keys", table.len());
}
