package be.cpas.rules.kb.parameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values of an indexed amount, as the law makes them: its base × the social-benefit coefficient, rounded
 * half-up to the cent, at every date where either changes. Each value is in force from the later of the two
 * dates; its status is that of the figure as published on that date when the file records one, else the weaker
 * of the two inputs'. A published figure must equal the computed one, or say why not in {@code exception}.
 */
final class IndexedAmounts {

    private IndexedAmounts() {
    }

    /**
     * @param inputsOverriddenFrom the first date an analyst's override changes the base or the coefficient (null when
     *                             none): published figures from that date on no longer apply and are left out
     */
    static List<ParameterEntry> derive(ParameterCatalogue.Parsed parsed, Map<String, ParameterDefinition> read,
            LocalDate inputsOverriddenFrom) {
        String path = parsed.path();
        ParameterCatalogue.RawFile raw = parsed.raw();
        ParameterDefinition base = input(path, read, raw.derived().base(), "base");
        ParameterDefinition coefficient = input(path, read, raw.derived().coefficient(), "coefficient");
        if (!base.unit().equals(raw.unit())) {
            throw ParameterCatalogue.malformed(path, "the base " + base.name() + " is in " + base.unit() + ", this amount in " + raw.unit());
        }
        if (!ParameterCatalogue.UNIT_COEFFICIENT.equals(coefficient.unit())) {
            throw ParameterCatalogue.malformed(path, coefficient.name() + " is not a coefficient (unit " + coefficient.unit() + ")");
        }
        Map<LocalDate, ParameterCatalogue.RawPublished> published = published(path, raw);
        if (inputsOverriddenFrom != null) {
            published.keySet().removeIf(date -> !date.isBefore(inputsOverriddenFrom));
        }

        LocalDate start = Stream.of(base.firstDate(), coefficient.firstDate()).max(LocalDate::compareTo).orElseThrow();
        TreeSet<LocalDate> steps = Stream.concat(base.entries().stream(), coefficient.entries().stream())
                .map(ParameterEntry::from).filter(d -> !d.isBefore(start)).collect(Collectors.toCollection(TreeSet::new));
        steps.add(start);

        List<ParameterEntry> entries = new ArrayList<>();
        for (LocalDate step : steps) {
            ParameterEntry b = base.entryAt(step).orElseThrow();
            ParameterEntry k = coefficient.entryAt(step).orElseThrow();
            BigDecimal amount = b.value().multiply(k.value()).setScale(2, RoundingMode.HALF_UP);
            ParameterDerivation derivation = new ParameterDerivation(base.name(), b.value(), b.from(),
                    coefficient.name(), k.value(), k.from(), amount);
            ParameterCatalogue.RawPublished figure = published.remove(step);
            ParameterStatus status = figure == null ? ParameterStatus.weaker(b.status(), k.status())
                    : ParameterCatalogue.status(path, "published figure from " + step, figure.status());
            ParameterEntry previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (figure == null && previous != null && previous.value().compareTo(amount) == 0 && previous.status() == status) {
                continue; // neither the amount nor how sure it is changes: not a new value
            }
            if (figure != null) {
                checkFigure(path, raw.unit(), step, figure, amount);
            }
            String source = figure != null ? figure.source().strip()
                    : "base × coefficient. Base: " + b.source() + ". Coefficient: " + k.source();
            String secondary = figure == null || ParameterCatalogue.blank(figure.secondary()) ? null : figure.secondary().strip();
            String note = join(figure == null ? null : figure.exception(), b.from().equals(step) ? b.note() : null,
                    k.from().equals(step) ? k.note() : null);
            entries.add(new ParameterEntry(step, amount, figure == null ? null : figure.monthly(), false, status, source,
                    note, secondary, derivation));
        }
        if (!published.isEmpty()) {
            throw ParameterCatalogue.malformed(path, "published figures on " + published.keySet()
                    + ", where neither the base nor the coefficient changes (or before both are in force)");
        }
        return entries;
    }

    private static ParameterDefinition input(String path, Map<String, ParameterDefinition> read, String name, String role) {
        ParameterDefinition input = read.get(name.strip());
        if (input == null) {
            throw ParameterCatalogue.malformed(path, "its " + role + " '" + name + "' is not a parameter written as such (no such file, or itself derived)");
        }
        return input;
    }

    private static Map<LocalDate, ParameterCatalogue.RawPublished> published(String path, ParameterCatalogue.RawFile raw) {
        Map<LocalDate, ParameterCatalogue.RawPublished> byDate = new HashMap<>();
        if (raw.published() == null) {
            return byDate;
        }
        for (ParameterCatalogue.RawPublished figure : raw.published()) {
            if (figure == null || figure.from() == null) {
                throw ParameterCatalogue.malformed(path, "a published figure needs 'from'");
            }
            String where = "published figure from " + figure.from();
            ParameterCatalogue.status(path, where, figure.status());
            if (ParameterCatalogue.blank(figure.source())) {
                throw ParameterCatalogue.malformed(path, where + ": 'source' is missing");
            }
            if (figure.value() == null && figure.monthly() == null) {
                throw ParameterCatalogue.malformed(path, where + ": 'value' or 'monthly' is missing");
            }
            if (figure.monthly() != null && !ParameterCatalogue.UNIT_EUR_YEAR.equals(raw.unit())) {
                throw ParameterCatalogue.malformed(path, where + ": 'monthly' is only for a yearly amount");
            }
            if (byDate.put(figure.from(), figure) != null) {
                throw ParameterCatalogue.malformed(path, where + " is given twice");
            }
        }
        return byDate;
    }

    /** The published figure equals base × coefficient (and, for a yearly amount, its twelfth), or says why not. */
    private static void checkFigure(String path, String unit, LocalDate step, ParameterCatalogue.RawPublished figure,
                                    BigDecimal amount) {
        List<String> differences = new ArrayList<>();
        if (figure.value() != null && figure.value().compareTo(amount) != 0) {
            differences.add("published " + figure.value().toPlainString() + ", base × coefficient gives " + amount.toPlainString());
        }
        if (figure.monthly() != null) {
            BigDecimal monthly = amount.divide(ParameterCatalogue.TWELVE, 2, RoundingMode.HALF_UP);
            if (figure.monthly().compareTo(monthly) != 0) {
                differences.add("published " + figure.monthly().toPlainString() + " a month, base × coefficient / 12 gives "
                        + monthly.toPlainString());
            }
        }
        boolean explained = !ParameterCatalogue.blank(figure.exception());
        if (!differences.isEmpty() && !explained) {
            throw ParameterCatalogue.malformed(path, "published figure from " + step + ": " + String.join("; ", differences)
                    + ". Correct the base or the coefficient, or document the difference in 'exception'");
        }
        if (differences.isEmpty() && explained) {
            throw ParameterCatalogue.malformed(path, "published figure from " + step
                    + " has an 'exception' but equals base × coefficient (" + amount.toPlainString() + " " + unit + ")");
        }
    }

    private static String join(String... notes) {
        String joined = Stream.of(notes).filter(Objects::nonNull).map(String::strip).filter(n -> !n.isEmpty())
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }
}
