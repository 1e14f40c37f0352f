package org.bricshub.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bricshub} command line. Every failure ends as one line on stderr and a non-zero exit status. */
@Command(name = "bricshub", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "BRICS Hub: Product Code traceability and Technology Transfer.",
        subcommands = {CommandLine.HelpCommand.class, ServeCommand.class, DemoCommand.class, AdminCommand.class,
                WitnessCommand.class, AuditCommand.class, TransferCommand.class, CodesCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status; for tests and {@link #main}. */
    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("bricshub: " + CliException.describe(e));
            return 1;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine failed = e.getCommandLine();
            String help = failed.getParent() == null ? "bricshub help" : "bricshub help " + failed.getCommandName();
            failed.getErr().println("bricshub: " + e.getMessage() + " (see: " + help + ")");
            return 2;
        });
        return cli.execute(args.length == 0 ? new String[] {"help"} : args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bricshub " + Version.current()};
        }
    }
}
