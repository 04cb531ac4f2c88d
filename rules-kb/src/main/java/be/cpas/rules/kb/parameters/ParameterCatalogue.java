package be.cpas.rules.kb.parameters;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.LegalReference;

/**
 * The dated legal parameters of a knowledge base: one YAML file per legal quantity under
 * {@code parameters/}, the file path giving the name ({@code parameters/ris/amount/category_1.yaml} →
 * {@code ris.amount.category_1}). See {@code parameters/README.md} for the format. An indexed amount is not
 * written but computed: its base × the social-benefit coefficient, rounded to the cent ({@link IndexedAmounts}).
 *
 * <p>A legal change is a new dated value in a file, never a condition in code. A date before
 * {@link #firstDate()} is refused; a date after {@link #lastKnownChange()} is answered with the last
 * known values and flagged as possibly stale.
 */
public final class ParameterCatalogue {

    public static final String FOLDER = "parameters/";
    public static final String SUFFIX = ".yaml";
    public static final String UNIT_FLAG = "flag";
    public static final String UNIT_EUR_YEAR = "EUR/year";
    public static final String UNIT_EUR_MONTH = "EUR/month";
    public static final String UNIT_COEFFICIENT = "coefficient";
    public static final Set<String> UNITS = Set.of(
            UNIT_EUR_YEAR, UNIT_EUR_MONTH, "EUR", "rate", UNIT_COEFFICIENT, "days", "months", "years", UNIT_FLAG);

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");
    static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    /** Internal notes that a reader of the repository does not have. */
    private static final Pattern POINTER_OUTSIDE = Pattern.compile("FACTS|(?i:shared[/]|seed 0[0-9])");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final List<Parsed> files;
    private final List<ParameterOverride> overrides;
    private final Map<String, ParameterDefinition> definitions;
    private final LocalDate firstDate;
    private final LocalDate lastKnownChange;
    /** Every date on which some value changes, in order: between two of them, every parameter keeps its value. */
    private final NavigableSet<LocalDate> changeDates;
    /** The values in force from each change date on, resolved when first asked: a few hundred at most, each immutable. */
    private final Map<LocalDate, ParametersInForce> valuesFromChange = new ConcurrentHashMap<>();

    private ParameterCatalogue(List<Parsed> files, List<ParameterOverride> overrides, Map<String, ParameterDefinition> definitions) {
        this.files = files;
        this.overrides = overrides;
        this.definitions = Collections.unmodifiableMap(new TreeMap<>(definitions));
        this.firstDate = definitions.values().stream()
                .filter(ParameterDefinition::required)
                .map(ParameterDefinition::firstDate)
                .max(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalStateException(
                        "No parameter file is marked 'required: true': the first supported date is unknown"));
        this.lastKnownChange = definitions.values().stream()
                .filter(ParameterDefinition::indexed)
                .map(ParameterDefinition::lastChange)
                .max(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalStateException(
                        "No parameter file is marked 'indexed: true': the last known change is unknown"));
        this.changeDates = definitions.values().stream()
                .flatMap(d -> d.entries().stream())
                .map(ParameterEntry::from)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Reads and validates every {@code parameters/**.yaml} file of the source, then computes the indexed amounts. */
    public static ParameterCatalogue load(KbSource source) {
        List<KbFile> files = source.files(FOLDER, SUFFIX);
        if (files.isEmpty()) {
            throw new IllegalStateException("No parameter file (" + FOLDER + "**" + SUFFIX + ") in " + source.origin());
        }
        return build(files.stream().map(ParameterCatalogue::parse).toList(), List.of());
    }

    /**
     * The same files with the analyst's values in place of theirs ({@link ParameterOverride}); indexed amounts are
     * derived again from overridden bases or coefficients.
     *
     * @throws IllegalArgumentException naming an unknown parameter, a flag given neither 0 nor 1, or two values on one date
     */
    public ParameterCatalogue withOverrides(List<ParameterOverride> overrides) {
        Map<String, List<ParameterOverride>> byName = ParameterOverrides.byName(overrides, definitions);
        return build(files, List.copyOf(overrides), byName);
    }

    /** Every override of the list that cannot apply to this catalogue ({@link #withOverrides} refuses the first). */
    public List<ParameterOverride.Problem> overrideProblems(List<ParameterOverride> overrides) {
        return ParameterOverrides.problems(overrides, definitions);
    }

    /** The overrides this catalogue applies; empty for the knowledge base as written. */
    public List<ParameterOverride> overrides() {
        return overrides;
    }

    private static ParameterCatalogue build(List<Parsed> files, List<ParameterOverride> overrides) {
        return build(files, overrides, Map.of());
    }

    private static ParameterCatalogue build(List<Parsed> files, List<ParameterOverride> overrides,
            Map<String, List<ParameterOverride>> byName) {
        Map<String, ParameterDefinition> read = new LinkedHashMap<>();
        List<Parsed> derived = new ArrayList<>();
        for (Parsed parsed : files) {
            if (parsed.raw().derived() == null) {
                List<ParameterOverride> own = byName.getOrDefault(parsed.name(), List.of());
                read.put(parsed.name(), parsed.definition(ParameterOverrides.apply(entries(parsed), own)));
            } else {
                derived.add(parsed);
            }
        }
        for (Parsed parsed : derived) {
            LocalDate inputsOverriddenFrom = ParameterOverrides.firstDate(byName, parsed.raw().derived().base().strip(),
                    parsed.raw().derived().coefficient().strip());
            List<ParameterEntry> entries = IndexedAmounts.derive(parsed, read, inputsOverriddenFrom);
            read.put(parsed.name(), parsed.definition(ParameterOverrides.apply(entries, byName.getOrDefault(parsed.name(), List.of()))));
        }
        return new ParameterCatalogue(files, overrides, read);
    }

    /** {@code parameters/ris/amount/category_1.yaml} → {@code ris.amount.category_1}. */
    public static String nameOf(String path) {
        return path.substring(FOLDER.length(), path.length() - SUFFIX.length()).replace('/', '.');
    }

    // ---- the file as written ----

    record RawReference(String instrument, String article, String publication, String eli) {
    }

    record RawEntry(LocalDate from, Object value, BigDecimal monthly, String status, String source, String secondary,
                    String note) {
    }

    record RawDerivation(String base, String coefficient) {
    }

    record RawPublished(LocalDate from, BigDecimal value, BigDecimal monthly, String status, String source,
                        String secondary, String exception) {
    }

    record RawFile(String description, RawReference reference, String unit, Boolean indexed, Boolean required,
                   RawDerivation derived, List<RawEntry> values, List<RawPublished> published) {
    }

    /** A file read and checked on its own; an indexed amount still needs its inputs to get its values. */
    record Parsed(String path, String name, RawFile raw) {
        ParameterDefinition definition(List<ParameterEntry> entries) {
            RawReference reference = raw.reference();
            ParameterDefinition.Inputs inputs = raw.derived() == null ? null
                    : new ParameterDefinition.Inputs(raw.derived().base().strip(), raw.derived().coefficient().strip());
            return new ParameterDefinition(name, raw.description().strip(), raw.unit(),
                    new LegalReference(reference.instrument().strip(), reference.article().strip()),
                    reference.publication().strip(), blank(reference.eli()) ? null : reference.eli().strip(),
                    raw.indexed(), raw.required(), inputs, entries);
        }
    }

    static Parsed parse(KbFile file) {
        String path = file.path();
        String name = nameOf(path);
        if (!NAME.matcher(name).matches()) {
            throw malformed(path, "the path must give a name of lower-case letters, digits and '_' segments, got '" + name + "'");
        }
        RawFile raw;
        try {
            raw = YAML.readValue(file.content(), RawFile.class);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw malformed(path, "not a valid parameter file" + line + ": " + e.getOriginalMessage(), e);
        }
        if (raw == null) {
            throw malformed(path, "the file is empty");
        }
        if (blank(raw.description())) {
            throw malformed(path, "'description' is missing");
        }
        RawReference reference = raw.reference();
        if (reference == null || blank(reference.instrument()) || blank(reference.article())) {
            throw malformed(path, "'reference' with 'instrument' and 'article' is missing");
        }
        if (blank(reference.publication())) {
            throw malformed(path, "'reference' needs 'publication': where the instrument was published (Moniteur belge and date)");
        }
        if (!blank(reference.eli()) && !reference.eli().strip().startsWith("https://")) {
            throw malformed(path, "'reference.eli' must be an https:// address, got '" + reference.eli() + "'");
        }
        if (blank(raw.unit())) {
            throw malformed(path, "'unit' is missing");
        }
        if (!UNITS.contains(raw.unit())) {
            throw malformed(path, "unit '" + raw.unit() + "' is not one of " + new java.util.TreeSet<>(UNITS));
        }
        if (raw.indexed() == null) {
            throw malformed(path, "'indexed' (true or false) is missing");
        }
        if (raw.required() == null) {
            throw malformed(path, "'required' (true or false) is missing");
        }
        if (raw.derived() != null) {
            if (blank(raw.derived().base()) || blank(raw.derived().coefficient())) {
                throw malformed(path, "'derived' needs 'base' and 'coefficient' (parameter names)");
            }
            if (raw.values() != null) {
                throw malformed(path, "an indexed amount ('derived') has no 'values': they are base × coefficient");
            }
        } else {
            if (raw.values() == null || raw.values().isEmpty()) {
                throw malformed(path, "'values' must list at least one dated value");
            }
            if (raw.published() != null) {
                throw malformed(path, "'published' figures are only for an indexed amount ('derived')");
            }
        }
        checkNoPointerOutside(path, raw);
        return new Parsed(path, name, raw);
    }

    private static List<ParameterEntry> entries(Parsed parsed) {
        String path = parsed.path();
        RawFile raw = parsed.raw();
        List<ParameterEntry> entries = new ArrayList<>();
        for (int i = 0; i < raw.values().size(); i++) {
            ParameterEntry entry = entry(path, raw.unit(), i, raw.values().get(i));
            if (!entries.isEmpty()) {
                LocalDate previous = entries.get(entries.size() - 1).from();
                if (!entry.from().isAfter(previous)) {
                    throw malformed(path, "values must be in strictly increasing order of 'from': value " + (i + 1)
                            + " (from " + entry.from() + ") does not come after " + previous);
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    private static ParameterEntry entry(String path, String unit, int index, RawEntry raw) {
        if (raw == null) {
            throw malformed(path, "value " + (index + 1) + " is empty");
        }
        if (raw.from() == null) {
            throw malformed(path, "value " + (index + 1) + ": 'from' is missing");
        }
        String where = "value " + (index + 1) + " (from " + raw.from() + ")";
        ParameterStatus status = status(path, where, raw.status());
        if (blank(raw.source())) {
            throw malformed(path, where + ": 'source' is missing");
        }
        String note = blank(raw.note()) ? null : raw.note().strip();
        BigDecimal value;
        boolean derived = false;
        if (UNIT_FLAG.equals(unit)) {
            if (!(raw.value() instanceof Boolean flag)) {
                throw malformed(path, where + ": a flag's 'value' must be true or false, got " + describe(raw.value()));
            }
            if (raw.monthly() != null) {
                throw malformed(path, where + ": a flag has no 'monthly'");
            }
            value = flag ? BigDecimal.ONE : BigDecimal.ZERO;
        } else if (raw.value() != null) {
            value = number(raw.value()).orElseThrow(() -> malformed(path,
                    where + ": 'value' must be a number, got " + describe(raw.value())));
        } else if (raw.monthly() != null) {
            if (!UNIT_EUR_YEAR.equals(unit)) {
                throw malformed(path, where + ": only an " + UNIT_EUR_YEAR + " parameter may give 'monthly' without 'value'");
            }
            value = raw.monthly().multiply(TWELVE);
            derived = true;
            note = note == null ? ParameterEntry.DERIVED_YEARLY_NOTE : ParameterEntry.DERIVED_YEARLY_NOTE + "; " + note;
        } else {
            throw malformed(path, where + ": 'value' (or, for a yearly amount, 'monthly') is missing");
        }
        return new ParameterEntry(raw.from(), value, raw.monthly(), derived, status, raw.source().strip(), note,
                blank(raw.secondary()) ? null : raw.secondary().strip(), null);
    }

    static ParameterStatus status(String path, String where, String status) {
        if (blank(status)) {
            throw malformed(path, where + ": 'status' is missing");
        }
        try {
            return ParameterStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw malformed(path, where + ": status '" + status + "' is not one of " + Arrays.toString(ParameterStatus.values()));
        }
    }

    /** The knowledge base stands on its own: no text may send the reader to a document outside it. */
    private static void checkNoPointerOutside(String path, RawFile raw) {
        List<String> texts = new ArrayList<>(List.of(raw.description(), raw.reference().instrument(),
                raw.reference().article(), raw.reference().publication()));
        if (raw.values() != null) {
            raw.values().stream().filter(java.util.Objects::nonNull)
                    .forEach(v -> texts.addAll(Arrays.asList(v.source(), v.secondary(), v.note())));
        }
        if (raw.published() != null) {
            raw.published().stream().filter(java.util.Objects::nonNull)
                    .forEach(p -> texts.addAll(Arrays.asList(p.source(), p.secondary(), p.exception())));
        }
        for (String text : texts) {
            if (text != null && POINTER_OUTSIDE.matcher(text).find()) {
                throw malformed(path, "'" + text + "' points to a document outside the knowledge base: cite the official source instead");
            }
        }
    }

    static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger integer) {
            return Optional.of(new BigDecimal(integer));
        }
        return Optional.empty();
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : "'" + value + "' (" + value.getClass().getSimpleName() + ")";
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static IllegalStateException malformed(String path, String what) {
        return new IllegalStateException("Malformed parameter file " + path + ": " + what);
    }

    private static IllegalStateException malformed(String path, String what, Throwable cause) {
        return new IllegalStateException("Malformed parameter file " + path + ": " + what, cause);
    }

    // ---- queries ----

    public Collection<ParameterDefinition> definitions() {
        return definitions.values();
    }

    public Optional<ParameterDefinition> definition(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    public Set<String> names() {
        return definitions.keySet();
    }

    /** The first date the engine accepts: the latest first-effective date among required parameters. */
    public LocalDate firstDate() {
        return firstDate;
    }

    /** The latest effective date among indexed parameters: after it, amounts may have been indexed without us knowing. */
    public LocalDate lastKnownChange() {
        return lastKnownChange;
    }

    /**
     * Every parameter's value in force at the date (the last entry whose {@code from} is on or before it);
     * a parameter with no value yet at that date is absent.
     *
     * @throws DateOutOfRangeException when the date is before {@link #firstDate()}
     */
    public ResolvedParameters resolveAt(LocalDate date) {
        return new ResolvedParameters(date, inForceAt(date).values(), date.isAfter(lastKnownChange), lastKnownChange);
    }

    /**
     * The values in force at the date as the rules read them (the same values as {@link #resolveAt}).
     *
     * @throws DateOutOfRangeException when the date is before {@link #firstDate()}
     */
    public ParametersInForce inForceAt(LocalDate date) {
        if (date.isBefore(firstDate)) {
            throw new DateOutOfRangeException(date, firstDate);
        }
        return valuesFromChange.computeIfAbsent(changeDates.floor(date), this::valuesAt);
    }

    private ParametersInForce valuesAt(LocalDate date) {
        return new ParametersInForce(ResolvedParameters.byName(definitions.values().stream()
                .flatMap(d -> d.valueAt(date).stream())
                .collect(Collectors.toMap(ParameterValue::name, v -> v))));
    }
}
