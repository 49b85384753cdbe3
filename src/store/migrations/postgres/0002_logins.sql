-- Version 2 (SQLite's 0005): who a server login is. Each database login that runs roster is
-- bound to one roster user by an owner (`roster member login EMAIL LOGIN`); the audit log
-- records the login that made each change.
CREATE TABLE logins (
    login      TEXT COLLATE "C" PRIMARY KEY CHECK (length(login) BETWEEN 1 AND 63),
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bound_by   BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX logins_user ON logins(user_id);

-- The login that wrote the row, as the server authenticated it (NULL on a SQLite file): the
-- default, and the only value a login may write, so no row claims another login. Only
-- `roster db copy` run by the owner of roster's tables (the admin login) writes copied values:
-- it says so with the setting roster.copying for its transaction. (A CHECK rather than a row
-- trigger: a batch writes 100,000 audit rows, and the common case costs one comparison.)
CREATE FUNCTION roster_audit_copying() RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(current_setting('roster.copying', true) = 'on', false)
       AND pg_has_role(session_user,
                       (SELECT c.relowner FROM pg_class c WHERE c.oid = 'public.audit'::regclass),
                       'MEMBER')
$$;

ALTER TABLE audit ADD COLUMN login TEXT DEFAULT session_user
    CONSTRAINT audit_login_is_the_writer
    CHECK (login IS NOT DISTINCT FROM session_user OR roster_audit_copying());

-- Audit ids come from the identity only (an everyday login cannot take the next id ahead of
-- roster and make its writes fail); `db copy` writes copied ids with OVERRIDING SYSTEM VALUE.
ALTER TABLE audit ALTER COLUMN id SET GENERATED ALWAYS;

-- The two updates roster makes to audit rows, for logins that may not UPDATE the table. Run
-- with the owner's rights, so everything they name is schema-qualified and the search path
-- ends with pg_temp (a login's temporary table named `audit` must not stand in for ours):
-- * a deleted workspace's rows are relabelled, only once no workspace has that slug, and only
--   to the label roster writes ("SLUG (deleted TIME)");
-- * the rows of one `config apply` get its batch id: only rows without one, written by the
--   calling login.
CREATE FUNCTION roster_audit_detach(old_slug TEXT, label TEXT) RETURNS BIGINT
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH changed AS (
        UPDATE public.audit SET workspace = label
         WHERE workspace = old_slug
           AND starts_with(label, old_slug || ' (deleted ')
           AND NOT EXISTS (SELECT 1 FROM public.workspaces w WHERE w.slug = old_slug)
        RETURNING 1
    )
    SELECT count(*) FROM changed
$$;

CREATE FUNCTION roster_audit_tag_batch(after_id BIGINT, batch TEXT) RETURNS BIGINT
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH changed AS (
        UPDATE public.audit SET batch_id = batch
         WHERE id > after_id AND batch_id IS NULL AND login = session_user
        RETURNING 1
    )
    SELECT count(*) FROM changed
$$;
