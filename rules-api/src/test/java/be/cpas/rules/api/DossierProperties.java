package be.cpas.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import be.cpas.rules.model.Applicant;
import be.cpas.rules.model.Capital;
import be.cpas.rules.model.CohabitantCounting;
import be.cpas.rules.model.CpasChoices;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.HouseholdMember;
import be.cpas.rules.model.LegalAssumptions;
import be.cpas.rules.model.MaritalStatus;
import be.cpas.rules.model.OtherRights;
import be.cpas.rules.model.Periodicity;
import be.cpas.rules.model.Property;
import be.cpas.rules.model.PropertyKind;
import be.cpas.rules.model.Relation;
import be.cpas.rules.model.Residence;
import be.cpas.rules.model.Resource;
import be.cpas.rules.model.ResourceType;
import be.cpas.rules.model.StayStatus;
import be.cpas.rules.model.Studies;
import be.cpas.rules.model.UnavailabilityReason;
import be.cpas.rules.model.WorkAvailability;

/**
 * Generators of valid dossiers: every stay status, ages from newborn to 95 around the majority, every
 * flag true, false or unknown, households and resources of every kind. Dates are drawn relative to the
 * request date so that nobody is born after it.
 */
final class DossierProperties {

    static final LocalDate FIRST_DATE = LocalDate.of(2005, 8, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2026, 12, 31);

    private DossierProperties() {
    }

    /** Any valid dossier, three in ten of them close to a grant so that every verdict is drawn. */
    static Arbitrary<Dossier> dossiers() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(7, anyDossiers()), net.jqwik.api.Tuple.of(3, favourableDossiers()));
    }

    /** An adult of a RIS or ERIS category, living in Belgium, available for work, other rights claimed. */
    private static Arbitrary<Dossier> favourableDossiers() {
        return Combinators.combine(anyDossiers(), Arbitraries.integers().between(18, 95),
                        Arbitraries.of(StayStatus.BELGIAN, StayStatus.POPULATION_REGISTER, StayStatus.RECOGNISED_REFUGEE,
                                StayStatus.STATELESS, StayStatus.FOREIGNERS_REGISTER, StayStatus.TEMPORARY_PROTECTION),
                        Arbitraries.of(true, false))
                .as((d, age, stay, withResources) -> new Dossier(d.requestDate(),
                        new Applicant(d.requestDate().minusYears(age), stay, null, null, MaritalStatus.SINGLE, false, false, 0, false, 0, null),
                        new Residence(true, 0, false, null, null), new WorkAvailability(true, null, null), new OtherRights(true, false, null),
                        d.household() == null ? List.of() : d.household(),
                        withResources && d.resources() != null ? d.resources() : List.of(),
                        new Capital(BigDecimal.ZERO), List.of(), d.cpasChoices(), d.legalAssumptions(), null, null, null));
    }

    private static Arbitrary<Dossier> anyDossiers() {
        Arbitrary<LocalDate> requestDates = Arbitraries.integers()
                .between(0, (int) (LAST_DATE.toEpochDay() - FIRST_DATE.toEpochDay()))
                .map(FIRST_DATE::plusDays);
        return Combinators.combine(requestDates, applicants(), residences(), work(), otherRights(),
                        lists(householdMembers(), 4), lists(resources(), 3), extras())
                .as((date, applicant, residence, work, rights, household, resources, extras) -> new Dossier(
                        date, applicant.apply(date), residence, work, rights,
                        household == null ? null : household.stream().map(m -> m.apply(date)).toList(),
                        resources == null ? null : resources.stream().map(r -> r.apply(date)).toList(),
                        extras.capital(), extras.properties(), extras.cpasChoices(), extras.legalAssumptions(),
                        null, null, null));
    }

    /** A resource the law counts (art 16 L), to add to a dossier. */
    static Arbitrary<Resource> countedResources() {
        return Combinators.combine(
                        Arbitraries.of(ResourceType.WAGES, ResourceType.UNEMPLOYMENT_BENEFIT, ResourceType.PENSION, ResourceType.OTHER_INCOME),
                        amounts(1, 3000), Arbitraries.of(Periodicity.class))
                .as((type, amount, periodicity) -> new Resource(type, amount, periodicity, null, false, 0));
    }

    private static Arbitrary<Function<LocalDate, Applicant>> applicants() {
        Arbitrary<Integer> ages = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(16, 19)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(20, 95)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 15)));
        Arbitrary<Integer> extraDays = Arbitraries.integers().between(0, 364);
        return Combinators.combine(
                        ages.injectNull(0.1), extraDays, Arbitraries.of(StayStatus.class).injectNull(0.1),
                        Arbitraries.integers().between(0, 2000).injectNull(0.3), booleans(),
                        Arbitraries.of(MaritalStatus.class).injectNull(0.2),
                        Combinators.combine(booleans(), booleans(), counts(), booleans(), counts()).as(ApplicantFlags::new),
                        studies())
                .as((age, days, stay, staySinceDays, rightOfStay, marital, flags, studies) -> date -> new Applicant(
                        age == null ? null : date.minusYears(age).minusDays(days),
                        stay,
                        staySinceDays == null ? null : date.minusDays(staySinceDays),
                        rightOfStay, marital,
                        flags.emancipatedByMarriage(), flags.pregnant(), flags.childrenInCharge(), flags.extendedMinority(),
                        flags.childrenWithFamilyAllowances(),
                        studies));
    }

    private record ApplicantFlags(Boolean emancipatedByMarriage, Boolean pregnant, Integer childrenInCharge,
            Boolean extendedMinority, Integer childrenWithFamilyAllowances) {
    }

    private static Arbitrary<Studies> studies() {
        return Combinators.combine(booleans(), booleans(), booleans())
                .as((fullTime, piis, grant) -> new Studies(fullTime, piis, null, null, grant))
                .injectNull(0.7);
    }

    private static Arbitrary<Residence> residences() {
        return Combinators.combine(booleans(), Arbitraries.integers().between(0, 366).injectNull(0.2), booleans(), booleans(), booleans())
                .as(Residence::new).injectNull(0.1);
    }

    private static Arbitrary<WorkAvailability> work() {
        return Combinators.combine(booleans(), Arbitraries.of(UnavailabilityReason.class).injectNull(0.5), booleans())
                .as(WorkAvailability::new).injectNull(0.1);
    }

    private static Arbitrary<OtherRights> otherRights() {
        return Combinators.combine(booleans(), booleans(), booleans()).as(OtherRights::new).injectNull(0.1);
    }

    private static Arbitrary<Function<LocalDate, HouseholdMember>> householdMembers() {
        return Combinators.combine(Arbitraries.of(Relation.class), Arbitraries.integers().between(0, 90).injectNull(0.2),
                        booleans(), booleans(), booleans(), lists(resources(), 2))
                .as((relation, age, married, inCharge, shared, resources) -> date -> new HouseholdMember(
                        relation, age == null ? null : date.minusYears(age), married, inCharge, shared,
                        resources == null ? null : resources.stream().map(r -> r.apply(date)).toList()));
    }

    private static Arbitrary<Function<LocalDate, Resource>> resources() {
        return Combinators.combine(Arbitraries.of(ResourceType.class), amounts(0, 4000), Arbitraries.of(Periodicity.class),
                        Arbitraries.integers().between(0, 3000).injectNull(0.5), booleans(),
                        Arbitraries.integers().between(0, 72).injectNull(0.5))
                .as((type, amount, periodicity, startedDaysAgo, whileOnRis, months) -> date -> new Resource(
                        type, amount, periodicity, startedDaysAgo == null ? null : date.minusDays(startedDaysAgo), whileOnRis, months));
    }

    private record Extras(Capital capital, List<Property> properties, CpasChoices cpasChoices, LegalAssumptions legalAssumptions) {
    }

    private static Arbitrary<Extras> extras() {
        Arbitrary<Capital> capital = amounts(0, 60000).map(Capital::new).injectNull(0.5);
        Arbitrary<Property> property = Combinators.combine(Arbitraries.of(PropertyKind.class), amounts(0, 3000)).as(Property::new);
        Arbitrary<CpasChoices> choices = Combinators.combine(Arbitraries.of(CohabitantCounting.class).injectNull(0.3),
                        Arbitraries.integers().between(0, 100).map(p -> BigDecimal.valueOf(p, 2)).injectNull(0.3))
                .as(CpasChoices::new).injectNull(0.5);
        Arbitrary<LegalAssumptions> assumptions = booleans().map(LegalAssumptions::new).injectNull(0.7);
        return Combinators.combine(capital, lists(property, 2), choices, assumptions).as(Extras::new);
    }

    /** Euro amounts with cents. */
    static Arbitrary<BigDecimal> amounts(int minEuro, int maxEuro) {
        return Arbitraries.longs().between(minEuro * 100L, maxEuro * 100L).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    private static Arbitrary<Boolean> booleans() {
        return Arbitraries.of(true, false).injectNull(0.2);
    }

    private static Arbitrary<Integer> counts() {
        return Arbitraries.integers().between(0, 3).injectNull(0.2);
    }

    /** A list of up to max elements, sometimes empty, sometimes unknown (null). */
    private static <T> Arbitrary<List<T>> lists(Arbitrary<T> elements, int max) {
        return elements.list().ofMaxSize(max).injectNull(0.15);
    }
}
