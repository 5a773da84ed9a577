package dev.studyportal.core.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;

/**
 * The embedded database's password: made at random the first time, kept in a file beside the data that
 * only this machine's account may read, and read from there by the portal and the importer alike. A
 * database made before there was a password (user {@code sa}, empty password) is given it on first use.
 */
final class EmbeddedDatabasePassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedDatabasePassword() {}

    static String forDatabase(EmbeddedDatabaseFile database, String url, String user) {
        Path file = database.password();
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String password = newPassword();
            // Written aside first: the old database takes the password only once it is safely on disk.
            Path pending = ownerOnlyFile(file.resolveSibling(file.getFileName() + ".new"), password);
            try {
                if (Files.exists(database.data())) {
                    setOnExistingDatabase(url, user, password);
                }
                Files.move(pending, file);
            } catch (FileAlreadyExistsException madeByAnotherProcessMeanwhile) {
                Files.delete(pending);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } finally {
                Files.deleteIfExists(pending);
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded database's password in " + file, e);
        }
    }

    private static void setOnExistingDatabase(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            // A quoted name: with DATABASE_TO_LOWER an unquoted one would not find H2's upper-case user.
            statement.execute("ALTER USER \"" + user.toUpperCase(Locale.ROOT) + "\" SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The embedded database " + url + " has a password that is not in "
                            + "its password file; set spring.datasource.password to it",
                    e);
        }
    }

    private static Path ownerOnlyFile(Path path, String content) throws IOException {
        Files.deleteIfExists(path);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(path);
        }
        return Files.writeString(path, content + "\n", StandardCharsets.UTF_8);
    }

    /** 256 bits, in characters that need no quoting in SQL or a properties file. */
    private static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
