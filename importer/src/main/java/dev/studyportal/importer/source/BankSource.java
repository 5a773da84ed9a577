package dev.studyportal.importer.source;

/**
 * Where a bank comes from. {@link #open()} makes it a local folder; the caller reads it and closes
 * the returned {@link CheckedOutBank}, which removes whatever was made only for that read.
 */
public sealed interface BankSource permits LocalFolderSource, GitSource, ArchiveUpload {

    /** @throws BankSourceException when the bank cannot be had, with a message for an admin */
    CheckedOutBank open();

    /** What this source is, safe to log and to show: never credentials. */
    String description();
}
