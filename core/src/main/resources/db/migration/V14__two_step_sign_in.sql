-- Two-step sign-in: the shared secret of a person's authenticator app (base32), and the last step
-- whose code was accepted, so that a code seen over someone's shoulder cannot be used a second time.
ALTER TABLE user_account ADD COLUMN totp_secret VARCHAR(64) NULL;
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT NULL;
