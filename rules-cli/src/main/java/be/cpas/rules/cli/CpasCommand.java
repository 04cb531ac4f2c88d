package be.cpas.rules.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cpas}: the rules engine on the command line. One line per subcommand, nothing else. */
@Command(name = "cpas", mixinStandardHelpOptions = true,
        description = "Decides CPAS/OCMW social assistance dossiers with the bundled law.",
        subcommands = {
            DecideCommand.class,
            GenerateCommand.class,
            ScenariosCommand.class,
        })
public final class CpasCommand {

    public static void main(String[] args) {
        System.exit(new CommandLine(new CpasCommand()).execute(args));
    }
}
