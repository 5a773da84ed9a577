package dev.studyportal.importer.cli;

import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.parse.ParsedBank;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Added to the command line's context through {@code spring.main.sources}, as any Spring property can be given:
 * a parser with a bug, so that the command meets a failure that has nothing to do with the database.
 */
class FailingParserConfiguration {

    static final String BUG = "a parser bug that no bank triggers";

    @Bean
    @Primary
    MarkdownBankParser failingParser() {
        return new MarkdownBankParser() {
            @Override
            public ParsedBank parse(Path root) {
                throw new IllegalStateException(BUG);
            }
        };
    }
}
