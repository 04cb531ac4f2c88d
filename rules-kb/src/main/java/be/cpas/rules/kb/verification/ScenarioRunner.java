package be.cpas.rules.kb.verification;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.MaintenanceAidDecision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.PiisDecision;
import be.cpas.rules.model.PiisRequirement;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * The scenario files of a pack ({@code scenarios/*.yaml}): a sentence of purpose, a full dossier and what the
 * law gives for it (verdict, route, category, amount, condition outcomes, facts to verify, notices, the amounts of
 * chosen calculation-sheet lines, the maintenance-aid and PIIS sections), written
 * by an analyst. A pack ships its own scenarios and is not activated unless they all pass.
 */
public final class ScenarioRunner {

    public static final String FOLDER = "scenarios/";
    public static final String SUFFIX = ".yaml";

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What a scenario file expects; absent optional fields are not checked. */
    public record Expected(Verdict verdict, Route route, Category category, BigDecimal monthly, BigDecimal yearly,
                           Boolean noAmount, Map<String, Outcome> conditions, List<String> factsToVerify,
                           List<String> notices, Map<String, List<BigDecimal>> sheetLines, ExpectedMaintenanceAid maintenanceAid,
                           ExpectedPiis piis) {
    }

    /** The maintenance-aid section: its verdict and, when granted, its total. */
    public record ExpectedMaintenanceAid(Verdict verdict, BigDecimal amount) {
    }

    /** The PIIS section: whether one is required, and by which date when known. */
    public record ExpectedPiis(PiisRequirement requirement, LocalDate concludeBy) {
    }

    public record Scenario(String name, Dossier dossier, Expected expected) {
    }

    private ScenarioRunner() {
    }

    /** The scenario files of the pack, sorted by path. */
    public static List<KbFile> files(KbSource source) {
        return source.files(FOLDER, SUFFIX);
    }

    /** @throws IllegalArgumentException when the file is not a scenario (the message names the file and line) */
    public static Scenario read(KbFile file) {
        Scenario scenario;
        try {
            scenario = YAML.readValue(file.content(), Scenario.class);
        } catch (IOException e) {
            String line = e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null
                    ? ":" + json.getLocation().getLineNr() : "";
            throw new IllegalArgumentException(file.path() + line + ": not a valid scenario: " + e.getMessage(), e);
        }
        if (scenario == null || scenario.name() == null || scenario.name().isBlank() || scenario.dossier() == null
                || scenario.expected() == null || scenario.expected().verdict() == null) {
            throw new IllegalArgumentException(file.path() + ": a scenario needs a name, a dossier and an expected verdict");
        }
        return scenario;
    }

    /** Decides the scenario's dossier; each difference from what it expects, as "what: expected X, got Y". */
    public static List<String> differences(RulesEngine engine, Scenario scenario) {
        return differences(scenario.expected(), engine.decide(scenario.dossier()));
    }

    static List<String> differences(Expected expected, Decision decision) {
        List<String> differences = new ArrayList<>();
        compare(differences, "verdict", expected.verdict(), decision.verdict());
        if (expected.route() != null) {
            compare(differences, "route", expected.route(), decision.route() == null ? null : decision.route().route());
        }
        compare(differences, "category", expected.category(), decision.category() == null ? null : decision.category().category());
        if (Boolean.TRUE.equals(expected.noAmount())) {
            if (decision.amount() != null || !decision.calculationSheet().isEmpty()) {
                differences.add("amount: expected none, got " + decision.amount());
            }
        }
        if (expected.monthly() != null || expected.yearly() != null) {
            if (decision.amount() == null) {
                differences.add("amount: expected " + expected.monthly() + "/month, got none");
            } else {
                compareAmount(differences, "monthly", expected.monthly(), decision.amount().monthly());
                compareAmount(differences, "yearly", expected.yearly(), decision.amount().yearly());
            }
        }
        if (expected.conditions() != null) {
            expected.conditions().forEach((id, outcome) -> compare(differences, "condition " + id, outcome,
                    decision.conditions().stream().filter(c -> c.condition().equals(id)).map(ConditionResult::outcome)
                            .findFirst().orElse(null)));
        }
        if (expected.factsToVerify() != null && !decision.factsToVerify().containsAll(expected.factsToVerify())) {
            differences.add("facts to verify: expected " + expected.factsToVerify() + ", got " + decision.factsToVerify());
        }
        if (expected.notices() != null) {
            List<String> codes = decision.notices().stream().map(Notice::code).toList();
            if (!codes.containsAll(expected.notices())) {
                differences.add("notices: expected " + expected.notices() + ", got " + codes);
            }
        }
        if (expected.sheetLines() != null) {
            expected.sheetLines().forEach((code, amounts) -> compareAmounts(differences, "sheet lines " + code, amounts,
                    decision.calculationSheet().stream().filter(l -> l.code().equals(code)).map(CalculationLine::amount).toList()));
        }
        if (expected.maintenanceAid() != null) {
            MaintenanceAidDecision aid = decision.maintenanceAid();
            compare(differences, "maintenance aid verdict", expected.maintenanceAid().verdict(), aid == null ? null : aid.verdict());
            compareAmount(differences, "maintenance aid", expected.maintenanceAid().amount(), aid == null ? null : aid.amount());
        }
        if (expected.piis() != null) {
            PiisDecision piis = decision.piis();
            compare(differences, "PIIS", expected.piis().requirement(), piis == null ? null : piis.requirement());
            compare(differences, "PIIS conclude by", expected.piis().concludeBy(), piis == null ? null : piis.concludeBy());
        }
        return differences;
    }

    /** The same amounts, in the sheet's order. */
    private static void compareAmounts(List<String> differences, String what, List<BigDecimal> expected, List<BigDecimal> actual) {
        boolean same = expected.size() == actual.size();
        for (int i = 0; same && i < expected.size(); i++) {
            same = expected.get(i).compareTo(actual.get(i)) == 0;
        }
        if (!same) {
            differences.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void compare(List<String> differences, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void compareAmount(List<String> differences, String what, BigDecimal expected, BigDecimal actual) {
        if (expected != null && (actual == null || expected.compareTo(actual) != 0)) {
            differences.add(what + ": expected " + expected + ", got " + actual);
        }
    }
}
