package dev.studyportal.importer.parse;

import dev.studyportal.core.content.QuestionKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a Docusaurus docs tree: every {@code .md} and {@code .mdx} file below the root, except
 * partials ({@code _name.md}), hidden files and what {@code .studyportal-ignore} lists. Problems are
 * collected, not thrown, so that one run reports all of them with file and line.
 */
@Component
public class MarkdownBankParser {

    private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d+[-_. ]+(?=.)");

    public ParsedBank parse(Path root) {
        if (!Files.isDirectory(root)) {
            return new ParsedBank(List.of(), List.of(new ContentError(root.toString(), 0,
                    "There is no folder here to import from.")), List.of());
        }
        List<ParsedPage> pages = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Path base = realPath(root);
        List<Path> files = markdownFiles(base);
        if (files.isEmpty()) {
            warnings.add("No Markdown files (.md, .mdx) found under " + root);
        }
        for (Path file : files) {
            String path = relative(base, file);
            try {
                pages.add(parsePage(path, Files.readAllBytes(file)));
            } catch (ContentException e) {
                errors.add(new ContentError(path, e.line(), e.getMessage()));
            } catch (IOException e) {
                errors.add(new ContentError(path, 0, "The file could not be read: " + e.getMessage()));
            }
        }
        checkIdentities(pages, errors);
        pages.stream().filter(page -> page.sections().isEmpty())
                .forEach(page -> warnings.add(page.path() + ": no sections or questions found"));
        return new ParsedBank(pages, errors, warnings);
    }

    /** One file on its own; {@code path} is relative to the bank's root and names the doc. */
    public ParsedPage parsePage(String path, byte[] content) {
        String text = SourceText.decode(content);
        FrontMatter frontMatter = FrontMatter.split(text);
        String docId = docId(path, frontMatter.string("id"));
        PageParser.Result body = PageParser.parse(docId, frontMatter.body(), frontMatter.bodyLine());
        String title = firstNonBlank(frontMatter.string("title"), body.firstHeading(), titleFromFileName(path));
        return new ParsedPage(path, docId, title, frontMatter.integer("sidebar_position"), frontMatter.tags(),
                frontMatter.raw(), frontMatter.string("custom_edit_url"), body.sections());
    }

    private static List<Path> markdownFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            BankIgnore ignore = BankIgnore.in(root);
            return walk.filter(Files::isRegularFile)
                    .filter(file -> isMarkdown(file.getFileName().toString()))
                    .filter(file -> !isHiddenOrPartial(root.relativize(file)))
                    .filter(file -> !ignore.ignores(root.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the files under " + root, e);
        }
    }

    /** A bank folder may be a symbolic link; the walk below does not follow links on its own. */
    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not resolve " + root, e);
        }
    }

    private static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".mdx");
    }

    private static boolean isHiddenOrPartial(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** As Docusaurus does: the path without extension and number prefixes; front matter {@code id} replaces the file name. */
    static String docId(String path, @Nullable String explicitId) {
        String[] parts = path.split("/");
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = i == parts.length - 1 ? withoutExtension(parts[i]) : parts[i];
            if (i == parts.length - 1 && explicitId != null && !explicitId.isBlank()) {
                part = explicitId.strip();
            }
            if (!id.isEmpty()) {
                id.append('/');
            }
            id.append(NUMBER_PREFIX.matcher(part).replaceFirst(""));
        }
        return id.toString();
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String titleFromFileName(String path) {
        String name = NUMBER_PREFIX.matcher(withoutExtension(path.substring(path.lastIndexOf('/') + 1))).replaceFirst("");
        String words = name.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? path : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String firstNonBlank(@Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        throw new IllegalArgumentException("No candidate given");
    }

    /** Two pages with one doc id, or two questions with one key, would be one row: both are errors. */
    private static void checkIdentities(List<ParsedPage> pages, List<ContentError> errors) {
        Map<String, ParsedPage> byDocId = new HashMap<>();
        Map<QuestionKey, String> byKey = new HashMap<>();
        for (ParsedPage page : pages) {
            ParsedPage other = byDocId.putIfAbsent(page.docId(), page);
            if (other != null) {
                errors.add(new ContentError(page.path(), 1, "This page has the doc id '" + page.docId()
                        + "', as " + other.path() + " does; give one of them another 'id' in its front matter."));
            }
            for (ParsedSection section : page.sections()) {
                for (ParsedQuestion question : section.questions()) {
                    String where = page.path() + ":" + question.line();
                    String first = byKey.putIfAbsent(question.key(), where);
                    if (first != null) {
                        errors.add(new ContentError(page.path(), question.line(), "This question has the same key '"
                                + question.key() + "' as the one at " + first
                                + "; reword one title or give it an explicit id such as {#my-question}."));
                    }
                }
            }
        }
    }
}
