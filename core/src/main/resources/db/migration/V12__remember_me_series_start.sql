-- When the password login that started a "Keep me logged in" series happened: the series ends a fixed
-- time after it, however often the browser comes back (each use only renews the token). Series from
-- before this column count from their last use.
ALTER TABLE persistent_logins ADD COLUMN series_started TIMESTAMP(6) NULL;
