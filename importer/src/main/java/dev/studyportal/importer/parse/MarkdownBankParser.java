package dev.studyportal.importer.parse;

import dev.studyportal.core.content.QuestionKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a Docusaurus docs tree as Docusaurus does: every {@code .md} and {@code .mdx} page (see
 * {@link BankFiles} for what is left out), the {@code _category_} file of each folder, number
 * prefixes, index pages and the front matter keys Docusaurus knows. Drafts are left out, as the
 * published site leaves them out. Problems are collected, not thrown, so that one run reports all
 * of them with file and line.
 */
@Component
public class MarkdownBankParser {

    /** What a page read on its own calls the root folder, whose real name it cannot know. */
    private static final String UNNAMED_ROOT_LABEL = "Docs";

    public ParsedBank parse(Path root) {
        if (!Files.isDirectory(root)) {
            return new ParsedBank(
                    List.of(),
                    List.of(new ContentError(root.toString(), 0, "There is no folder here to import from.")),
                    List.of());
        }
        List<ParsedPage> pages = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        BankFiles files = BankFiles.under(realPath(root));
        if (files.pages().isEmpty()) {
            warnings.add("No Markdown files (.md, .mdx) found under " + root);
        }
        String rootLabel = NumberPrefix.readable(String.valueOf(files.root().getFileName()));
        BankCategories categories = BankCategories.read(files, rootLabel, errors, warnings);
        for (Path file : files.pages()) {
            String path = files.relative(file);
            try {
                read(path, Files.readAllBytes(file), categories)
                        .ifPresentOrElse(
                                pages::add,
                                () -> warnings.add(path
                                        + ": a draft (draft: true), left out as Docusaurus leaves it out of the site"));
            } catch (ContentException e) {
                errors.add(new ContentError(path, e.line(), e.getMessage()));
            } catch (IOException e) {
                errors.add(new ContentError(path, 0, "The file could not be read: " + e.getMessage()));
            }
        }
        checkIdentities(pages, errors);
        pages.stream()
                .filter(page -> page.sections().isEmpty())
                .forEach(page -> warnings.add(page.path() + ": no sections or questions found"));
        return new ParsedBank(pages, errors, warnings);
    }

    /**
     * One file on its own; {@code path} is relative to the bank's root and names the doc. Its
     * category is described by its folder's name alone.
     *
     * @return empty for a draft, which is not part of the bank
     */
    public Optional<ParsedPage> parsePage(String path, byte[] content) {
        return read(path, content, BankCategories.fromFolderNames(UNNAMED_ROOT_LABEL));
    }

    private static Optional<ParsedPage> read(String path, byte[] content, BankCategories categories) {
        String text = SourceText.decode(content);
        FrontMatter frontMatter = FrontMatter.split(text);
        if (frontMatter.draft()) {
            // Not parsed further: a draft in progress must not stop the import of what is published.
            return Optional.empty();
        }
        DocPath doc = new DocPath(path);
        String explicitId = frontMatter.id();
        String docId = doc.docId(explicitId);
        String body = BankFiles.isMdx(path)
                ? MdxSyntax.withoutJsx(frontMatter.body(), frontMatter.bodyLine())
                : frontMatter.body();
        PageParser.Result parsed = PageParser.parse(docId, body, frontMatter.bodyLine());
        String title = firstNonBlank(
                frontMatter.title(),
                parsed.firstHeading(),
                NumberPrefix.readable(explicitId != null ? explicitId : doc.baseName()));
        Double sidebarOrder = frontMatter.sidebarPosition() != null
                ? frontMatter.sidebarPosition()
                : doc.numberPrefix() != null ? Double.valueOf(doc.numberPrefix()) : null;
        return Optional.of(new ParsedPage(
                path,
                docId,
                title,
                sidebarOrder == null ? null : (int) Math.floor(sidebarOrder),
                frontMatter.tags(),
                frontMatter.raw(),
                frontMatter.customEditUrl(),
                parsed.sections(),
                categories.ofPage(path),
                doc.isCategoryIndex(),
                sidebarOrder,
                frontMatter.sidebarLabel(),
                frontMatter.slug(),
                frontMatter.unlisted()));
    }

    /** A bank folder may be a symbolic link; the walk below does not follow links on its own. */
    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not resolve " + root, e);
        }
    }

    /** As Docusaurus does: the path without extension and number prefixes; front matter {@code id} replaces the file name. */
    static String docId(String path, @Nullable String explicitId) {
        return new DocPath(path).docId(explicitId);
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
        Map<QuestionKey, Located> byKey = new HashMap<>(pages.size() * 16);
        for (ParsedPage page : pages) {
            ParsedPage other = byDocId.putIfAbsent(page.docId(), page);
            if (other != null) {
                errors.add(new ContentError(
                        page.path(),
                        1,
                        "This page has the doc id '" + page.docId() + "', as " + other.path()
                                + " does; give one of them another 'id' in its front matter."));
            }
            for (ParsedSection section : page.sections()) {
                for (ParsedQuestion question : section.questions()) {
                    Located first = byKey.putIfAbsent(question.key(), new Located(page, question));
                    if (first != null) {
                        errors.add(new ContentError(
                                page.path(),
                                question.line(),
                                "This question has the same key '"
                                        + question.key() + "' as the one at "
                                        + first.page().path() + ":"
                                        + first.question().line()
                                        + "; reword one title or give it an explicit id such as {#my-question}."));
                    }
                }
            }
        }
    }

    /** Where a key was first seen; put into words only when a second question claims it. */
    private record Located(ParsedPage page, ParsedQuestion question) {}
}
