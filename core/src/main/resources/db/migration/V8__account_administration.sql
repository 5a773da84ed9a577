-- Account administration (docs/security.md). Runs unchanged on MySQL 8.4, MariaDB 10.11+ and H2 in MySQL mode.

-- Settings an administrator changes in the portal and every node must see alike, one row per name.
CREATE TABLE portal_setting (
    name          VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(255) NOT NULL,
    CONSTRAINT pk_portal_setting PRIMARY KEY (name)
);
INSERT INTO portal_setting (name, setting_value) VALUES ('sign-up-mode', 'OPEN');

-- Invitation codes for sign-up by invitation only. Only a SHA-256 hash of each code is kept; the
-- code itself is shown once, to the administrator who made it. A code lets in one account.
CREATE TABLE invite_code (
    id         BIGINT       NOT NULL,
    code_hash  VARCHAR(64)  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_by    VARCHAR(64)  NULL,
    used_at    TIMESTAMP(6) NULL,
    CONSTRAINT pk_invite_code PRIMARY KEY (id),
    CONSTRAINT uk_invite_code_hash UNIQUE (code_hash)
);
