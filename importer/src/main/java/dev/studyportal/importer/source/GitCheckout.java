package dev.studyportal.importer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * Brings a {@link GitSource}'s clone up to date and holds it while the bank is read. The first run
 * is {@code git init} plus the same shallow fetch and hard reset as every later run, so both take
 * one path; the clone is configured without symbolic links before anything is checked out, so a
 * link in the repository becomes a small text file instead of a way out of the checkout.
 */
final class GitCheckout {

    private static final Logger log = LoggerFactory.getLogger(GitCheckout.class);

    private static final String REMOTE = "origin";

    private GitCheckout() {}

    static CheckedOutBank open(GitSource source) {
        Path cacheDir = source.cacheDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(cacheDir);
        } catch (IOException e) {
            throw new BankSourceException(
                    "Could not create the Git cache folder " + cacheDir
                            + ". Check that the portal may write there, or configure another one.",
                    e);
        }
        String name = source.cacheFolderName();
        CacheLock lock = CacheLock.acquire(cacheDir.resolve(name + ".lock"), source.timeout());
        try {
            Path repositoryDir = cacheDir.resolve(name);
            ObjectId commit = update(source, repositoryDir);
            Path root = bankRoot(source, repositoryDir);
            String description =
                    source.description() + ", commit " + commit.abbreviate(12).name();
            log.info("Checked out {}", description);
            return new CheckedOutBank(root, description, lock::release);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static ObjectId update(GitSource source, Path repositoryDir) {
        boolean fresh = !isCloneOf(source, repositoryDir);
        try {
            if (fresh) {
                log.info("Cloning {} into {}", source.description(), repositoryDir);
                Folders.delete(repositoryDir);
                init(source, repositoryDir);
            } else {
                log.info("Fetching {} into {}", source.description(), repositoryDir);
            }
            try (Git git = Git.open(repositoryDir.toFile())) {
                fetch(git, source);
                String tracking = trackingRef(source);
                Ref head = git.getRepository().exactRef(tracking);
                if (head == null) {
                    throw noSuchBranch(source);
                }
                git.reset().setMode(ResetType.HARD).setRef(tracking).call();
                git.clean()
                        .setCleanDirectories(true)
                        .setIgnore(false)
                        .setForce(true)
                        .call();
                return head.getObjectId();
            }
        } catch (IOException | GitAPIException | JGitInternalException | BankSourceException e) {
            if (fresh) {
                // A half-made clone would only be mistaken for a good one next time.
                Folders.deleteQuietly(repositoryDir);
            }
            throw e instanceof BankSourceException known ? known : explain(source, e);
        }
    }

    private static boolean isCloneOf(GitSource source, Path repositoryDir) {
        if (!Files.isDirectory(repositoryDir.resolve(".git"))) {
            return false;
        }
        try (Git git = Git.open(repositoryDir.toFile())) {
            return source.remote().equals(git.getRepository().getConfig().getString("remote", REMOTE, "url"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void init(GitSource source, Path repositoryDir) throws GitAPIException, IOException {
        try (Git git = Git.init()
                .setDirectory(repositoryDir.toFile())
                .setInitialBranch(source.branch())
                .call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", REMOTE, "url", source.remote());
            config.setString("remote", REMOTE, "fetch", refSpec(source).toString());
            config.setBoolean("core", null, "symlinks", false);
            config.save();
        }
    }

    private static void fetch(Git git, GitSource source) throws GitAPIException {
        try {
            git.fetch()
                    .setRemote(REMOTE)
                    .setRefSpecs(refSpec(source))
                    .setDepth(1)
                    .setTagOpt(TagOpt.NO_TAGS)
                    .setCredentialsProvider(credentialsProvider(source))
                    .setTimeout(timeoutSeconds(source))
                    .call();
        } catch (TransportException | InvalidRemoteException e) {
            // The fetch says little when only the branch is missing; asking for the list of branches tells.
            if (branchMissing(git, source)) {
                throw noSuchBranch(source);
            }
            throw e;
        }
    }

    private static boolean branchMissing(Git git, GitSource source) {
        try {
            Collection<Ref> heads = git.lsRemote()
                    .setRemote(REMOTE)
                    .setHeads(true)
                    .setCredentialsProvider(credentialsProvider(source))
                    .setTimeout(timeoutSeconds(source))
                    .call();
            return heads.stream().noneMatch(ref -> ref.getName().equals("refs/heads/" + source.branch()));
        } catch (GitAPIException | JGitInternalException e) {
            return false;
        }
    }

    private static Path bankRoot(GitSource source, Path repositoryDir) {
        if (source.subPath() == null) {
            return repositoryDir;
        }
        Path root = repositoryDir.resolve(source.subPath()).normalize();
        try {
            if (root.startsWith(repositoryDir)
                    && Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)
                    && root.toRealPath().startsWith(repositoryDir.toRealPath())) {
                return root;
            }
        } catch (IOException e) {
            // Treated as missing below.
        }
        throw new BankSourceException("The branch " + source.branch() + " of " + source.url() + " has no folder "
                + source.subPath() + ". Check the configured sub-path; it is relative to the repository's root.");
    }

    private static BankSourceException noSuchBranch(GitSource source) {
        return new BankSourceException("The Git repository " + source.url() + " has no branch " + source.branch()
                + ". Check the configured branch name.");
    }

    private static BankSourceException explain(GitSource source, Exception e) {
        if (e instanceof IOException) {
            return new BankSourceException(
                    "Could not update the Git cache folder " + source.cacheDir() + ": " + redact(source, e.getMessage())
                            + ". Check that the portal may write there.",
                    e);
        }
        if (hasCause(e, NoRemoteRepositoryException.class)) {
            return new BankSourceException(
                    "There is no Git repository at " + source.url()
                            + ", or it is private and the server hides it. Check the address and the credentials.",
                    e);
        }
        String text = messages(e).toLowerCase(Locale.ROOT);
        if (text.contains("not authorized")
                || text.contains("authentication")
                || text.contains("auth fail")
                || text.contains("401")
                || text.contains("403")
                || text.contains("credentialsprovider")) {
            return new BankSourceException(
                    source.credentials() == null
                            ? "The Git repository " + source.url() + " needs a username and a password or access token."
                                    + " Configure them for the import source."
                            : "The Git repository " + source.url() + " refused the configured username and password or"
                                    + " token. Check them, and that they may read this repository.",
                    e);
        }
        return new BankSourceException(
                "Could not fetch the Git repository " + source.url() + ": " + redact(source, rootMessage(e))
                        + ". Check the address and that this server can reach it.",
                e);
    }

    private static String redact(GitSource source, @Nullable String text) {
        String message = text == null ? "unknown error" : text;
        return source.credentials() == null ? message : source.credentials().redact(message);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static @Nullable String rootMessage(Throwable e) {
        String rootMessage = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
        return rootMessage != null ? rootMessage : e.getMessage();
    }

    private static RefSpec refSpec(GitSource source) {
        return new RefSpec("+refs/heads/" + source.branch() + ":" + trackingRef(source));
    }

    private static String trackingRef(GitSource source) {
        return "refs/remotes/" + REMOTE + "/" + source.branch();
    }

    private static @Nullable CredentialsProvider credentialsProvider(GitSource source) {
        GitCredentials credentials = source.credentials();
        return credentials == null
                ? null
                : new UsernamePasswordCredentialsProvider(credentials.username(), credentials.password());
    }

    private static int timeoutSeconds(GitSource source) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, source.timeout().toSeconds()));
    }
}
