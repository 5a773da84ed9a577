package dev.studyportal.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.database.MariaDbDialectResolver.MariaDbVersion;
import org.junit.jupiter.api.Test;

class MariaDbDialectResolverTest {

    @Test
    void mariadb_behind_the_replication_prefix_is_read_at_its_own_version() {
        assertThat(MariaDbDialectResolver.version("5.5.5-10.11.19-MariaDB-0+deb12u1"))
                .contains(new MariaDbVersion(10, 11, 19, "10.11.19-MariaDB-0+deb12u1"));
        assertThat(MariaDbDialectResolver.version("5.5.5-10.6.21-MariaDB-log"))
                .contains(new MariaDbVersion(10, 6, 21, "10.6.21-MariaDB-log"));
    }

    @Test
    void mariadb_without_the_prefix_is_read_as_it_says() {
        assertThat(MariaDbDialectResolver.version("11.4.5-MariaDB-ubu2404"))
                .contains(new MariaDbVersion(11, 4, 5, "11.4.5-MariaDB-ubu2404"));
        assertThat(MariaDbDialectResolver.version("10.11.19-MariaDB"))
                .contains(new MariaDbVersion(10, 11, 19, "10.11.19-MariaDB"));
    }

    @Test
    void other_servers_are_left_to_hibernate() {
        assertThat(MariaDbDialectResolver.version("8.4.3")).isEmpty();
        assertThat(MariaDbDialectResolver.version("8.0.40-0ubuntu0.24.04.1")).isEmpty();
        assertThat(MariaDbDialectResolver.version("5.5.5")).isEmpty();
        assertThat(MariaDbDialectResolver.version("2.3.232 (2024-08-11)")).isEmpty();
        assertThat(MariaDbDialectResolver.version(null)).isEmpty();
        assertThat(new MariaDbDialectResolver()
                        .resolveDialect(
                                new org.hibernate.engine.jdbc.dialect.spi.DatabaseMetaDataDialectResolutionInfoAdapter(
                                        null) {
                                    @Override
                                    public String getDatabaseVersion() {
                                        return "8.4.3";
                                    }
                                }))
                .isNull();
    }
}
