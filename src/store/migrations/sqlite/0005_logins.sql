-- Version 5 (PostgreSQL's 0002): the login bindings and the audit log's login column, so that
-- both backends hold the same tables and `roster db copy` moves every row either way. On a
-- file they stay empty: the file's permissions are the boundary, `--as` names the user.
CREATE TABLE logins (
    login      TEXT PRIMARY KEY CHECK (length(login) BETWEEN 1 AND 63),
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bound_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX logins_user ON logins(user_id);

ALTER TABLE audit ADD COLUMN login TEXT;
