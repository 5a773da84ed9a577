package dev.studyportal.importer.source;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the bank comes from ({@code studyportal.import.source.*}): a folder on this machine, or a
 * branch of a Git repository; and how large an admin's upload may be. Folders are bound as text:
 * Spring would read a {@code Path} as a servlet resource, which cannot point outside the app.
 *
 * @param type   {@code local} (the default) or {@code git}
 * @param path   the bank's folder for {@code local}, relative to the working directory unless absolute
 * @param git    the repository for {@code git}
 * @param upload limits for banks uploaded by an admin
 */
@ConfigurationProperties("studyportal.import.source")
public record BankSourceProperties(
        @DefaultValue("local") Type type,
        @DefaultValue("docs") String path,
        @DefaultValue Git git,
        @DefaultValue Upload upload) {

    public enum Type {
        LOCAL,
        GIT
    }

    /**
     * @param url      https, http or file address; credentials are better given below than in it
     * @param branch   the branch to read
     * @param subPath  the bank's folder inside the repository, such as {@code docs}; empty for all of it
     * @param username for servers that need one; some take an access token here and no password
     * @param password password or access token
     * @param cacheDir where clones are kept between runs; empty for {@code studyportal-git} in the temporary folder
     * @param timeout  for each network operation, and for waiting on another run using the same clone
     */
    public record Git(
            @Nullable String url,
            @DefaultValue(GitSource.DEFAULT_BRANCH) String branch,
            @Nullable String subPath,
            @Nullable String username,
            @Nullable String password,
            @Nullable String cacheDir,
            @DefaultValue("60s") Duration timeout) {

        @Override
        public String toString() {
            return "Git[url=" + safeUrl() + ", branch=" + branch + ", subPath=" + subPath + ", credentials="
                    + (username == null && password == null ? "none" : "***") + ", cacheDir=" + cacheDir
                    + ", timeout=" + timeout + "]";
        }

        private String safeUrl() {
            if (url == null) {
                return "none";
            }
            try {
                return new GitSource(new URI(url.strip()), branch, null, null, Path.of("."), timeout)
                        .url()
                        .toString();
            } catch (URISyntaxException | BankSourceException e) {
                return "(not a valid URL)";
            }
        }
    }

    /**
     * @param maxTotalSize        the upload and everything it unpacks to
     * @param maxEntries          entries in an uploaded zip
     * @param maxEntrySize        one unpacked file
     * @param maxCompressionRatio unpacked to packed size of one entry, against zip bombs
     */
    public record Upload(
            @DefaultValue("50MB") DataSize maxTotalSize,
            @DefaultValue("5000") int maxEntries,
            @DefaultValue("10MB") DataSize maxEntrySize,
            @DefaultValue("100") int maxCompressionRatio) {

        public UploadLimits limits() {
            return new UploadLimits(maxTotalSize.toBytes(), maxEntries, maxEntrySize.toBytes(), maxCompressionRatio);
        }
    }

    /**
     * The configured source.
     *
     * @throws BankSourceException when the settings do not make one, saying which to fix
     */
    public BankSource toSource() {
        return switch (type) {
            case LOCAL -> new LocalFolderSource(Path.of(path));
            case GIT -> gitSource();
        };
    }

    /** An admin's upload, within the configured limits. */
    public ArchiveUpload upload(String fileName, InputStream content) {
        return upload(fileName, content, "");
    }

    /** An admin's upload into a folder of the bank, within the configured limits. */
    public ArchiveUpload upload(String fileName, InputStream content, String folder) {
        return new ArchiveUpload(fileName, content, upload.limits(), folder);
    }

    private GitSource gitSource() {
        if (git.url() == null || git.url().isBlank()) {
            throw new BankSourceException("studyportal.import.source.type is git but studyportal.import.source.git.url"
                    + " is not set. Set it to the repository's address, as in https://github.com/owner/bank.git.");
        }
        URI url;
        try {
            url = new URI(git.url().strip());
        } catch (URISyntaxException e) {
            // Neither the URL nor the parser's message is repeated: either may hold a token.
            throw new BankSourceException("studyportal.import.source.git.url is not a valid URL. Write it as"
                    + " https://host/owner/repository.git and give credentials in the username and password settings.");
        }
        GitCredentials credentials = git.username() == null && git.password() == null
                ? null
                : new GitCredentials(
                        git.username() == null ? "" : git.username(), git.password() == null ? "" : git.password());
        Path cacheDir = git.cacheDir() == null || git.cacheDir().isBlank()
                ? GitSource.defaultCacheDir()
                : Path.of(git.cacheDir());
        return new GitSource(url, git.branch(), git.subPath(), credentials, cacheDir, git.timeout());
    }
}
