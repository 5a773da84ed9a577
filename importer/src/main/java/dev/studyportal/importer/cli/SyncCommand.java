package dev.studyportal.importer.cli;

import dev.studyportal.core.failure.DatabaseOutage;
import dev.studyportal.core.failure.FailureReference;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.sync.BankFingerprint;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import dev.studyportal.importer.sync.UnchangedBank;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description =
                "Sync a Docusaurus question bank into the database. Nothing is written when any file has an error,"
                        + " unless --skip-invalid is given.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:The bank was synced (or, with --dry-run, checked).",
            " 1:The bank has errors; nothing was written. Or the importer failed unexpectedly: standard error"
                    + " names a reference (E-XXXXXX) under which the log holds the details.",
            " 2:The command was used wrongly.",
            " 3:The database could not be reached or updated.",
            " 4:Another sync was running; nothing was written."
        })
class SyncCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(SyncCommand.class);

    /** SQLSTATE class 28, invalid authorization: the database refused the user or password it was given. */
    private static final String REFUSED_SIGN_IN_CLASS = "28";

    static final int CONTENT_ERRORS = 1;
    static final int UNEXPECTED_FAILURE = 1;
    static final int USAGE = 2;
    static final int DATABASE_FAILURE = 3;
    static final int ALREADY_RUNNING = 4;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "The folder that holds the bank, such as docs.")
    Path bankRoot;

    @Option(names = "--dry-run", description = "Report what would change without writing anything.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(
            names = "--skip-invalid",
            description = "Import the valid files and leave the questions of files with "
                    + "errors as they are, instead of refusing the whole run.")
    boolean skipInvalid;

    @Option(
            names = "--db-url",
            defaultValue = "${env:MYSQL_URL}",
            description = "JDBC URL of the database (default: $MYSQL_URL, else the embedded database under ./data).")
    @Nullable
    String dbUrl;

    @Option(
            names = "--db-user",
            defaultValue = "${env:MYSQL_USER}",
            description = "Database user (default: $MYSQL_USER).")
    @Nullable
    String dbUser;

    @Option(
            names = "--db-password",
            defaultValue = "${env:MYSQL_PASSWORD}",
            description = "Database password (default: $MYSQL_PASSWORD, which keeps it out of the process list).")
    @Nullable
    String dbPassword;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(bankRoot)) {
            err.println("There is no folder at " + bankRoot.toAbsolutePath() + " to import from.");
            return USAGE;
        }
        SyncReport report;
        SyncOptions options = new SyncOptions(
                dryRun,
                skipInvalid,
                bankRoot.toAbsolutePath().normalize().toString(),
                ImportTrigger.CLI,
                System.getProperty("user.name"));
        try {
            Optional<SyncReport> unchanged = unchanged(options);
            if (unchanged.isPresent()) {
                return print(unchanged.get(), out);
            }
            try (ConfigurableApplicationContext context = startContext(ImporterApplication.class);
                    TerminalProgress progress = new TerminalProgress()) {
                report = context.getBean(BankImporter.class)
                        .sync(bankRoot, options, TerminalProgress.wanted(json) ? progress : SyncProgress.NONE);
            }
        } catch (SyncAlreadyRunningException e) {
            err.println(e.getMessage());
            return ALREADY_RUNNING;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
        return print(report, out);
    }

    private int print(SyncReport report, PrintWriter out) {
        out.print(json ? ReportPrinter.json(report) : ReportPrinter.text(report));
        out.flush();
        return report.ok() ? 0 : CONTENT_ERRORS;
    }

    /**
     * The report of a sync that would change nothing, found before the importer's context starts: the small
     * context that tells it starts in a fraction of the time. A database it cannot read (not there yet, not
     * migrated, not reachable) leaves the answer to the full run, which migrates or reports it.
     */
    private Optional<SyncReport> unchanged(SyncOptions options) {
        BankFingerprint fingerprint = BankFingerprint.of(bankRoot);
        try (ConfigurableApplicationContext context = startContext(UnchangedBankCheck.class)) {
            return context.getBean(UnchangedBank.class).report(fingerprint, options);
        } catch (CannotGetJdbcConnectionException unreachable) {
            throw unreachable; // the full run could not connect either: say so now, not after a second timeout
        } catch (DataAccessException notReadable) {
            log.debug("The quick check of the bank's fingerprint could not read the database", notReadable);
            return Optional.empty();
        }
    }

    /**
     * Only a database that could not be reached or updated is exit 3: that is what an operator can fix by
     * checking the address, the credentials or the server. Anything else is a fault of the importer; its stack
     * trace goes to the log (standard error) under a reference, and standard output stays free for reports.
     */
    private static int failed(RuntimeException failure, PrintWriter err) {
        if (isDatabaseFailure(failure)) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            err.println("The database could not be reached or updated: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            return DATABASE_FAILURE;
        }
        String reference = FailureReference.next();
        log.error("[{}] The import failed unexpectedly", reference, failure);
        err.println("The import failed unexpectedly. The log holds the details under reference " + reference + ".");
        return UNEXPECTED_FAILURE;
    }

    private static boolean isDatabaseFailure(Throwable failure) {
        if (DatabaseOutage.isCauseOf(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof NonTransientDataAccessResourceException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith(REFUSED_SIGN_IN_CLASS)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private ConfigurableApplicationContext startContext(Class<?> application) {
        // Passed as command-line properties: they outrank every default, including the embedded
        // database that core's own property file names.
        List<String> properties = new ArrayList<>();
        // Logs go to standard error, so that standard output carries only the report.
        properties.add("--logging.config=classpath:studyportal-cli-logback.xml");
        properties.add("--spring.main.banner-mode=off");
        properties.add("--spring.main.log-startup-info=false");
        // One command, then exit: make only the beans the sync reaches (the importer, its repositories,
        // the database and Flyway before them) instead of every service of core. A no-op sync of an
        // unchanged bank is nearly all start-up (docs/benchmarks.md, "Start-up").
        properties.add("--spring.main.lazy-initialization=true");
        if (dbUrl != null && !dbUrl.isBlank()) {
            properties.add("--spring.datasource.url=" + dbUrl);
        }
        if (dbUser != null) {
            properties.add("--spring.datasource.username=" + dbUser);
        }
        if (dbPassword != null) {
            properties.add("--spring.datasource.password=" + dbPassword);
        }
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(properties.toArray(String[]::new));
    }
}
