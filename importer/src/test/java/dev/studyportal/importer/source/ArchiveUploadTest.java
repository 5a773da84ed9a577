package dev.studyportal.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveUploadTest {

    private static final int MB = 1024 * 1024;

    @Test
    void a_zip_of_a_docs_tree_keeps_its_folders() throws Exception {
        byte[] zip = zip(Map.of(
                "intro.md",
                "# Intro\n",
                "java/basics.mdx",
                "# Basics\n",
                "java/_category_.json",
                "{\"label\": \"Java\"}",
                ".studyportal-ignore",
                "adr/**\n"));
        try (CheckedOutBank bank = new ArchiveUpload("bank.zip", zip).open()) {
            assertThat(files(bank.root()))
                    .containsExactlyInAnyOrder(
                            "intro.md", "java/basics.mdx", "java/_category_.json", ".studyportal-ignore");
            assertThat(bank.root().resolve("java/basics.mdx")).content().isEqualTo("# Basics\n");
            assertThat(bank.description()).isEqualTo("upload 'bank.zip'");
        }
    }

    @Test
    void an_upload_placed_in_a_folder_of_the_bank_gets_the_paths_it_will_have_there() throws Exception {
        byte[] zip = zip(Map.of("intro.md", "# Intro\n", "basics/stack.md", "# Stack\n"));
        try (CheckedOutBank bank = new ArchiveUpload(
                        "bank.zip", new java.io.ByteArrayInputStream(zip), UploadLimits.DEFAULTS, "interview/java")
                .open()) {
            assertThat(files(bank.root()))
                    .containsExactlyInAnyOrder("interview/java/intro.md", "interview/java/basics/stack.md");
            assertThat(bank.description()).isEqualTo("upload 'bank.zip' into interview/java");
        }
        try (CheckedOutBank page = new ArchiveUpload(
                        "graphs.md",
                        new java.io.ByteArrayInputStream("# G\n".getBytes()),
                        UploadLimits.DEFAULTS,
                        "extra")
                .open()) {
            assertThat(files(page.root())).containsExactly("extra/graphs.md");
        }
        assertThatThrownBy(() -> new ArchiveUpload(
                        "x.md", new java.io.ByteArrayInputStream(new byte[0]), UploadLimits.DEFAULTS, "../outside"))
                .isInstanceOf(BankSourceException.class);
    }

    @Test
    void a_single_top_folder_as_in_a_github_download_is_unwrapped() throws Exception {
        byte[] zip = zip(Map.of(
                "bank-main/",
                "",
                "bank-main/README.txt",
                "read me",
                "bank-main/docs/intro.md",
                "# Intro\n",
                "bank-main/docs/java/basics.md",
                "# Basics\n"));
        try (CheckedOutBank bank = new ArchiveUpload("bank-main.zip", zip).open()) {
            assertThat(files(bank.root())).containsExactlyInAnyOrder("docs/intro.md", "docs/java/basics.md");
        }
    }

    @Test
    void two_top_folders_are_kept_as_they_are() throws Exception {
        byte[] zip = zip(Map.of("java/basics.md", "# Basics\n", "sql/joins.md", "# Joins\n"));
        try (CheckedOutBank bank = new ArchiveUpload("bank.zip", zip).open()) {
            assertThat(files(bank.root())).containsExactlyInAnyOrder("java/basics.md", "sql/joins.md");
        }
    }

    @Test
    void files_the_parser_does_not_read_are_left_out() throws Exception {
        byte[] zip = zip(Map.of(
                "intro.md",
                "# Intro\n",
                "logo.png",
                "png",
                "docusaurus.config.js",
                "module",
                "run.sh",
                "#!/bin/sh",
                "__MACOSX/._intro.md",
                "fork",
                "_category_.yml",
                "label: Bank\n"));
        try (CheckedOutBank bank = new ArchiveUpload("bank.zip", zip).open()) {
            assertThat(files(bank.root())).containsExactlyInAnyOrder("intro.md", "_category_.yml");
        }
    }

    @Test
    void a_symbolic_link_entry_is_ignored() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry link = new ZipArchiveEntry("passwd.md");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            out.putArchiveEntry(new ZipArchiveEntry("intro.md"));
            out.write("# Intro\n".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        try (CheckedOutBank bank = new ArchiveUpload("bank.zip", bytes.toByteArray()).open()) {
            assertThat(files(bank.root())).containsExactly("intro.md");
        }
    }

    @Test
    void an_entry_that_climbs_out_is_refused_by_name() throws Exception {
        byte[] zip = zip(Map.of("intro.md", "# Intro\n", "docs/../../evil.md", "# Evil\n"));
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zip).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("The zip entry 'docs/../../evil.md' points outside the zip's folder");
    }

    @Test
    void an_absolute_entry_is_refused_by_name() throws Exception {
        for (String name : new String[] {"/etc/evil.md", "\\windows\\evil.md", "C:/evil.md"}) {
            byte[] zip = zip(Map.of(name, "# Evil\n"));
            assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zip).open())
                    .as(name)
                    .isInstanceOf(BankSourceException.class)
                    .hasMessageMatching("The zip entry '(/etc/|/windows/|C:/)evil\\.md' has an absolute path.*");
        }
    }

    @Test
    void too_many_entries_are_refused() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("page-" + i + ".md", "# Page " + i + "\n");
        }
        UploadLimits limits = new UploadLimits(50 * MB, 10, 10 * MB, 100);
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zip(entries), limits).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("The zip has 11 entries, more than the 10 allowed.");
    }

    @Test
    void a_zip_bomb_is_stopped_with_the_default_limits() throws Exception {
        byte[] zip = zipOfZeros("bomb.md", 60 * MB);
        assertThat(zip.length).isLessThan(MB);
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zip).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("The zip entry 'bomb.md' unpacks to more than ");
    }

    @Test
    void an_entry_is_stopped_at_its_size_by_the_bytes_it_really_unpacks_to() throws Exception {
        UploadLimits noRatio = new UploadLimits(500 * MB, 10, 10 * MB, 100_000);
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zipOfZeros("bomb.md", 60 * MB), noRatio).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessage("The zip entry 'bomb.md' unpacks to more than 10 MB; the upload was refused.");
    }

    @Test
    void a_zip_bomb_is_stopped_by_its_ratio_before_any_size_limit() throws Exception {
        UploadLimits generous = new UploadLimits(500 * MB, 10, 200 * MB, 100);
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zipOfZeros("bomb.md", 20 * MB), generous).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("The zip entry 'bomb.md' unpacks to more than 100 times its packed size");
    }

    @Test
    void many_entries_together_are_stopped_at_the_total_size() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        String page = "# Page\n" + "Some answer text that repeats. ".repeat(20_000);
        for (int i = 0; i < 5; i++) {
            entries.put("page-" + i + ".md", page);
        }
        UploadLimits limits = new UploadLimits(2 * MB, 100, MB, 1000);
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zip(entries), limits).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("The zip unpacks to more than 2 MB");
    }

    @Test
    void the_same_file_twice_is_refused() throws Exception {
        byte[] zip = zip(Map.of("docs/intro.md", "# One\n", "docs/./intro.md", "# Two\n"));
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zip).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageContaining("has the file intro.md twice");
    }

    @Test
    void a_zip_without_markdown_is_refused() throws Exception {
        byte[] zip = zip(Map.of("logo.png", "png"));
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", zip).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("The zip has no Markdown pages");
    }

    @Test
    void a_file_that_is_no_zip_is_refused() {
        byte[] notZip = "# Not a zip at all\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ArchiveUpload("bank.zip", notZip).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("The upload is not a zip that can be read");
    }

    @Test
    void a_single_markdown_page_is_read_as_a_bank_of_one() throws Exception {
        byte[] page = "# Intro\n".getBytes(StandardCharsets.UTF_8);
        try (CheckedOutBank bank = new ArchiveUpload("C:\\Users\\me\\intro.md", page).open()) {
            assertThat(files(bank.root())).containsExactly("intro.md");
            assertThat(bank.description()).isEqualTo("upload 'intro.md'");
        }
    }

    @Test
    void a_page_larger_than_an_entry_may_be_is_refused() {
        UploadLimits limits = new UploadLimits(MB, 10, 1024, 100);
        byte[] page = "x".repeat(2048).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ArchiveUpload("big.md", page, limits).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessage("The page 'big.md' is larger than 1 KB.");
    }

    @Test
    void other_files_are_refused_with_what_to_upload_instead() {
        assertThatThrownBy(() -> new ArchiveUpload("bank.pdf", new byte[] {1}).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessage("Upload a Markdown page (.md, .mdx) or a .zip of the bank; 'bank.pdf' is neither.");
    }

    @Test
    void closing_deletes_the_temporary_folder() throws Exception {
        CheckedOutBank bank =
                new ArchiveUpload("bank.zip", zip(Map.of("a/intro.md", "# Intro\n", "b/q.md", "# Q\n"))).open();
        Path temporary = bank.root().getParent();
        assertThat(temporary.getFileName().toString()).startsWith("studyportal-upload-");
        assertThat(temporary.resolve("upload.zip")).doesNotExist();

        bank.close();
        bank.close();

        assertThat(temporary).doesNotExist();
    }

    @Test
    void an_upload_is_read_once() throws Exception {
        ArchiveUpload upload = new ArchiveUpload("intro.md", "# Intro\n".getBytes(StandardCharsets.UTF_8));
        upload.open().close();
        assertThatThrownBy(upload::open).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipOfZeros(String name, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[MB];
            for (int written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static java.util.List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
