package be.cpas.rules.api;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.HouseholdMember;
import be.cpas.rules.model.Procedure;
import be.cpas.rules.model.StayAbroad;

/**
 * The checks a dossier must pass before the rules see it: the bounds declared on the model
 * (jakarta.validation) and facts that cannot be true together (born after the request).
 */
@ApplicationScoped
public class DossierValidation {

    @Inject
    Validator validator;

    /** Every violation, sorted by field. */
    public List<Violation> validate(Dossier dossier) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Dossier> violation : validator.validate(dossier)) {
            violations.add(toViolation(violation));
        }
        LocalDate requestDate = dossier.requestDate();
        if (requestDate != null) {
            if (dossier.applicant() != null && isAfter(dossier.applicant().birthDate(), requestDate)) {
                violations.add(Violation.of("applicant.birthDate", "field.bornAfterRequest"));
            }
            List<HouseholdMember> household = dossier.household() == null ? List.of() : dossier.household();
            for (int i = 0; i < household.size(); i++) {
                if (household.get(i) != null && isAfter(household.get(i).birthDate(), requestDate)) {
                    violations.add(Violation.of("household[" + i + "].birthDate", "field.bornAfterRequest"));
                }
            }
        }
        violations.addAll(rightOpeningContradiction(dossier));
        violations.addAll(childrenInChargeContradiction(dossier));
        violations.addAll(staysEndingBeforeTheyStart(dossier));
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::key));
        return violations;
    }

    /** A what-if's checks: its own fields, then the dossier's, named under "dossier"; sorted by field. */
    public List<Violation> validate(SimulationRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<SimulationRequest> violation : validator.validate(request)) {
            violations.add(toViolation(violation));
        }
        if (request.dossier() != null) {
            for (Violation violation : validate(request.dossier())) {
                String field = Violation.BODY.equals(violation.field()) ? "dossier" : "dossier." + violation.field();
                violations.add(new Violation(field, violation.key(), violation.args()));
            }
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::key));
        return violations;
    }

    /** A stay abroad whose last day comes before its first day (the days abroad could not be counted). */
    private static List<Violation> staysEndingBeforeTheyStart(Dossier dossier) {
        List<Violation> violations = new ArrayList<>();
        List<StayAbroad> stays = dossier.residence() == null || dossier.residence().staysAbroad() == null
                ? List.of() : dossier.residence().staysAbroad();
        for (int i = 0; i < stays.size(); i++) {
            StayAbroad stay = stays.get(i);
            if (stay != null && stay.lastDay() != null && isAfter(stay.firstDay(), stay.lastDay())) {
                violations.add(Violation.of("residence.staysAbroad[" + i + "].lastDay", "field.lastDayBeforeFirstDay"));
            }
        }
        return violations;
    }

    /**
     * One source of truth for the children in charge: the applicant cannot declare fewer children in charge than the
     * household members marked as in his charge (a minor would otherwise be refused on age and placed in category 3
     * in one decision). Both fields are named.
     */
    private static List<Violation> childrenInChargeContradiction(Dossier dossier) {
        if (dossier.applicant() == null || dossier.applicant().childrenInCharge() == null || dossier.household() == null) {
            return List.of();
        }
        List<Integer> inCharge = new ArrayList<>();
        for (int i = 0; i < dossier.household().size(); i++) {
            HouseholdMember member = dossier.household().get(i);
            if (member != null && Boolean.TRUE.equals(member.inApplicantCharge())) {
                inCharge.add(i);
            }
        }
        int declared = dossier.applicant().childrenInCharge();
        if (declared < 0 || declared >= inCharge.size()) { // a negative count is already refused by its bound
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        violations.add(Violation.of("applicant.childrenInCharge", "field.fewerChildrenInChargeThanHousehold", declared, inCharge.size()));
        for (int i : inCharge) {
            violations.add(Violation.of("household[" + i + "].inApplicantCharge", "field.inChargeNotCountedByApplicant", declared));
        }
        return violations;
    }

    /**
     * The right opens on the request date of a first request, and before the request of a revision: an opening date after
     * the request, or a first request that opened on another day, cannot be true.
     */
    private static List<Violation> rightOpeningContradiction(Dossier dossier) {
        Procedure procedure = dossier.procedure();
        if (procedure == null || procedure.rightOpenedOn() == null || dossier.requestDate() == null) {
            return List.of();
        }
        if (procedure.rightOpenedOn().isAfter(dossier.requestDate())) {
            return List.of(Violation.of("procedure.rightOpenedOn", "field.rightOpenedAfterRequest"));
        }
        if (Boolean.TRUE.equals(procedure.firstRequest()) && !procedure.rightOpenedOn().equals(dossier.requestDate())) {
            return List.of(Violation.of("procedure.firstRequest", "field.firstRequestOpenedOnAnotherDay"),
                    Violation.of("procedure.rightOpenedOn", "field.firstRequestOpenedOnAnotherDay"));
        }
        return List.of();
    }

    private static boolean isAfter(LocalDate date, LocalDate requestDate) {
        return date != null && date.isAfter(requestDate);
    }

    static Violation toViolation(ConstraintViolation<?> violation) {
        String field = path(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (constraint instanceof NotNull) {
            return Violation.of(field, "field.required");
        }
        if (constraint instanceof Size size) {
            return Violation.of(field, "field.size", size.max());
        }
        if (constraint instanceof Min || constraint instanceof DecimalMin) {
            return Violation.of(field, "field.min", String.valueOf(attributes.get("value")));
        }
        if (constraint instanceof Max || constraint instanceof DecimalMax) {
            return Violation.of(field, "field.max", String.valueOf(attributes.get("value")));
        }
        if (constraint instanceof Digits digits) {
            return Violation.of(field, "field.digits", digits.integer(), digits.fraction());
        }
        return Violation.of(field, "field.invalid");
    }

    /** "household[0].resources[1].netAmount" from a bean validation path. */
    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.isEmpty() ? Violation.BODY : path.toString();
    }
}
