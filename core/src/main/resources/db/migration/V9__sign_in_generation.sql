-- Revoking sign-ins on every node (docs/security.md, "Sessions"). Runs unchanged on MySQL 8.4,
-- MariaDB 10.11+ and H2 in MySQL mode.

-- How many times the account's sign-ins have been revoked: disabling it, changing or resetting its
-- password count one up. A session remembers the number it signed in under and ends once it differs,
-- whichever node the change was made on.
ALTER TABLE user_account ADD COLUMN sign_in_generation BIGINT NOT NULL DEFAULT 0;
