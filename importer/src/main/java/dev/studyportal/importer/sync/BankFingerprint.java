package dev.studyportal.importer.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A digest of everything a sync could read from a bank folder (every Markdown, category and
 * ignore file, with its path) and of the importer's own code. Equal digests mean the parse would
 * give the same bank, so an unchanged bank is recognised without parsing it. Reading and hashing
 * the files costs a small part of parsing them.
 */
public record BankFingerprint(String digest) {

    public BankFingerprint {
        Objects.requireNonNull(digest, "digest");
    }

    public static BankFingerprint of(Path root) {
        MessageDigest digest = sha256();
        digest.update(codeIdentity().getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(BankFingerprint::couldBeRead)
                    .sorted()
                    .toList();
            for (Path file : files) {
                digest.update(
                        root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank under " + root, e);
        }
        return new BankFingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    /** Wider than what the parser reads, never narrower: a false "changed" costs a parse, a false "same" loses an edit. */
    private static boolean couldBeRead(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md")
                || name.endsWith(".mdx")
                || name.endsWith(".json")
                || name.endsWith(".yml")
                || name.endsWith(".yaml")
                || name.equals(".studyportal-ignore");
    }

    /**
     * A new importer may read the same files differently, so its jar is part of the digest. From
     * a classes folder (development, tests) only the folder's name is: rebuilds there are not seen.
     */
    private static String codeIdentity() {
        try {
            Path code = Path.of(BankFingerprint.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.isRegularFile(code)
                    ? code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code)
                    : code.toString();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
