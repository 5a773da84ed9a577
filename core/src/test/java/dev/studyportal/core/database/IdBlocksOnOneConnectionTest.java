package dev.studyportal.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.TestBank;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every connection of the pool held by a transaction that needs new ids: the table generator takes the next block
 * on a connection of its own, which must not have to wait for one of theirs (the deadlock of the load benchmark).
 * One connection is "every connection" at its smallest; a transaction writing more questions than a block holds
 * (50) needs the generator twice while it holds that one.
 */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:idblocks;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
            "spring.datasource.hikari.maximum-pool-size=1",
            "spring.datasource.hikari.connection-timeout=2000"
        })
class IdBlocksOnOneConnectionTest {

    @Autowired
    TestBank bank;

    @Test
    void a_transaction_holding_the_only_connection_still_gets_new_blocks_of_ids() {
        bank.reset();

        List<Long> ids = bank.writeAndGet(content ->
                content.questions(content.section(content.page("many", "Many questions"), "all", "All"), 120));

        assertThat(ids).hasSize(120).doesNotHaveDuplicates();
    }
}
