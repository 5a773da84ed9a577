package dev.studyportal.webapp.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * "Keep me logged in" tokens in the database (V7's {@code persistent_logins}), so every node honours
 * them. A series, the chain of tokens that one password login starts, ends its fixed lifetime after
 * that login, however often it is used: Spring's own check counts from the last use, so a browser
 * that came back every fortnight would never be asked for the password again (ASVS 7.3.2).
 */
class RememberMeTokenStore implements PersistentTokenRepository {

    private final JdbcTemplate jdbc;
    private final Duration lifetime;
    private final Clock clock;

    RememberMeTokenStore(JdbcTemplate jdbc, Duration lifetime, Clock clock) {
        this.jdbc = jdbc;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        jdbc.update(
                "INSERT INTO persistent_logins (username, series, token, last_used, series_started) VALUES (?, ?, ?, ?, ?)",
                token.getUsername(),
                token.getSeries(),
                token.getTokenValue(),
                new Timestamp(token.getDate().getTime()),
                Timestamp.from(clock.instant()));
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        jdbc.update(
                "UPDATE persistent_logins SET token = ?, last_used = ? WHERE series = ?",
                tokenValue,
                new Timestamp(lastUsed.getTime()),
                series);
    }

    @Override
    public @Nullable PersistentRememberMeToken getTokenForSeries(String seriesId) {
        List<StoredSeries> found = jdbc.query(
                "SELECT username, series, token, last_used, COALESCE(series_started, last_used) FROM persistent_logins WHERE series = ?",
                (row, number) -> new StoredSeries(
                        new PersistentRememberMeToken(
                                row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4)),
                        row.getTimestamp(5).toInstant()),
                seriesId);
        if (found.isEmpty()) {
            return null;
        }
        StoredSeries series = found.getFirst();
        if (!series.started().plus(lifetime).isAfter(clock.instant())) {
            jdbc.update("DELETE FROM persistent_logins WHERE series = ?", seriesId);
            return null; // as if it never existed: the browser is sent to the login page
        }
        return series.token();
    }

    @Override
    public void removeUserTokens(String username) {
        jdbc.update("DELETE FROM persistent_logins WHERE username = ?", username);
    }

    private record StoredSeries(PersistentRememberMeToken token, Instant started) {}
}
