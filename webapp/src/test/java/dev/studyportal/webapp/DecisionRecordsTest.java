package dev.studyportal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision records stay true to the code: every class, package, repository path, property and column
 * that a record in docs/adr names in backticks must still exist. A record describing what was replaced
 * says so in words ("superseded"), and names what replaced it.
 */
class DecisionRecordsTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> MODULES = List.of("core", "importer", "webapp", "bench");
    /** The repository's own top-level folders: a path starting elsewhere (bin/node, ~/.vaadin) is not the repository's. */
    static final Set<String> TOP_LEVEL =
            Set.of("core", "importer", "webapp", "bench", "docs", "docker", "scripts", ".ci", ".mvn");
    /** Framework annotations the records name next to the project's own. */
    static final Set<String> FRAMEWORK_NAMES = Set.of(
            "Component",
            "Service",
            "PreAuthorize",
            "Transactional",
            "NullMarked",
            "Nullable",
            "Contract",
            "Option",
            "Parameters",
            "Spec",
            "Mixin",
            "Objects");

    static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    static final Pattern TYPE = Pattern.compile("@?([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:[.#]([a-z][A-Za-z0-9]*))?");
    static final Pattern PACKAGE =
            Pattern.compile("(core|importer|webapp|bench)((?:\\.[a-z][a-z0-9]*)+)(?:\\.([A-Z][A-Za-z0-9]*))?");
    static final Pattern PROPERTY = Pattern.compile("(studyportal|spring|server|management)\\.[a-z0-9.-]+");
    static final Pattern COLUMN = Pattern.compile("([a-z][a-z0-9_]*)\\.([a-z][a-z0-9_]*_[a-z0-9_]*)");

    @Test
    void every_name_a_decision_record_gives_still_exists() throws IOException {
        List<String> gone = new ArrayList<>();
        try (Stream<Path> records = Files.list(ROOT.resolve("docs/adr"))) {
            for (Path record : records.filter(path -> path.toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                Matcher code = CODE.matcher(Files.readString(record));
                while (code.find()) {
                    String name = code.group(1).strip();
                    if (!exists(name)) {
                        gone.add(record.getFileName() + ": `" + name + "`");
                    }
                }
            }
        }
        assertThat(gone).as("names in docs/adr that the code no longer has").isEmpty();
    }

    static boolean exists(String name) {
        Matcher type = TYPE.matcher(name);
        if (type.matches()) {
            return FRAMEWORK_NAMES.contains(type.group(1))
                    || javaSource(type.group(1))
                            .filter(source ->
                                    type.group(2) == null || read(source).contains(type.group(2)))
                            .isPresent();
        }
        Matcher pkg = PACKAGE.matcher(name);
        if (pkg.matches()) {
            Path folder = Path.of(
                    pkg.group(1),
                    "src/main/java/dev/studyportal",
                    pkg.group(1),
                    pkg.group(2).substring(1).replace('.', '/'));
            return pkg.group(3) == null
                    ? Files.isDirectory(ROOT.resolve(folder))
                    : Files.exists(ROOT.resolve(folder).resolve(pkg.group(3) + ".java"));
        }
        if (PROPERTY.matcher(name).matches()) {
            return mainSources().anyMatch(source -> read(source).contains(name));
        }
        Matcher column = COLUMN.matcher(name);
        if (column.matches()) {
            return migrations().anyMatch(migration -> read(migration).contains(column.group(2)));
        }
        int slash = name.indexOf('/');
        if (slash > 0 && TOP_LEVEL.contains(name.substring(0, slash)) && !name.contains(" ")) {
            return Files.exists(ROOT.resolve(name));
        }
        return true; // a value, a snippet or a word: nothing that can go missing
    }

    static Optional<Path> javaSource(String simpleName) {
        return MODULES.stream()
                .map(ROOT::resolve)
                .filter(Files::isDirectory)
                .flatMap(DecisionRecordsTest::walk)
                .filter(path -> path.getFileName().toString().equals(simpleName + ".java"))
                .findFirst();
    }

    static Stream<Path> mainSources() {
        return MODULES.stream()
                .map(module -> ROOT.resolve(module).resolve("src/main"))
                .filter(Files::isDirectory)
                .flatMap(DecisionRecordsTest::walk)
                .filter(path ->
                        path.toString().endsWith(".java") || path.toString().endsWith(".properties"));
    }

    static Stream<Path> migrations() {
        return walk(ROOT.resolve("core/src/main"))
                .filter(path -> path.toString().contains("db/migration"));
    }

    static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder)
                    .filter(Files::isRegularFile)
                    .filter(path -> !path.toString().contains("/target/"))
                    .filter(path -> !path.toString().contains("/node_modules/"))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
