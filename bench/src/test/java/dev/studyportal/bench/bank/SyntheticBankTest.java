package dev.studyportal.bench.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.parse.ParsedBank;
import dev.studyportal.importer.parse.ParsedPage;
import dev.studyportal.importer.parse.ParsedQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBankTest {

    private static final BankShape SMALL = new BankShape(40, 400, 4, 7);

    private final MarkdownBankParser parser = new MarkdownBankParser();

    @TempDir
    Path folder;

    @Test
    void the_importer_reads_exactly_the_pages_and_questions_asked_for_without_errors() {
        ParsedBank bank = parser.parse(SyntheticBank.write(folder, SMALL).root());

        assertThat(bank.errors()).isEmpty();
        assertThat(bank.pages()).hasSize(40);
        assertThat(bank.questionCount()).isEqualTo(400);
        assertThat(bank.pages().stream()
                        .map(ParsedPage::path)
                        .map(path -> path.substring(0, path.indexOf('/')))
                        .distinct())
                .hasSize(4);
        assertThat(Files.exists(folder.resolve("01-machine-learning/_category_.json")))
                .isTrue();
    }

    @Test
    void the_same_shape_and_seed_write_the_same_files() throws IOException {
        SyntheticBank.write(folder.resolve("first"), SMALL);
        SyntheticBank.write(folder.resolve("second"), SMALL);

        assertThat(contents(folder.resolve("second"))).isEqualTo(contents(folder.resolve("first")));
    }

    @Test
    void an_edit_rewrites_the_answers_of_that_fraction_of_the_questions_and_nothing_else() {
        SyntheticBank bank = SyntheticBank.write(folder, SMALL);
        Map<String, ParsedQuestion> before = questions(parser.parse(folder));

        SyntheticBank.Edit edit = bank.edit(0.10);

        Map<String, ParsedQuestion> after = questions(parser.parse(folder));
        assertThat(edit.questions()).isEqualTo(40);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.keySet().stream()
                        .filter(key ->
                                !after.get(key).answer().equals(before.get(key).answer())))
                .hasSize(40);
        assertThat(after.keySet().stream()
                        .filter(key ->
                                !after.get(key).title().equals(before.get(key).title())))
                .isEmpty();
    }

    private static Map<String, ParsedQuestion> questions(ParsedBank bank) {
        return bank.pages().stream()
                .flatMap(page -> page.sections().stream())
                .flatMap(section -> section.questions().stream())
                .collect(Collectors.toMap(question -> question.key().value(), Function.identity()));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> contents = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readString(file));
            }
            return contents;
        }
    }
}
