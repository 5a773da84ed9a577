package dev.studyportal.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small but complete Docusaurus docs tree, read as Docusaurus reads it. */
class DocusaurusTreeParserTest {

    private static ParsedBank bank;

    @BeforeAll
    static void parseTheTree() {
        bank = new MarkdownBankParser().parse(Path.of("src/test/resources/banks/docusaurus-tree"));
    }

    @Test
    void the_whole_tree_is_read_as_docusaurus_publishes_it() {
        assertThat(bank.errors()).isEmpty();
        assertThat(bank.warnings())
                .containsExactly(
                        "02-java-basics/04-draft.md: a draft (draft: true), left out as Docusaurus leaves it out of the site");

        ParsedCategory root = new ParsedCategory("", "Docusaurus tree", null);
        ParsedCategory gettingStarted = new ParsedCategory("01-getting-started", "Getting started", 1.0);
        ParsedCategory javaBasics = new ParsedCategory("02-java-basics", "Java basics", 2.5);
        ParsedCategory advanced = new ParsedCategory("03-advanced", "Advanced", 3.0);
        assertThat(bank.pages())
                .extracting(
                        ParsedPage::path,
                        ParsedPage::docId,
                        ParsedPage::title,
                        ParsedPage::category,
                        ParsedPage::categoryIndex,
                        ParsedPage::sidebarOrder,
                        ParsedPage::unlisted)
                .containsExactly(
                        tuple(
                                "01-getting-started/01-intro.md",
                                "getting-started/intro",
                                "Introduction",
                                gettingStarted,
                                false,
                                1.0,
                                false),
                        tuple(
                                "01-getting-started/02-setup.mdx",
                                "getting-started/setup",
                                "Setting up",
                                gettingStarted,
                                false,
                                2.0,
                                false),
                        tuple(
                                "02-java-basics/03-collections.md",
                                "java-basics/collections",
                                "Collections",
                                javaBasics,
                                false,
                                1.5,
                                false),
                        tuple(
                                "02-java-basics/05-unlisted.md",
                                "java-basics/unlisted",
                                "Hidden gems",
                                javaBasics,
                                false,
                                5.0,
                                true),
                        tuple(
                                "02-java-basics/README.md",
                                "java-basics/README",
                                "Java basics",
                                javaBasics,
                                true,
                                null,
                                false),
                        tuple(
                                "03-advanced/03-advanced.md",
                                "advanced/advanced",
                                "Advanced topics",
                                advanced,
                                true,
                                3.0,
                                false),
                        tuple(
                                "03-advanced/2021-01-31-release-notes.md",
                                "advanced/2021-01-31-release-notes",
                                "Release notes 🚀",
                                advanced,
                                false,
                                null,
                                false),
                        tuple("index.md", "index", "Java interview bank", root, true, null, false));
    }

    @Test
    void every_question_has_its_key_and_nothing_else_is_a_question() {
        assertThat(bank.questionCount()).isEqualTo(10);
        assertThat(keysOf("getting-started/intro"))
                .containsExactly("getting-started/intro#what-is-the-jvm", "what-is-the-jdk");
        assertThat(keysOf("getting-started/setup"))
                .containsExactly(
                        "getting-started/setup#how-do-i-install-a-jdk",
                        "getting-started/setup#which-version-should-i-pick");
        assertThat(keysOf("java-basics/collections"))
                .containsExactly(
                        "java-basics/collections#what-is-the-difference-between-arraylist-and-linkedlist",
                        "linked-list-faster");
        assertThat(keysOf("java-basics/unlisted")).containsExactly("java-basics/unlisted#why-is-string-immutable");
        assertThat(keysOf("java-basics/README")).isEmpty();
        assertThat(keysOf("advanced/advanced")).containsExactly("advanced/advanced#what-does-volatile-guarantee");
        assertThat(keysOf("advanced/2021-01-31-release-notes"))
                .containsExactly(
                        "advanced/2021-01-31-release-notes#什么是虚拟线程",
                        "advanced/2021-01-31-release-notes#ما-هو-الخيط-الافتراضي");
        assertThat(keysOf("index")).isEmpty();
    }

    @Test
    void front_matter_describes_the_page_for_the_sidebar() {
        ParsedPage collections = page("java-basics/collections");
        assertThat(collections.sidebarLabel()).isEqualTo("Lists, sets and maps");
        assertThat(collections.sidebarPosition()).isEqualTo(1);
        assertThat(collections.tags()).containsExactly("collections", "Data structures");
        assertThat(collections.customEditUrl()).isEqualTo("https://example.com/edit/collections.md");
        assertThat(page("getting-started/setup").tags()).containsExactly("setup", "Build tools");
        assertThat(page("index").slug()).isEqualTo("/");
        assertThat(page("index").sections().getFirst().readingBody()).startsWith("Questions and answers for Java");
    }

    @Test
    void mdx_components_are_left_out_and_the_markdown_between_them_is_the_answer() {
        List<ParsedQuestion> setup = questionsOf("getting-started/setup");

        assertThat(setup.getFirst().line()).isEqualTo(18);
        // The tag lines between the code and the words are blank now, where they were.
        assertThat(setup.getFirst().answer()).isEqualTo("""
                ```bash
                sudo apt-get install temurin-21-jdk
                <TabItem value="code"> stays: it is code
                ```""" + "\n".repeat(7) + "Use `brew install temurin`.");
        assertThat(setup.get(1).answer())
                .startsWith("The LTS, <Highlight color=\"green\">{versions.lts}</Highlight>, unless")
                .contains("<details>\n<summary>Why not the latest?</summary>", "</details>");
        assertThat(page("getting-started/setup").sections())
                .extracting(ParsedSection::title)
                .containsExactly("Installing");
    }

    @Test
    void admonitions_stay_whole_in_the_answer_and_hide_no_question() {
        List<ParsedQuestion> collections = questionsOf("java-basics/collections");

        assertThat(collections.getFirst().answer()).isEqualTo("""
                An array stands behind the one, linked nodes behind the other.

                :::tip[Interview hint]

                ### Say this too

                Mention cache locality.

                :::""");
        assertThat(collections.get(1).answer())
                .startsWith("::::note Nested\n\n:::warning\nRarely, in practice.\n:::\n\n::::")
                .endsWith("**Answer:** When you insert in the middle through an iterator.");
    }

    private static ParsedPage page(String docId) {
        return bank.pages().stream()
                .filter(page -> page.docId().equals(docId))
                .findFirst()
                .orElseThrow();
    }

    private static List<ParsedQuestion> questionsOf(String docId) {
        return page(docId).sections().stream()
                .flatMap(section -> section.questions().stream())
                .toList();
    }

    private static List<String> keysOf(String docId) {
        return questionsOf(docId).stream()
                .map(question -> question.key().value())
                .toList();
    }
}
