package dev.studyportal.importer.cli;

import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync a Docusaurus question bank into the database. Nothing is written when any file has an error,"
                + " unless --skip-invalid is given.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                " 0:The bank was synced (or, with --dry-run, checked).",
                " 1:The bank has errors; nothing was written.",
                " 2:The command was used wrongly.",
                " 3:The database could not be reached or updated.",
                " 4:Another sync was running; nothing was written."})
class SyncCommand implements Callable<Integer> {

    static final int CONTENT_ERRORS = 1;
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

    @Option(names = "--skip-invalid", description = "Import the valid files and leave the questions of files with "
            + "errors as they are, instead of refusing the whole run.")
    boolean skipInvalid;

    @Option(names = "--db-url", defaultValue = "${env:MYSQL_URL}",
            description = "JDBC URL of the database (default: $MYSQL_URL, else the embedded database under ./data).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:MYSQL_USER}", description = "Database user (default: $MYSQL_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:MYSQL_PASSWORD}",
            description = "Database password (default: $MYSQL_PASSWORD, which keeps it out of the process list).")
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
        SyncOptions options = new SyncOptions(dryRun, skipInvalid, bankRoot.toAbsolutePath().normalize().toString(),
                ImportTrigger.CLI, System.getProperty("user.name"));
        try (ConfigurableApplicationContext context = startContext();
             TerminalProgress progress = new TerminalProgress()) {
            report = context.getBean(BankImporter.class).sync(bankRoot, options,
                    TerminalProgress.wanted(json) ? progress : SyncProgress.NONE);
        } catch (SyncAlreadyRunningException e) {
            err.println(e.getMessage());
            return ALREADY_RUNNING;
        } catch (RuntimeException e) {
            err.println("The import could not run against the database: " + rootMessage(e));
            return DATABASE_FAILURE;
        }
        out.print(json ? ReportPrinter.json(report) : ReportPrinter.text(report));
        out.flush();
        return report.ok() ? 0 : CONTENT_ERRORS;
    }

    private ConfigurableApplicationContext startContext() {
        // Passed as command-line properties: they outrank every default, including the embedded
        // database that core's own property file names.
        List<String> properties = new ArrayList<>();
        // Logs go to standard error, so that standard output carries only the report.
        properties.add("--logging.config=classpath:studyportal-cli-logback.xml");
        properties.add("--spring.main.banner-mode=off");
        properties.add("--spring.main.log-startup-info=false");
        if (dbUrl != null && !dbUrl.isBlank()) {
            properties.add("--spring.datasource.url=" + dbUrl);
        }
        if (dbUser != null) {
            properties.add("--spring.datasource.username=" + dbUser);
        }
        if (dbPassword != null) {
            properties.add("--spring.datasource.password=" + dbPassword);
        }
        return new SpringApplicationBuilder(ImporterApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties.toArray(String[]::new));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
