package be.cpas.rules.kb.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.CompetenceSituation;
import be.cpas.rules.model.CompetenceStatus;
import be.cpas.rules.model.CompetentCpasResult;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Deadline;
import be.cpas.rules.model.DeadlineKind;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.InstallationPremiumDecision;
import be.cpas.rules.model.MaintenanceAidDecision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Periodicity;
import be.cpas.rules.model.PiisDecision;
import be.cpas.rules.model.PiisRequirement;
import be.cpas.rules.model.PremiumRegime;
import be.cpas.rules.model.Reason;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * One thing a scenario expects of the decision, named by a path an analyst reads ({@code amount.monthly},
 * {@code conditions.AGE}, {@code sheet.GENERAL_EXEMPTION}, {@code deadlines.DECISION_DUE}), never a JSON pointer.
 * {@link #KEYS} is the whole vocabulary; any other path is refused when the scenario is read.
 */
public record Expectation(String path, Key key, Object expected, Function<Decision, Object> actual) {

    /** The word a scenario writes for "this output is absent" (no amount, no category, no such sheet line...). */
    public static final String NONE = "none";

    /** Expected against actual for one path, as the report shows it. */
    public record Mismatch(String path, String expected, String actual) {
        @Override
        public String toString() {
            return path + ": expected " + expected + ", actual " + actual;
        }
    }

    /** How a value is written and compared. */
    enum Type {
        /** One of a fixed set of words (an enum), or none. */
        CHOICE,
        /** Euro, compared to the cent; or none. */
        MONEY,
        /** An ISO date (yyyy-MM-dd); or none. */
        DATE,
        /** A free code or name; or none. */
        TEXT,
        /** A list of codes the decision has at least (others may follow); none: the decision has none. */
        CODES,
        /** present or absent. */
        PRESENCE,
        /** Only none: the whole section is absent. */
        ABSENT_ONLY
    }

    /**
     * One entry of the vocabulary: a path form ({@code conditions.<ID>}), how its value is written, and how the
     * actual value is read from the decision (the matcher gives the {@code <ID>}).
     */
    public record Key(String form, Type type, List<String> choices, String meaning,
                      BiFunction<Matcher, Decision, Object> reader) {

        Pattern pattern() {
            return Pattern.compile(Pattern.quote(form).replace("<ID>", "\\E([A-Za-z0-9_]+)\\Q").replace("<KIND>", "\\E([A-Z_]+)\\Q"));
        }
    }

    /** The vocabulary of expectation paths, in the order docs/analysts.md lists them. */
    public static final List<Key> KEYS = List.of(
            key("verdict", Type.CHOICE, Verdict.values(), "GRANTED, REFUSED or INCOMPLETE",
                    (m, d) -> d.verdict()),
            key("route", Type.CHOICE, Route.values(), "RIS, ERIS, NONE or TO_VERIFY",
                    (m, d) -> d.route() == null ? null : d.route().route()),
            key("route.reason", Type.TEXT, null, "the code of the reason for the route",
                    (m, d) -> d.route() == null || d.route().reason() == null ? null : d.route().reason().code()),
            key("category", Type.CHOICE, Category.values(), "CATEGORY_1, CATEGORY_2, CATEGORY_3, or none",
                    (m, d) -> d.category() == null ? null : d.category().category()),
            key("category.outcome", Type.CHOICE, Outcome.values(), "MET, NOT_MET or TO_VERIFY",
                    (m, d) -> d.category() == null ? null : d.category().outcome()),
            key("category.reasons", Type.CODES, null, "reason codes the category has (at least these)",
                    (m, d) -> d.category() == null ? null : codes(d.category().reasons())),
            key("amount", Type.ABSENT_ONLY, null, "none: no amount is given",
                    (m, d) -> d.amount()),
            key("amount.monthly", Type.MONEY, null, "euro a month",
                    (m, d) -> d.amount() == null ? null : d.amount().monthly()),
            key("amount.yearly", Type.MONEY, null, "euro a year",
                    (m, d) -> d.amount() == null ? null : d.amount().yearly()),
            key("periodicity", Type.CHOICE, Periodicity.values(), "how often the amount is paid",
                    (m, d) -> d.periodicity()),
            key("rightFrom", Type.DATE, null, "the day the right runs from",
                    (m, d) -> d.rightFrom()),
            key("conditions.<ID>", Type.CHOICE, Outcome.values(), "outcome of the RIS condition with that id",
                    (m, d) -> condition(d.conditions(), m.group(1)).map(ConditionResult::outcome).orElse(null)),
            key("conditions.<ID>.reasons", Type.CODES, null, "reason codes of that condition (at least these)",
                    (m, d) -> condition(d.conditions(), m.group(1)).map(c -> codes(c.reasons())).orElse(null)),
            key("conditions.<ID>.missingFacts", Type.CODES, null, "facts that condition needs (at least these)",
                    (m, d) -> condition(d.conditions(), m.group(1)).map(ConditionResult::missingFacts).orElse(null)),
            key("missingFacts", Type.CODES, null, "facts to verify before deciding (at least these); none: nothing to verify",
                    (m, d) -> d.factsToVerify()),
            key("notices", Type.CODES, null, "notice codes (at least these); none: no notice at all",
                    (m, d) -> d.notices().stream().map(Notice::code).toList()),
            key("notices.<ID>", Type.PRESENCE, null, "present or absent: whether the decision carries that notice",
                    (m, d) -> d.notices().stream().anyMatch(n -> n.code().equals(m.group(1)))),
            key("sheet", Type.ABSENT_ONLY, null, "none: the calculation sheet is empty",
                    (m, d) -> d.calculationSheet().isEmpty() ? null : d.calculationSheet()),
            key("sheet.<ID>", Type.MONEY, null, "euro a year on the sheet line(s) with that code (summed when several); none: no such line",
                    (m, d) -> sheetLine(d, m.group(1))),
            key("premium", Type.ABSENT_ONLY, null, "none: the decision has no installation premium section",
                    (m, d) -> d.installationPremium()),
            key("premium.verdict", Type.CHOICE, Verdict.values(), "GRANTED, REFUSED or INCOMPLETE",
                    (m, d) -> premium(d, InstallationPremiumDecision::verdict)),
            key("premium.regime", Type.CHOICE, PremiumRegime.values(), "RIS_BENEFICIARY or REPLACEMENT_OR_LOW_INCOME, or none",
                    (m, d) -> premium(d, InstallationPremiumDecision::regime)),
            key("premium.amount", Type.MONEY, null, "euro, paid once; none when refused",
                    (m, d) -> premium(d, InstallationPremiumDecision::amount)),
            key("premium.household", Type.TEXT, null, "the code saying whether the premium is individual or for the household",
                    (m, d) -> premium(d, p -> p.household() == null ? null : p.household().code())),
            key("premium.conditions.<ID>", Type.CHOICE, Outcome.values(), "outcome of that premium condition",
                    (m, d) -> premium(d, p -> condition(p.conditions(), m.group(1)).map(ConditionResult::outcome).orElse(null))),
            key("premium.conditions.<ID>.reasons", Type.CODES, null, "reason codes of that premium condition (at least these)",
                    (m, d) -> premium(d, p -> condition(p.conditions(), m.group(1)).map(c -> codes(c.reasons())).orElse(null))),
            key("premium.missingFacts", Type.CODES, null, "facts the premium needs (at least these); none: nothing to verify",
                    (m, d) -> premium(d, InstallationPremiumDecision::factsToVerify)),
            key("maintenanceAid", Type.ABSENT_ONLY, null, "none: the decision has no maintenance-aid section (art 68quinquies LO)",
                    (m, d) -> d.maintenanceAid()),
            key("maintenanceAid.verdict", Type.CHOICE, Verdict.values(), "GRANTED, REFUSED or INCOMPLETE",
                    (m, d) -> maintenanceAid(d, MaintenanceAidDecision::verdict)),
            key("maintenanceAid.amount", Type.MONEY, null, "euro of aid for the month; none when refused",
                    (m, d) -> maintenanceAid(d, MaintenanceAidDecision::amount)),
            key("maintenanceAid.missingFacts", Type.CODES, null, "facts the maintenance aid needs (at least these)",
                    (m, d) -> maintenanceAid(d, MaintenanceAidDecision::factsToVerify)),
            key("piis", Type.ABSENT_ONLY, null, "none: the decision has no PIIS section",
                    (m, d) -> d.piis()),
            key("piis.requirement", Type.CHOICE, PiisRequirement.values(), "REQUIRED, WAIVED, NOT_REQUIRED or TO_VERIFY",
                    (m, d) -> piis(d, PiisDecision::requirement)),
            key("piis.reason", Type.TEXT, null, "the reason code of the PIIS finding",
                    (m, d) -> piis(d, p -> p.reason() == null ? null : p.reason().code())),
            key("piis.concludeBy", Type.DATE, null, "the date by which the PIIS must be concluded; none when not known",
                    (m, d) -> piis(d, PiisDecision::concludeBy)),
            key("piis.missingFacts", Type.CODES, null, "facts the PIIS finding needs (at least these)",
                    (m, d) -> piis(d, PiisDecision::missingFacts)),
            key("competentCpas", Type.ABSENT_ONLY, null, "none: the decision has no competent CPAS section",
                    (m, d) -> d.competentCpas()),
            key("competentCpas.status", Type.CHOICE, CompetenceStatus.values(), "DETERMINED, UNCERTAIN or TO_VERIFY",
                    (m, d) -> competence(d, CompetentCpasResult::status)),
            key("competentCpas.situation", Type.CHOICE, CompetenceSituation.values(), "the situation of the loi du 2 avril 1965 applied",
                    (m, d) -> competence(d, CompetentCpasResult::situation)),
            key("competentCpas.commune", Type.TEXT, null, "the commune whose CPAS is competent, or none",
                    (m, d) -> competence(d, CompetentCpasResult::commune)),
            key("competentCpas.reasons", Type.CODES, null, "reason codes (at least these)",
                    (m, d) -> competence(d, c -> codes(c.reasons()))),
            key("competentCpas.missingFacts", Type.CODES, null, "facts the competence needs (at least these)",
                    (m, d) -> competence(d, CompetentCpasResult::missingFacts)),
            key("competentCpas.forwardBy", Type.DATE, null, "the date an incompetent CPAS forwards the request by",
                    (m, d) -> competence(d, c -> c.forwardIfIncompetent() == null ? null : c.forwardIfIncompetent().date())),
            key("deadlines.<KIND>", Type.DATE, null, "the date of that deadline (" + Arrays.toString(DeadlineKind.values())
                    + "); none: not known yet or not given", (m, d) -> deadline(d, m.group(1)).map(Deadline::date).orElse(null)),
            key("deadlines.<KIND>.countedFrom", Type.DATE, null, "the date that deadline is counted from",
                    (m, d) -> deadline(d, m.group(1)).map(Deadline::countedFrom).orElse(null)));

    private static Key key(String form, Type type, Enum<?>[] choices, String meaning, BiFunction<Matcher, Decision, Object> reader) {
        return new Key(form, type, choices == null ? null : Arrays.stream(choices).map(Enum::name).toList(), meaning, reader);
    }

    /**
     * The expectation at this path with this value as the scenario writes it.
     *
     * @throws IllegalArgumentException naming the path when it is not in the vocabulary, or the value when it
     *                                  is not one the path takes
     */
    public static Expectation of(String path, JsonNode value) {
        for (Key key : KEYS) {
            Matcher matcher = key.pattern().matcher(path);
            if (matcher.matches()) {
                if (path.startsWith("deadlines.") && Arrays.stream(DeadlineKind.values()).noneMatch(k -> k.name().equals(matcher.group(1)))) {
                    throw new IllegalArgumentException("'" + path + "': no such deadline; the deadlines are " + Arrays.toString(DeadlineKind.values()));
                }
                return new Expectation(path, key, expected(path, key, value), decision -> key.reader().apply(matcher, decision));
            }
        }
        throw new IllegalArgumentException("'" + path + "' is not something a scenario can expect; the expectations are "
                + KEYS.stream().map(Key::form).toList());
    }

    private static Object expected(String path, Key key, JsonNode value) {
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("'" + path + "' has no value; write " + NONE + " when the output must be absent");
        }
        boolean none = value.isTextual() && value.textValue().equals(NONE);
        switch (key.type()) {
            case ABSENT_ONLY:
                if (!none) {
                    throw new IllegalArgumentException("'" + path + "' takes only " + NONE + "; expect its parts ("
                            + path + ".…) instead");
                }
                return null;
            case PRESENCE:
                if (value.isTextual() && List.of("present", "absent").contains(value.textValue())) {
                    return value.textValue().equals("present");
                }
                throw new IllegalArgumentException("'" + path + "' is present or absent, not '" + value.asText() + "'");
            case CODES:
                if (none) {
                    return null;
                }
                if (!value.isArray()) {
                    throw new IllegalArgumentException("'" + path + "' is a list of codes (- CODE), or " + NONE);
                }
                List<String> codes = new ArrayList<>();
                value.forEach(code -> codes.add(code.asText()));
                return List.copyOf(codes);
            default:
                break;
        }
        if (none) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("'" + path + "' takes one value, not a list or a map");
        }
        String text = value.asText();
        switch (key.type()) {
            case CHOICE:
                if (!key.choices().contains(text)) {
                    throw new IllegalArgumentException("'" + path + "' is one of " + key.choices() + " or " + NONE + ", not '" + text + "'");
                }
                return text;
            case MONEY:
                try {
                    return value.isNumber() ? value.decimalValue() : new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + path + "' is an amount in euro (e.g. 1234.56), not '" + text + "'");
                }
            case DATE:
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + path + "' is a date (yyyy-MM-dd), not '" + text + "'");
                }
            default:
                return text;
        }
    }

    /** Empty when the decision gives what is expected, else expected against actual. */
    public Optional<Mismatch> check(Decision decision) {
        Object actual = normalized(this.actual.apply(decision));
        boolean holds = switch (key.type()) {
            case MONEY -> expected == null ? actual == null
                    : actual instanceof BigDecimal amount && amount.compareTo((BigDecimal) expected) == 0;
            case CODES -> expected == null ? actual == null || ((Collection<?>) actual).isEmpty()
                    : actual != null && ((Collection<?>) actual).containsAll((Collection<?>) expected);
            case ABSENT_ONLY -> actual == null;
            default -> Objects.equals(expected, actual);
        };
        return holds ? Optional.empty() : Optional.of(new Mismatch(path, show(expected), shownActual(actual)));
    }

    private static Object normalized(Object actual) {
        return actual instanceof Enum<?> e ? e.name() : actual;
    }

    private String shownActual(Object actual) {
        if (key.type() == Type.ABSENT_ONLY) {
            return "present";
        }
        return show(actual);
    }

    private String show(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Boolean present) {
            return present ? "present" : "absent";
        }
        if (value instanceof BigDecimal amount) {
            return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();  // euro, as written: 1314.20
        }
        return value.toString();
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons == null ? List.of() : reasons.stream().map(Reason::code).toList();
    }

    private static Optional<ConditionResult> condition(List<ConditionResult> conditions, String id) {
        return conditions == null ? Optional.empty() : conditions.stream().filter(c -> c.condition().equals(id)).findFirst();
    }

    private static BigDecimal sheetLine(Decision decision, String code) {
        return decision.calculationSheet().stream().filter(line -> line.code().equals(code)).map(CalculationLine::amount)
                .reduce(BigDecimal::add).orElse(null);
    }

    private static Object premium(Decision decision, Function<InstallationPremiumDecision, Object> part) {
        return decision.installationPremium() == null ? null : part.apply(decision.installationPremium());
    }

    private static Object maintenanceAid(Decision decision, Function<MaintenanceAidDecision, Object> part) {
        return decision.maintenanceAid() == null ? null : part.apply(decision.maintenanceAid());
    }

    private static Object piis(Decision decision, Function<PiisDecision, Object> part) {
        return decision.piis() == null ? null : part.apply(decision.piis());
    }

    private static Object competence(Decision decision, Function<CompetentCpasResult, Object> part) {
        return decision.competentCpas() == null ? null : part.apply(decision.competentCpas());
    }

    private static Optional<Deadline> deadline(Decision decision, String kind) {
        return decision.deadlines() == null ? Optional.empty()
                : decision.deadlines().stream().filter(d -> d.kind().name().equals(kind)).findFirst();
    }

    /** The expectations of a scenario's {@code expect:} map; nested maps join their keys with dots. */
    static List<Expectation> all(JsonNode expect) {
        List<Expectation> expectations = new ArrayList<>();
        flatten("", expect, (path, value) -> {
            if (expectations.stream().anyMatch(e -> e.path().equals(path))) {
                throw new IllegalArgumentException("'" + path + "' is expected twice");
            }
            expectations.add(of(path, value));
        });
        return List.copyOf(expectations);
    }

    private static void flatten(String prefix, JsonNode node, java.util.function.BiConsumer<String, JsonNode> leaf) {
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (field.getValue().isObject()) {
                flatten(path, field.getValue(), leaf);
            } else {
                leaf.accept(path, field.getValue());
            }
        }
    }
}
