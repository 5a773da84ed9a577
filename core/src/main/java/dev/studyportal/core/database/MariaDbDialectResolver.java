package dev.studyportal.core.database;

import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.jspecify.annotations.Nullable;

/**
 * Picks Hibernate's MariaDB dialect, at MariaDB's real version, for a MariaDB server reached through
 * MySQL Connector/J. MariaDB up to 10.11 greets clients as {@code 5.5.5-10.11.19-MariaDB} (the prefix keeps
 * old MySQL replicas talking to it), and Connector/J reports that as a MySQL server, version 5.5.5: Hibernate
 * would pick its MySQL dialect for a server long out of support, and warn about it at every start. The
 * version string says MariaDB plainly, so this reads it from the server's own metadata at start-up, and
 * operators need no setting for it. Anything else (MySQL, H2) is left to Hibernate's own resolution.
 * Named in core's properties ({@code hibernate.dialect_resolvers}), which the portal and the importer share.
 */
public final class MariaDbDialectResolver implements DialectResolver {

    /** An optional replication prefix, then major.minor.micro, then "-MariaDB" somewhere after. */
    private static final Pattern MARIADB =
            Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)(\\S*-MariaDB.*)$", Pattern.CASE_INSENSITIVE);

    @Override
    public @Nullable Dialect resolveDialect(DialectResolutionInfo info) {
        return version(info.getDatabaseVersion())
                .map(version -> new MariaDBDialect(new MariaDbServer(info, version)))
                .orElse(null);
    }

    /** MariaDB's own version in a server's version string, without the replication prefix; empty for other servers. */
    static Optional<MariaDbVersion> version(@Nullable String serverVersion) {
        if (serverVersion == null) {
            return Optional.empty();
        }
        Matcher matcher = MARIADB.matcher(serverVersion.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MariaDbVersion(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3) + matcher.group(4)));
    }

    record MariaDbVersion(int major, int minor, int micro, String text) {}

    /**
     * The server as Connector/J described it, with MariaDB's name and version in place of MySQL 5.5.5; the
     * rest (keywords, character set, SQL mode) is read by the dialect as usual.
     */
    private record MariaDbServer(DialectResolutionInfo driver, MariaDbVersion version)
            implements DialectResolutionInfo {

        @Override
        public String getDatabaseName() {
            return "MariaDB";
        }

        @Override
        public String getDatabaseVersion() {
            return version.text();
        }

        @Override
        public int getDatabaseMajorVersion() {
            return version.major();
        }

        @Override
        public int getDatabaseMinorVersion() {
            return version.minor();
        }

        @Override
        public int getDatabaseMicroVersion() {
            return version.micro();
        }

        @Override
        public String getDriverName() {
            return driver.getDriverName();
        }

        @Override
        public int getDriverMajorVersion() {
            return driver.getDriverMajorVersion();
        }

        @Override
        public int getDriverMinorVersion() {
            return driver.getDriverMinorVersion();
        }

        @Override
        public String getSQLKeywords() {
            return driver.getSQLKeywords();
        }

        @Override
        public @Nullable DatabaseMetaData getDatabaseMetadata() {
            return driver.getDatabaseMetadata();
        }

        @Override
        public Map<String, Object> getConfigurationValues() {
            return driver.getConfigurationValues();
        }
    }
}
