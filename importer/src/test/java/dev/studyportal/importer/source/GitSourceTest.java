package dev.studyportal.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSourceTest {

    private static final String USER = "alice-user";
    private static final String TOKEN = "s3cret-token-42";

    @TempDir
    Path temp;

    private Path remoteDir;
    private Path cacheDir;
    private Git remote;
    private RevCommit mainHead;

    @BeforeEach
    void a_repository_with_a_small_bank_on_two_branches() throws Exception {
        remoteDir = temp.resolve("remote");
        cacheDir = temp.resolve("cache");
        remote = Git.init()
                .setDirectory(remoteDir.toFile())
                .setInitialBranch("main")
                .call();
        write("README.md", "# Not part of the bank\n");
        write("docs/intro.md", "# Intro\n\n## Basics\n\n### 1. What is a bank?\n\nA folder of pages.\n");
        mainHead = commit("A small bank");
        remote.branchCreate().setName("next").call();
        remote.checkout().setName("next").call();
        write("docs/intro.md", "# Intro, next edition\n");
        write("docs/extra.md", "# Extra\n");
        commit("Next edition");
        remote.checkout().setName("main").call();
    }

    @AfterEach
    void close_the_remote() {
        remote.close();
    }

    @Test
    void the_first_run_clones_the_branch_and_names_the_commit() throws Exception {
        GitSource source = source("main", null);
        try (CheckedOutBank bank = source.open()) {
            assertThat(bank.root().resolve("docs/intro.md")).content().contains("What is a bank?");
            assertThat(bank.root().resolve("docs/extra.md")).doesNotExist();
            assertThat(bank.root()).startsWith(cacheDir);
            assertThat(bank.root().resolve(".git/shallow"))
                    .as("a shallow clone")
                    .exists();
            assertThat(bank.description())
                    .isEqualTo("Git repository " + fileUrl() + ", branch main, commit "
                            + mainHead.abbreviate(12).name());
        }
    }

    @Test
    void a_new_commit_appears_on_the_next_run_in_the_same_clone() throws Exception {
        GitSource source = source("main", null);
        Path firstRoot;
        try (CheckedOutBank bank = source.open()) {
            firstRoot = bank.root();
        }
        write("docs/intro.md", "# Intro, edited\n");
        remote.rm().addFilepattern("README.md").call();
        RevCommit edit = commit("Edit the intro");

        try (CheckedOutBank bank = source.open()) {
            assertThat(bank.root()).isEqualTo(firstRoot);
            assertThat(bank.root().resolve("docs/intro.md")).content().isEqualTo("# Intro, edited\n");
            assertThat(bank.root().resolve("README.md")).doesNotExist();
            assertThat(bank.description())
                    .endsWith("commit " + edit.abbreviate(12).name());
        }
    }

    @Test
    void local_changes_in_the_clone_are_thrown_away() throws Exception {
        GitSource source = source("main", null);
        try (CheckedOutBank bank = source.open()) {
            Files.writeString(bank.root().resolve("docs/intro.md"), "# Tampered\n");
            Files.writeString(bank.root().resolve("docs/stray.md"), "# Left behind\n");
        }
        try (CheckedOutBank bank = source.open()) {
            assertThat(bank.root().resolve("docs/intro.md")).content().contains("What is a bank?");
            assertThat(bank.root().resolve("docs/stray.md")).doesNotExist();
        }
    }

    @Test
    void another_branch_can_be_chosen() throws Exception {
        try (CheckedOutBank bank = source("next", null).open()) {
            assertThat(bank.root().resolve("docs/intro.md")).content().isEqualTo("# Intro, next edition\n");
            assertThat(bank.root().resolve("docs/extra.md")).exists();
            assertThat(bank.description()).contains("branch next");
        }
        try (CheckedOutBank bank = source("main", null).open()) {
            assertThat(bank.root().resolve("docs/extra.md")).doesNotExist();
        }
    }

    @Test
    void a_sub_path_becomes_the_root() throws Exception {
        try (CheckedOutBank bank = source("main", "docs/").open()) {
            assertThat(bank.root().resolve("intro.md")).exists();
            assertThat(bank.root().resolve("README.md")).doesNotExist();
            assertThat(bank.description()).contains("branch main, folder docs, commit ");
        }
    }

    @Test
    void an_unknown_branch_is_named_in_the_error() {
        assertThatThrownBy(() -> source("nope", null).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessage(
                        "The Git repository " + fileUrl() + " has no branch nope. Check the configured branch name.");
    }

    @Test
    void a_missing_sub_path_is_named_in_the_error() {
        assertThatThrownBy(() -> source("main", "handbook").open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageContaining("has no folder handbook");
    }

    @Test
    void a_sub_path_cannot_leave_the_checkout() {
        for (String path : new String[] {"../remote", "docs/../../x", "/etc", "C:\\bank", ".git"}) {
            assertThatThrownBy(() -> source("main", path))
                    .as(path)
                    .isInstanceOf(BankSourceException.class)
                    .hasMessageContaining("The folder inside the repository must");
        }
    }

    @Test
    void a_missing_repository_is_reported_and_leaves_no_half_clone() throws IOException {
        GitSource source = new GitSource(
                temp.resolve("no-such-repository").toUri(), "main", null, null, cacheDir, Duration.ofSeconds(10));
        assertThatThrownBy(source::open)
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("There is no Git repository at ");
        try (Stream<Path> left = Files.list(cacheDir)) {
            assertThat(left).allMatch(file -> file.getFileName().toString().endsWith(".lock"));
        }
    }

    @Test
    void a_symbolic_link_in_the_repository_is_checked_out_as_a_plain_file() throws Exception {
        Files.createSymbolicLink(remoteDir.resolve("docs/escape.md"), Path.of("/etc/hostname"));
        commit("A link out of the checkout");
        try (CheckedOutBank bank = source("main", null).open()) {
            Path link = bank.root().resolve("docs/escape.md");
            assertThat(Files.isSymbolicLink(link)).isFalse();
            assertThat(link).content().isEqualTo("/etc/hostname");
        }
    }

    @Test
    void a_clone_in_use_is_not_updated_under_its_reader() {
        GitSource source = new GitSource(fileUrl(), "main", null, null, cacheDir, Duration.ofSeconds(1));
        try (CheckedOutBank first = source.open()) {
            assertThatThrownBy(source::open)
                    .isInstanceOf(BankSourceException.class)
                    .hasMessageContaining("Another import is reading the same Git repository");
        }
        try (CheckedOutBank again = source.open()) {
            assertThat(again.root()).exists();
        }
    }

    @Test
    void credentials_in_the_url_never_reach_the_description_or_an_error() throws Exception {
        URI withUserInfo = URI.create("file://" + USER + ":" + TOKEN + "@localhost"
                + remoteDir.toUri().getRawPath());
        GitSource source = new GitSource(withUserInfo, "main", null, null, cacheDir, Duration.ofSeconds(10));

        assertThat(source.url()).isEqualTo(fileUrl());
        assertThat(source.credentials()).isEqualTo(new GitCredentials(USER, TOKEN));
        assertThat(source.toString()).doesNotContain(USER, TOKEN);
        try (CheckedOutBank bank = source.open()) {
            assertThat(bank.description()).doesNotContain(USER, TOKEN);
        }
        assertThat(Files.readString(cacheDir.resolve(source.cacheFolderName()).resolve(".git/config")))
                .doesNotContain(USER, TOKEN);

        GitSource wrongBranch = new GitSource(withUserInfo, "nope", null, null, cacheDir, Duration.ofSeconds(10));
        assertThat(failureText(wrongBranch)).doesNotContain(USER, TOKEN).contains("has no branch nope");
    }

    @Test
    void an_unreachable_server_is_reported_without_the_credentials() {
        // Port 1 on the loopback answers at once with a refusal.
        URI url = URI.create("https://" + USER + ":" + TOKEN + "@127.0.0.1:1/team/bank.git");
        GitSource source = new GitSource(url, "main", "docs", null, cacheDir, Duration.ofSeconds(5));

        String failure = failureText(source);
        assertThat(failure).doesNotContain(USER, TOKEN);
        assertThat(failure)
                .contains("BankSourceException: Could not fetch the Git repository https://127.0.0.1:1/team/bank.git");
    }

    @Test
    void explicit_credentials_win_over_the_url_and_are_never_printed() {
        GitCredentials configured = new GitCredentials("bob", "other-token-77");
        URI url = URI.create("https://" + USER + ":" + TOKEN + "@git.example.org/team/bank.git");
        GitSource source = new GitSource(url, null, null, configured);

        assertThat(source.credentials()).isSameAs(configured);
        assertThat(source.branch()).isEqualTo("main");
        assertThat(source.url()).hasToString("https://git.example.org/team/bank.git");
        assertThat(source.toString()).doesNotContain(USER, TOKEN, "other-token-77");
    }

    @Test
    void only_http_and_file_addresses_are_taken() {
        assertThatThrownBy(() -> new GitSource(URI.create("ssh://git@example.org/bank.git"), "main", null, null))
                .isInstanceOf(BankSourceException.class)
                .hasMessageContaining("https://, http:// or file://");
        assertThatThrownBy(() -> new GitSource(URI.create("https://example.org/bank.git"), "bad..name", null, null))
                .isInstanceOf(BankSourceException.class)
                .hasMessageContaining("not a valid Git branch name");
    }

    private GitSource source(String branch, String subPath) {
        return new GitSource(fileUrl(), branch, subPath, null, cacheDir, Duration.ofSeconds(10));
    }

    private URI fileUrl() {
        return URI.create("file://" + remoteDir.toUri().getRawPath());
    }

    private void write(String path, String text) throws IOException {
        Path file = remoteDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private RevCommit commit(String message) throws Exception {
        remote.add().addFilepattern(".").call();
        return remote.commit()
                .setMessage(message)
                .setAuthor("Tester", "tester@example.org")
                .setCommitter("Tester", "tester@example.org")
                .setSign(false)
                .call();
    }

    /** The message and stack trace of every cause, as a log would print them. */
    private static String failureText(GitSource source) {
        try (CheckedOutBank bank = source.open()) {
            throw new AssertionError("Expected a failure, got " + bank);
        } catch (BankSourceException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
    }
}
