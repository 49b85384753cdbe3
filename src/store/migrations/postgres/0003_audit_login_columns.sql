-- Version 3: who wrote an audit row is kept by the column's privileges, not by a CHECK.
-- The CHECK audit_login_is_the_writer compared every row with session_user, on UPDATE too: once
-- two logins had written to a workspace, `workspace delete` could not relabel its trail
-- (roster_audit_detach updates rows other logins wrote) and nobody, not even the admin login,
-- could delete the workspace. Instead the everyday role may INSERT every audit column but
-- `login` (and `id`, an identity GENERATED ALWAYS): naming either is refused (42501), so the
-- column's default, session_user, is the only value an everyday login's row can carry. The
-- owner of roster's tables (the admin login, and its definer functions) is not limited, which
-- is what `roster db copy` into a server needs to keep copied rows' logins. Column privileges
-- cost nothing per row, where a row trigger would be paid by every row of a 100,000-row batch.
ALTER TABLE audit DROP CONSTRAINT audit_login_is_the_writer;
DROP FUNCTION roster_audit_copying();
