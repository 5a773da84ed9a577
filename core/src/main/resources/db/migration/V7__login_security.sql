-- Login security (docs/security.md). Runs unchanged on MySQL 8.4, MariaDB 10.11+ and H2 in MySQL mode.

-- Failed logins per username, shared by every node so that a lockout holds behind a load balancer.
-- Any name typed into the login form gets a row, whether or not the account exists, so that a
-- lockout reveals nothing; spent rows are deleted by the portal's housekeeping.
CREATE TABLE login_throttle (
    id                BIGINT       NOT NULL,
    username          VARCHAR(64)  NOT NULL,
    failures          INT          NOT NULL,
    window_started_at TIMESTAMP(6) NULL,
    locked_until      TIMESTAMP(6) NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (id),
    CONSTRAINT uk_login_throttle_username UNIQUE (username)
);

-- "Keep me logged in": Spring Security's persistent remember-me tokens (JdbcTokenRepositoryImpl's
-- table, names as it expects them). One row per browser; the token changes at every use.
CREATE TABLE persistent_logins (
    username  VARCHAR(64)  NOT NULL,
    series    VARCHAR(64)  NOT NULL,
    token     VARCHAR(64)  NOT NULL,
    last_used TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_persistent_logins PRIMARY KEY (series)
);
CREATE INDEX ix_persistent_logins_username ON persistent_logins (username);
