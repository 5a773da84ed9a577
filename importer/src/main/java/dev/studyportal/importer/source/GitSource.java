package dev.studyportal.importer.source;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;
import org.jspecify.annotations.Nullable;

/**
 * A bank kept in a Git repository: one branch, optionally a folder inside it. The first run clones
 * into a cache folder below {@code cacheDir}; later runs fetch and reset it to the branch's head.
 *
 * <p>Credentials written into the URL ({@code https://user:token@host/...}) are moved out of it
 * into {@link #credentials()}, so that {@link #url()}, {@link #toString()} and every message show
 * the address alone and the token never reaches {@code .git/config}.
 *
 * @param url         https, http or file address of the repository, without user-info
 * @param branch      the branch to read; {@code main} when none is given
 * @param subPath     the bank's folder inside the repository, relative, or {@code null} for all of it
 * @param credentials for HTTP(S) servers that need them
 * @param cacheDir    where clones are kept between runs, one folder per repository and branch
 * @param timeout     for each network operation, and for waiting on another run using the same clone
 */
public record GitSource(
        URI url,
        String branch,
        @Nullable String subPath,
        @Nullable GitCredentials credentials,
        Path cacheDir,
        Duration timeout)
        implements BankSource {

    public static final String DEFAULT_BRANCH = "main";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Set<String> SCHEMES = Set.of("https", "http", "file");

    public GitSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            // SSH would need keys and known hosts the portal does not manage.
            throw new BankSourceException("A Git repository URL must start with https://, http:// or file://; "
                    + "for SSH addresses use the repository's HTTPS address with a token instead.");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new BankSourceException("A Git repository URL cannot have a query (?…) or a fragment (#…); "
                    + "give the branch and folder as their own settings.");
        }
        if (credentials == null && url.getRawUserInfo() != null) {
            credentials = credentialsOf(url.getRawUserInfo());
        }
        url = withoutUserInfo(url, scheme);
        branch = branch == null || branch.isBlank() ? DEFAULT_BRANCH : branch.strip();
        if (!Repository.isValidRefName("refs/heads/" + branch)) {
            throw new BankSourceException("'" + branch + "' is not a valid Git branch name.");
        }
        subPath = SubPath.normalize(subPath);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new BankSourceException("The Git timeout must be positive.");
        }
    }

    /** With the default cache folder and timeout. */
    public GitSource(URI url, @Nullable String branch, @Nullable String subPath, @Nullable GitCredentials credentials) {
        this(url, branch == null ? DEFAULT_BRANCH : branch, subPath, credentials, defaultCacheDir(), DEFAULT_TIMEOUT);
    }

    /** {@code studyportal-git} in the system's temporary folder. */
    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "studyportal-git");
    }

    @Override
    public CheckedOutBank open() {
        return GitCheckout.open(this);
    }

    @Override
    public String description() {
        return "Git repository " + url + ", branch " + branch + (subPath == null ? "" : ", folder " + subPath);
    }

    /** What JGit is given: a plain path for local repositories, which its file transport expects. */
    String remote() {
        return "file".equalsIgnoreCase(url.getScheme()) ? Path.of(url).toString() : url.toString();
    }

    /** A readable name for the clone, plus a hash so that two repositories or branches never share one. */
    String cacheFolderName() {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1)
                .replaceAll("\\.git$", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        if (last.length() > 40) {
            last = last.substring(0, 40);
        }
        return (last.isEmpty() ? "repository" : last) + "-"
                + sha256(url + "\n" + branch).substring(0, 16);
    }

    private static GitCredentials credentialsOf(String rawUserInfo) {
        int colon = rawUserInfo.indexOf(':');
        String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
        String password = colon < 0 ? "" : rawUserInfo.substring(colon + 1);
        return new GitCredentials(decode(user), decode(password));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static URI withoutUserInfo(URI url, String scheme) {
        String host = url.getHost();
        if ("file".equals(scheme)) {
            if (host != null && !host.isEmpty() && !"localhost".equalsIgnoreCase(host)) {
                throw new BankSourceException("A file:// repository URL must point to this machine.");
            }
            String path = url.getPath();
            if (path == null || path.isEmpty()) {
                throw new BankSourceException("A file:// repository URL needs a path, as in file:///srv/git/bank.git.");
            }
            return URI.create("file://" + url.getRawPath());
        }
        if (host == null || host.isEmpty()) {
            // The URL itself is not repeated: it may carry credentials in a form URI could not parse.
            throw new BankSourceException(
                    "The Git repository URL has no valid host name; write it as https://host/owner/repository.git.");
        }
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return URI.create(scheme + "://" + host + port + path);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
