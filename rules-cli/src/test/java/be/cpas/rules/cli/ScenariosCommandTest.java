package be.cpas.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.packs.PackArchive;
import be.cpas.rules.kb.source.KbSource;
import picocli.CommandLine;

/** {@code cpas scenarios}: the report on standard output, exit 0 when every scenario passes, 1 when one fails. */
class ScenariosCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int scenarios(String... args) {
        CommandLine command = new CommandLine(new CpasCommand());
        ScenariosCommand scenarios = command.getSubcommands().get("scenarios").getCommand();
        scenarios.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        scenarios.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        String[] all = new String[args.length + 1];
        all[0] = "scenarios";
        System.arraycopy(args, 0, all, 1, args.length);
        return command.execute(all);
    }

    @Test
    void a_pack_archive_whose_scenarios_all_pass() throws Exception {
        Path archive = directory.resolve("pack.zip");
        Files.write(archive, PackArchive.write(KbSource.fromClasspath()));

        assertThat(scenarios("--pack", archive.toString())).as(out.toString(StandardCharsets.UTF_8)).isZero();

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("passed  scenarios/premium_installation_2025.yaml\n").doesNotContain("FAILED")
                .containsPattern("\\d+ files, \\d+ cases: (\\d+) passed, 0 failed\n$");
    }

    @Test
    void a_scenario_file_that_fails_is_reported_field_by_field_and_exits_1() throws Exception {
        // The isolé of the base on 1 Feb 2025 gets 9 058,25 × 1,7410 = 15 770,41 a year, / 12 = 1 314,20 a month.
        Path scenario = directory.resolve("isole.yaml");
        Files.writeString(scenario, """
                purpose: An isolé without resources in Feb 2025
                base: single_adult
                expect:
                  verdict: GRANTED
                  amount.monthly: 1314.21
                """);

        assertThat(scenarios(scenario.toString())).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("FAILED  " + scenario + ": An isolé without resources in Feb 2025\n"
                + "          amount.monthly: expected 1314.21, actual 1314.20\n"
                + "1 files, 1 cases: 0 passed, 1 failed\n");
    }

    @Test
    void the_expectations_a_scenario_can_write_are_listed() {
        assertThat(scenarios("--keys")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\nconditions.<ID>  ").contains("\ndeadlines.<KIND>  ")
                .contains("premium.amount").startsWith("verdict  ");
    }

    @Test
    void a_pack_that_does_not_load_exits_2() {
        assertThat(scenarios("--pack", directory.resolve("missing.zip").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The pack does not load").contains("missing.zip");
    }

    @Test
    void a_scenario_in_the_old_format_is_migrated_in_place_with_the_same_expectations_and_passes() throws Exception {
        Path scenario = directory.resolve("art34_2_parent_counted_half.yaml");
        Files.writeString(scenario, """
                # 18 000 - 10 513,60 = 7 486,40, half: 3 743,20; less 155: 3 588,20; 10 513,60 - 3 588,20 = 6 925,40; / 12 = 577,12
                name: 'In Feb 2025, a cohabitant living with a parent whose pension is 1 500 €/month, the CPAS counting half'
                dossier:
                  requestDate: 2025-02-01
                  applicant: {birthDate: 1970-01-01, stayStatus: BELGIAN, maritalStatus: SINGLE, emancipatedByMarriage: false,
                              pregnant: false, childrenInCharge: 0, extendedMinority: false, childrenWithFamilyAllowances: 0}
                  residence: {habitualResidenceInBelgium: true, daysAbroadThisYear: 0, homeless: false}
                  workAvailability: {available: true}
                  otherRights: {allBenefitsClaimed: true}
                  household:
                  - relation: PARENT
                    settlesHouseholdMattersInCommon: true
                    birthDate: 1945-01-01
                    resources: [{type: PENSION, netAmount: 1500, periodicity: MONTHLY}]
                  resources: []
                  capital: {movableCapital: 0}
                  properties: []
                  cpasChoices: {parentsAndAdultChildren: FRACTION, fraction: 0.5}
                expected:
                  verdict: GRANTED
                  route: RIS
                  category: CATEGORY_1
                  monthly: 577.12
                  yearly: 6925.40
                  conditions: {RESOURCES: MET}
                """);

        assertThat(scenarios("--migrate", scenario.toString())).as(out.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("migrated " + scenario + "\npassed  " + scenario + "\n");
        assertThat(Files.readString(scenario)).isEqualTo("""
                # 18 000 - 10 513,60 = 7 486,40, half: 3 743,20; less 155: 3 588,20; 10 513,60 - 3 588,20 = 6 925,40; / 12 = 577,12
                purpose: "In Feb 2025, a cohabitant living with a parent whose pension is 1 500 €/month, the CPAS counting half"
                base: cohabitant_adult
                facts:
                  household:
                  - relation: PARENT
                    settlesHouseholdMattersInCommon: true
                    birthDate: 1945-01-01
                    resources:
                    - type: PENSION
                      netAmount: 1500
                      periodicity: MONTHLY
                  cpasChoices:
                    parentsAndAdultChildren: FRACTION
                    fraction: 0.5
                expect:
                  verdict: GRANTED
                  route: RIS
                  category: CATEGORY_1
                  amount:
                    monthly: 577.12
                    yearly: 6925.40
                  conditions:
                    RESOURCES: MET
                """);
    }
}
