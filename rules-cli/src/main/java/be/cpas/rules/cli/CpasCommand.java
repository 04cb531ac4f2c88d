package be.cpas.rules.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cpas}: the rules engine on the command line. One line per subcommand, nothing else. */
@Command(name = "cpas", mixinStandardHelpOptions = true,
        description = "Decides CPAS/OCMW social assistance dossiers with the bundled law, checks rule packs and measures the impact of a change.",
        subcommands = {
            DecideCommand.class,
            GenerateCommand.class,
            ValidateCommand.class,
            ImpactCommand.class,
            ScenariosCommand.class,
        })
public final class CpasCommand {

    public static void main(String[] args) {
        System.exit(new CommandLine(new CpasCommand()).execute(args));
    }
}
