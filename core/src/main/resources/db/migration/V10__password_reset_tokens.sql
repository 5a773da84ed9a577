-- Password reset by e-mail link (docs/security.md). Runs unchanged on MySQL 8.4, MariaDB 10.11+ and H2 in MySQL mode.

-- One row per link mailed. Only a SHA-256 hash of the link's token is kept, so a copy of this table lets
-- nobody in. A link works once and until it expires; a newer one for the same account revokes it. Rows
-- stay for a day after they expire: they are what limits how many links an account's mailbox gets in an
-- hour, and the portal's housekeeping deletes them after that.
CREATE TABLE password_reset_token (
    id              BIGINT       NOT NULL,
    user_account_id BIGINT       NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    requested_at    TIMESTAMP(6) NOT NULL,
    expires_at      TIMESTAMP(6) NOT NULL,
    used_at         TIMESTAMP(6) NULL,
    revoked_at      TIMESTAMP(6) NULL,
    CONSTRAINT pk_password_reset_token PRIMARY KEY (id),
    CONSTRAINT uk_password_reset_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_password_reset_token_account ON password_reset_token (user_account_id, requested_at);
