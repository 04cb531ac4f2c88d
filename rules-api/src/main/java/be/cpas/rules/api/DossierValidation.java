package be.cpas.rules.api;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
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

    /** Checks a record's own bounds, not those of the records it cascades to: {@link #validateRecord} walks those one at a time. */
    private Validator ownBounds;

    @Inject
    void validateWith(ValidatorFactory factory) {
        ownBounds = factory.usingContext().traversableResolver(OWN_BOUNDS_ONLY).getValidator();
    }

    /**
     * Every property is reachable, none cascades. One {@code validate(record)} per record builds one validation context,
     * where {@code validateProperty} per property built one per property (parsing its path) and still cascaded into the
     * records below, which the walk then validated again.
     */
    private static final TraversableResolver OWN_BOUNDS_ONLY = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean, ElementType type) {
            return false;
        }
    };

    /**
     * Hands each violation to {@code violations}, walking the dossier one record at a time (each record's own
     * bounds, then the records it cascades to), and stops as soon as the answer can show no more
     * ({@link Violations#isFull()}): a body with thousands of empty list items costs the first hundred
     * violations, not thousands. Returns whether every check ran (otherwise the count is a lower bound).
     */
    boolean validate(Dossier dossier, Violations violations) {
        return validate(dossier, "", violations);
    }

    /** A what-if's own fields (the overrides), then its dossier's, named under "dossier"; stops as above. */
    boolean validate(SimulationRequest request, Violations violations) {
        if (violations.isFull() || !validateRecord(request, "", violations)) {
            return false;
        }
        return request.dossier() == null || validate(request.dossier(), "dossier", violations);
    }

    private boolean validate(Dossier dossier, String path, Violations violations) {
        if (violations.isFull() || !validateRecord(dossier, path, violations)) {
            return false;
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        for (Violation violation : contradictions(dossier)) {
            if (!violations.offer(new Violation(prefix + violation.field(), violation.key(), violation.args()))) {
                return false;
            }
        }
        return true;
    }

    /** Facts that cannot be true together, each bad field named. */
    private static List<Violation> contradictions(Dossier dossier) {
        List<Violation> violations = new ArrayList<>();
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
        return violations;
    }

    /** The record's own bounds (no cascade), then each record it cascades to; false once the answer is full. */
    private boolean validateRecord(Object record, String path, Violations violations) {
        Checks checks = checksOf.get(record.getClass());
        Set<ConstraintViolation<Object>> found = checks.constrained().isEmpty() ? Set.of() : ownBounds.validate(record);
        if (!found.isEmpty()) {
            // In the record's component order, as the answer lists them (a Set has no order).
            List<ConstraintViolation<Object>> own = new ArrayList<>(found);
            own.sort(Comparator.comparingInt(violation -> checks.constrained().indexOf(firstName(violation.getPropertyPath()))));
            for (ConstraintViolation<Object> violation : own) {
                if (!violations.offer(toViolation(violation, path))) {
                    return false;
                }
            }
        }
        for (Map.Entry<String, RecordComponent> cascade : checks.cascaded().entrySet()) {
            Object value = read(cascade.getValue(), record);
            String valuePath = path.isEmpty() ? cascade.getKey() : path + "." + cascade.getKey();
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) != null && !validateRecord(list.get(i), valuePath + "[" + i + "]", violations)) {
                        return false;
                    }
                }
            } else if (value != null && !validateRecord(value, valuePath, violations)) {
                return false;
            }
        }
        return true;
    }

    private static String firstName(Path path) {
        return path.iterator().next().getName();
    }

    /** What to check on a model record: its constrained properties, and the components it cascades to (@Valid). */
    private record Checks(List<String> constrained, Map<String, RecordComponent> cascaded) {
    }

    private final ClassValue<Checks> checksOf = new ClassValue<>() {
        @Override
        protected Checks computeValue(Class<?> type) {
            BeanDescriptor bean = ownBounds.getConstraintsForClass(type);
            List<String> constrained = new ArrayList<>();
            Map<String, RecordComponent> cascaded = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                PropertyDescriptor property = bean.getConstraintsForProperty(component.getName());
                if (property == null) {
                    continue;
                }
                if (property.hasConstraints() || !property.getConstrainedContainerElementTypes().isEmpty()) {
                    constrained.add(component.getName());
                }
                if (property.isCascaded() || property.getConstrainedContainerElementTypes().stream()
                        .anyMatch(ContainerElementTypeDescriptor::isCascaded)) {
                    cascaded.put(component.getName(), component);
                }
            }
            return new Checks(List.copyOf(constrained), cascaded);
        }
    };

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
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

    private static boolean isAfter(LocalDate date, LocalDate requestDate) {
        return date != null && date.isAfter(requestDate);
    }

    /** The violation, its field named from the body's root ({@code path} is where the validated record is). */
    static Violation toViolation(ConstraintViolation<?> violation, String path) {
        String inRecord = path(violation.getPropertyPath());
        String field = path.isEmpty() ? inRecord : Violation.BODY.equals(inRecord) ? path
                : inRecord.startsWith("[") ? path + inRecord : path + "." + inRecord;
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
