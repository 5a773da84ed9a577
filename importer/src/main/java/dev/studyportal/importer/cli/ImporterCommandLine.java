package dev.studyportal.importer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar studyportal-importer.jar sync <dir> [--dry-run] [--json] [--db-url URL] ...} */
@Command(
        name = "studyportal-importer",
        mixinStandardHelpOptions = true,
        subcommands = SyncCommand.class,
        description = "Imports a Markdown question bank into Study Portal's database.")
public final class ImporterCommandLine implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new ImporterCommandLine()).execute(args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new ImporterCommandLine())
                .setOut(out)
                .setErr(err)
                .execute(args);
    }

    /** Without a subcommand there is nothing to do: say how to use it, as a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Name a command, such as: sync docs");
    }
}
