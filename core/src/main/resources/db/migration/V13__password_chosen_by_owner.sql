-- A password an administrator set is a temporary one (OWASP ASVS 5.0 6.4.1): its owner must choose
-- their own at the next sign-in before doing anything else.
ALTER TABLE user_account ADD COLUMN password_change_due BOOLEAN NOT NULL DEFAULT FALSE;
