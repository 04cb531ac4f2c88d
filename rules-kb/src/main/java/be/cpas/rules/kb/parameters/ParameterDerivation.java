package be.cpas.rules.kb.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How an indexed amount was made: a base amount times the social-benefit coefficient, rounded half-up to the
 * cent. Names both inputs with their values and effective dates, so that the figure can be redone by hand.
 *
 * @param baseName        the base parameter, e.g. {@code ris.base.category_1}
 * @param base            the base in force, e.g. 6038.83
 * @param baseFrom        the date that base is in force from
 * @param coefficientName the coefficient parameter, e.g. {@code index.social_benefit_coefficient}
 * @param coefficient     the coefficient in force, e.g. 1.7410
 * @param coefficientFrom the date that coefficient is in force from
 * @param result          base × coefficient rounded half-up to the cent
 */
public record ParameterDerivation(
        String baseName,
        BigDecimal base,
        LocalDate baseFrom,
        String coefficientName,
        BigDecimal coefficient,
        LocalDate coefficientFrom,
        BigDecimal result) {

    public ParameterDerivation {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(coefficientName, "coefficientName");
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(result, "result");
    }

    /** e.g. {@code 6038.83 × 1.7410 = 10513.60 (ris.base.category_1 from 2023-07-01 × index.social_benefit_coefficient from 2025-02-01, rounded to the cent)} */
    public String text() {
        return base.toPlainString() + " × " + coefficient.toPlainString() + " = " + result.toPlainString()
                + " (" + baseName + " from " + baseFrom + " × " + coefficientName + " from " + coefficientFrom
                + ", rounded to the cent)";
    }
}
