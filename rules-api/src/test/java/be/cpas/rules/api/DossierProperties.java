package be.cpas.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
 * Seeded generators of valid dossiers: every stay status, ages from newborn to 95 around the majority, every
 * flag true, false or unknown, households and resources of every kind. Dates are drawn relative to the
 * request date so that nobody is born after it. The same seed gives the same dossiers, so a failure replays.
 */
final class DossierProperties {

    static final LocalDate FIRST_DATE = LocalDate.of(2005, 8, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2026, 12, 31);

    private final Random random;

    DossierProperties(long seed) {
        this.random = new Random(seed);
    }

    /** count dossiers drawn from the seed. */
    static Stream<Dossier> dossiers(long seed, int count) {
        DossierProperties draw = new DossierProperties(seed);
        return Stream.generate(draw::dossier).limit(count);
    }

    /** Any valid dossier, three in ten of them close to a grant so that every verdict is drawn. */
    Dossier dossier() {
        return random.nextInt(10) < 7 ? anyDossier() : favourableDossier();
    }

    /** An adult of a RIS or ERIS category, living in Belgium, available for work, other rights claimed. */
    private Dossier favourableDossier() {
        Dossier d = anyDossier();
        int age = between(18, 95);
        StayStatus stay = oneOf(StayStatus.BELGIAN, StayStatus.POPULATION_REGISTER, StayStatus.RECOGNISED_REFUGEE,
                StayStatus.STATELESS, StayStatus.FOREIGNERS_REGISTER, StayStatus.TEMPORARY_PROTECTION);
        boolean withResources = random.nextBoolean();
        return new Dossier(d.requestDate(),
                new Applicant(d.requestDate().minusYears(age), stay, null, null, null, MaritalStatus.SINGLE, false, false, 0, false, 0, null),
                new Residence(true, 0, false, null, null, null), new WorkAvailability(true, null, null), new OtherRights(true, false, null),
                d.household() == null ? List.of() : d.household(),
                withResources && d.resources() != null ? d.resources() : List.of(),
                new Capital(BigDecimal.ZERO), List.of(), d.cpasChoices(), d.legalAssumptions(), null, null, null, null, null);
    }

    private Dossier anyDossier() {
        LocalDate date = FIRST_DATE.plusDays(between(0, (int) (LAST_DATE.toEpochDay() - FIRST_DATE.toEpochDay())));
        return new Dossier(date, applicant(date), residence(), work(), otherRights(),
                list(4, () -> householdMember(date)), list(3, () -> resource(date)),
                orNull(0.5, () -> new Capital(amount(0, 60000))),
                list(2, () -> new Property(anyOf(PropertyKind.class), amount(0, 3000))),
                cpasChoices(), orNull(0.7, () -> new LegalAssumptions(bool(), bool())),
                null, null, null, null, null);
    }

    /** A resource the law counts (art 16 L), to add to a dossier. */
    Resource countedResource() {
        return new Resource(oneOf(ResourceType.WAGES, ResourceType.UNEMPLOYMENT_BENEFIT, ResourceType.PENSION, ResourceType.OTHER_INCOME),
                amount(1, 3000), anyOf(Periodicity.class), null, false, 0, null, null);
    }

    private Applicant applicant(LocalDate date) {
        Integer age = orNull(0.1, () -> {
            int band = random.nextInt(10);
            return band < 3 ? between(16, 19) : band < 9 ? between(20, 95) : between(0, 15);
        });
        int extraDays = between(0, 364);
        StayStatus stay = orNull(0.1, () -> anyOf(StayStatus.class));
        Integer staySinceDays = orNull(0.3, () -> between(0, 2000));
        Boolean rightOfStay = bool();
        MaritalStatus marital = orNull(0.2, () -> anyOf(MaritalStatus.class));
        Boolean emancipatedByMarriage = bool();
        Boolean pregnant = bool();
        Integer childrenInCharge = count();
        Boolean extendedMinority = bool();
        Integer childrenWithFamilyAllowances = count();
        Studies studies = orNull(0.7, () -> new Studies(bool(), bool(), null, null, bool()));
        return new Applicant(age == null ? null : date.minusYears(age).minusDays(extraDays), stay,
                staySinceDays == null ? null : date.minusDays(staySinceDays), rightOfStay, null, marital,
                emancipatedByMarriage, pregnant, childrenInCharge, extendedMinority, childrenWithFamilyAllowances, studies);
    }

    private Residence residence() {
        return orNull(0.1, () -> new Residence(bool(), orNull(0.2, () -> between(0, 366)), bool(), bool(), bool(), null));
    }

    private WorkAvailability work() {
        return orNull(0.1, () -> new WorkAvailability(bool(), orNull(0.5, () -> anyOf(UnavailabilityReason.class)), bool()));
    }

    private OtherRights otherRights() {
        return orNull(0.1, () -> new OtherRights(bool(), bool(), bool()));
    }

    private HouseholdMember householdMember(LocalDate date) {
        Relation relation = anyOf(Relation.class);
        Integer age = orNull(0.2, () -> between(0, 90));
        return new HouseholdMember(relation, age == null ? null : date.minusYears(age), bool(), bool(), bool(),
                list(2, () -> resource(date)), bool());
    }

    private Resource resource(LocalDate date) {
        ResourceType type = anyOf(ResourceType.class);
        BigDecimal amount = amount(0, 4000);
        Periodicity periodicity = anyOf(Periodicity.class);
        Integer startedDaysAgo = orNull(0.5, () -> between(0, 3000));
        Boolean whileOnRis = bool();
        Integer months = orNull(0.5, () -> between(0, 72));
        return new Resource(type, amount, periodicity, startedDaysAgo == null ? null : date.minusDays(startedDaysAgo), whileOnRis, months,
                Boolean.TRUE.equals(whileOnRis) ? Boolean.FALSE : null, null);
    }

    private CpasChoices cpasChoices() {
        return orNull(0.5, () -> new CpasChoices(orNull(0.3, () -> anyOf(CohabitantCounting.class)),
                orNull(0.3, () -> BigDecimal.valueOf(between(0, 100), 2))));
    }

    /** Euro amounts with cents. */
    private BigDecimal amount(int minEuro, int maxEuro) {
        long cents = minEuro * 100L + (long) (random.nextDouble() * ((maxEuro - minEuro) * 100L + 1));
        return BigDecimal.valueOf(cents, 2);
    }

    private Boolean bool() {
        return orNull(0.2, random::nextBoolean);
    }

    private Integer count() {
        return orNull(0.2, () -> between(0, 3));
    }

    /** A list of up to max elements, sometimes empty, sometimes unknown (null). */
    private <T> List<T> list(int max, Supplier<T> element) {
        return orNull(0.15, () -> {
            int size = between(0, max);
            List<T> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                elements.add(element.get());
            }
            return List.copyOf(elements);
        });
    }

    private <T> T orNull(double nullProbability, Supplier<T> value) {
        return random.nextDouble() < nullProbability ? null : value.get();
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    @SafeVarargs
    private <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> E anyOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }
}
