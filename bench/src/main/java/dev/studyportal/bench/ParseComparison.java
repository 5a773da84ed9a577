package dev.studyportal.bench;

import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.parse.ParsedBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Measurement a: our parser against the floor of parsing, commonmark-java configured as ours is
 * (tables, block source spans) doing nothing but {@code parse(text)} on every file. Both walk the
 * folder and read the files, so the difference is what ours adds: front matter, slicing answers,
 * keys, checks. The two alternate run by run, so that drift on a shared machine hits both.
 */
final class ParseComparison {

    private static final Parser COMMONMARK = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private final Samples ours = new Samples();
    private final Samples floor = new Samples();

    static ParseComparison run(Path root, int warmups, int runs) throws Exception {
        MarkdownBankParser parser = new MarkdownBankParser();
        ParseComparison comparison = new ParseComparison();
        for (int i = 0; i < warmups + runs; i++) {
            boolean measured = i >= warmups;
            Samples oursOrDiscard = measured ? comparison.ours : new Samples();
            Samples floorOrDiscard = measured ? comparison.floor : new Samples();
            ParsedBank bank = oursOrDiscard.time(() -> parser.parse(root));
            int blocks = floorOrDiscard.time(() -> bareParse(root));
            if (bank.hasErrors() || blocks == 0) {
                throw new IllegalStateException("The synthetic bank did not parse: " + bank.errors());
            }
        }
        return comparison;
    }

    Samples ours() {
        return ours;
    }

    Samples floor() {
        return floor;
    }

    /** @return the number of top-level blocks, used so that the parse cannot be optimised away */
    private static int bareParse(Path root) throws IOException {
        int blocks = 0;
        for (Path file : markdownFiles(root)) {
            Node document = COMMONMARK.parse(Files.readString(file));
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                blocks++;
            }
        }
        return blocks;
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }
}
