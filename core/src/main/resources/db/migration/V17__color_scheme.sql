-- Light, dark, or whatever the learner's system prefers (the default), kept with their other settings.
ALTER TABLE user_account ADD COLUMN color_scheme VARCHAR(6) NOT NULL DEFAULT 'SYSTEM';
