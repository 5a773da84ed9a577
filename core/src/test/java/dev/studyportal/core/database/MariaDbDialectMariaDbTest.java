package dev.studyportal.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.MariaDbTest;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On the real server, reached through MySQL Connector/J as production reaches it and with no dialect
 * setting anywhere, Hibernate works with MariaDB's dialect at the server's own version, not MySQL 5.5.5.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class MariaDbDialectMariaDbTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void hibernate_talks_to_mariadb_as_mariadb_at_its_real_version_without_being_told() {
        assertThat(environment.getProperty("spring.jpa.properties.jakarta.persistence.database-product-name"))
                .as("nobody names the server")
                .isNull();
        String server = new JdbcTemplate(dataSource).queryForObject("SELECT VERSION()", String.class);
        Dialect dialect = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();

        if (server.contains("MariaDB")) {
            String[] version = server.split("[.-]");
            assertThat(dialect).isInstanceOf(MariaDBDialect.class);
            assertThat(dialect.getVersion().getDatabaseMajorVersion()).isEqualTo(Integer.parseInt(version[0]));
            assertThat(dialect.getVersion().getDatabaseMinorVersion()).isEqualTo(Integer.parseInt(version[1]));
            assertThat(dialect.getVersion().getDatabaseMicroVersion()).isEqualTo(Integer.parseInt(version[2]));
        } else {
            assertThat(dialect)
                    .as("a MySQL server keeps Hibernate's own choice")
                    .isNotInstanceOf(MariaDBDialect.class);
        }
    }
}
