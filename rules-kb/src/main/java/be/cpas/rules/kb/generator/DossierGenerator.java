package be.cpas.rules.kb.generator;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.model.Applicant;
import be.cpas.rules.model.Capital;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.CohabitantCounting;
import be.cpas.rules.model.CompetenceFacts;
import be.cpas.rules.model.CpasChoices;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.HouseholdMember;
import be.cpas.rules.model.InstallationPremiumRequest;
import be.cpas.rules.model.LegalAssumptions;
import be.cpas.rules.model.MaritalStatus;
import be.cpas.rules.model.OtherRights;
import be.cpas.rules.model.Periodicity;
import be.cpas.rules.model.PreviousSituation;
import be.cpas.rules.model.Procedure;
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
 * Seeded dossiers mixing every situation the rules cover, for benchmarks, the batch and impact tests. The same
 * seed gives the same dossiers, in the same order, on every machine.
 *
 * <p>The shares are a caseload as a CPAS meets it, rounded, with every branch of the rules kept frequent enough
 * to be exercised in a few hundred dossiers. They are not official statistics (none is published per fact):
 * <ul>
 * <li>household: 45 % live alone (the largest group of RIS beneficiaries is "isolé"), 30 % live with someone
 *     without children in charge (cohabitants, incl. young adults living with parents), 25 % with children;</li>
 * <li>relations among cohabitants: each relation of {@link Relation} occurs; partners and parents most often;</li>
 * <li>resources: 40 % have none, the rest one to three of any {@link ResourceType}, mostly monthly, 10 % yearly;
 *     wages and vocational training sometimes started while on RIS (the art 35 exemption);</li>
 * <li>stay status: 70 % Belgian, 30 % spread over every other {@link StayStatus}, so that refusals and the
 *     ERIS route for foreigners are common;</li>
 * <li>ages: 18–64 mostly, 5 % minors (emancipation, pregnancy, child in charge), 5 % 65 or older; parents and
 *     grandparents older than the applicant, children younger, nobody born before 1900;</li>
 * <li>15 % full-time students; 10 % unavailable for work for a reason; 10 % capital; 8 % real estate;</li>
 * <li>12 % ask the installation premium; 30 % carry competence facts (each competence situation occurs);</li>
 * <li>the capital is always declared (none, 90 %), and the facts the art 35 exemptions read are given for the
 *     incomes they apply to: a case-management system sends what the CPAS's social inquiry established;</li>
 * <li>3 % of facts are left out (unknown) at random, so incomplete decisions occur: with about a dozen such facts
 *     read per dossier, about one dossier in six is incomplete, the inquiry still open on one point;</li>
 * <li>request dates spread evenly from {@link #FIRST_REQUEST_DATE} to {@link #LAST_REQUEST_DATE}.</li>
 * </ul>
 * On seed 1 (4 000 dossiers) the verdicts are GRANTED 29 %, REFUSED 53 % (foreigners without a right to the RIS,
 * resources above the amount, unavailability for work...), INCOMPLETE 18 %. A mix with 60 % incomplete dossiers
 * (capital left out 90 % of the time) measured mostly the cheap path of unfinished calculations.
 * Every dossier passes the API's validation (bounds of the model, nobody born after the request).
 */
public final class DossierGenerator {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** After the first amounts the knowledge base knows (August 2005), so that every date is decidable. */
    public static final LocalDate FIRST_REQUEST_DATE = LocalDate.of(2005, 10, 1);
    public static final LocalDate LAST_REQUEST_DATE = LocalDate.of(2026, 10, 31);

    /** The incomes from work or training that art 35 AR 2002, §1 and §2, exempts in part. */
    private static final java.util.Set<ResourceType> ART35_WORK_INCOMES = java.util.EnumSet.of(ResourceType.WAGES,
            ResourceType.SELF_EMPLOYED_INCOME, ResourceType.VOCATIONAL_TRAINING_INCOME, ResourceType.STUDENT_JOB_INCOME);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final String[] COMMUNES = {"Liège", "Namur", "Bruxelles", "Schaerbeek", "Charleroi", "Gent",
        "Antwerpen", "Eupen", "Arlon", "Ottignies-Louvain-la-Neuve"};
    private static final StayStatus[] FOREIGN_STATUSES = Stream.of(StayStatus.values())
            .filter(status -> status != StayStatus.BELGIAN).toArray(StayStatus[]::new);

    private final SplittableRandom random;

    public DossierGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next dossiers of this generator, lazily: a million of them take no memory. */
    public Stream<Dossier> stream(long count) {
        return Stream.generate((Supplier<Dossier>) this::next).limit(count);
    }

    /** The next {@code count} dossiers as JSON Lines, one at a time, as {@code cpas generate} writes them. */
    public void writeJsonLines(long count, Writer out) throws IOException {
        for (long i = 0; i < count; i++) {
            out.write(JSON.writeValueAsString(next()));
            out.write('\n');
        }
        out.flush();
    }

    public Dossier next() {
        LocalDate requestDate = FIRST_REQUEST_DATE.plusDays(
                random.nextLong(LAST_REQUEST_DATE.toEpochDay() - FIRST_REQUEST_DATE.toEpochDay() + 1));
        LocalDate birthDate = applicantBirthDate(requestDate);
        List<HouseholdMember> household = unknownOr(() -> household(requestDate, birthDate));
        // the children the applicant declares in charge include every member the household marks in his charge
        int markedInCharge = household == null ? 0
                : (int) household.stream().filter(m -> Boolean.TRUE.equals(m.inApplicantCharge())).count();
        Applicant applicant = applicant(requestDate, birthDate, markedInCharge);
        boolean homeless = chance(8);
        return new Dossier(
                requestDate,
                applicant,
                unknownOr(() -> new Residence(!chance(4), random.nextInt(0, 60), homeless,
                        homeless && chance(40), homeless && chance(50), null)),
                unknownOr(this::workAvailability),
                unknownOr(() -> new OtherRights(nullable(!chance(10)), nullable(chance(30)), nullable(chance(50)))),
                household,
                unknownOr(this::resources),
                // a case-management system declares the capital, most often none: left out only as any fact is
                unknownOr(() -> new Capital(chance(10) ? money(0, 60_000) : BigDecimal.ZERO.setScale(2))),
                chance(8) ? List.of(new Property(pick(PropertyKind.values()), money(100, 2_500))) : List.of(),
                chance(20) ? cpasChoices() : null,
                chance(5) ? new LegalAssumptions(random.nextBoolean(), null) : null,
                chance(12) ? premium(requestDate, homeless) : null,
                chance(30) ? competence() : null,
                chance(20) ? new Procedure(requestDate.plusDays(random.nextInt(1, 45)),
                        requestDate.plusDays(random.nextInt(45, 60)),
                        chance(50) ? "CPAS/" + requestDate.getYear() + "/" + random.nextInt(1, 100_000) : null, null, null) : null,
                null, null);
    }

    private LocalDate applicantBirthDate(LocalDate requestDate) {
        int roll = random.nextInt(100);
        int age = roll < 5 ? random.nextInt(16, 18) : roll < 95 ? random.nextInt(18, 65) : random.nextInt(65, 90);
        return requestDate.minusYears(age).minusDays(random.nextInt(0, 365));
    }

    private Applicant applicant(LocalDate requestDate, LocalDate birthDate, int markedInCharge) {
        int age = Period.between(birthDate, requestDate).getYears();
        StayStatus status = chance(70) ? StayStatus.BELGIAN : pick(FOREIGN_STATUSES);
        boolean european = status == StayStatus.EU_CITIZEN || status == StayStatus.EU_FAMILY_MEMBER;
        boolean student = chance(15);
        return new Applicant(
                unknownOr(() -> birthDate),
                unknownOr(() -> status),
                european ? requestDate.minusDays(random.nextInt(10, 2_000)) : null,
                european ? nullable(chance(70)) : null,
                null,
                pick(MaritalStatus.values()),
                age < 18 ? chance(10) : null,
                age < 18 || chance(3) ? chance(30) : null,
                Math.max(markedInCharge, random.nextInt(0, 4) == 0 ? random.nextInt(1, 4) : 0),
                age < 18 ? chance(5) : null,
                chance(20) ? random.nextInt(1, 4) : 0,
                student ? new Studies(true, chance(60), requestDate.minusMonths(random.nextInt(1, 24)),
                        chance(50) ? requestDate.plusMonths(random.nextInt(1, 36)) : null, chance(30)) : null);
    }

    private WorkAvailability workAvailability() {
        if (chance(90)) {
            return new WorkAvailability(true, UnavailabilityReason.NONE, null);
        }
        UnavailabilityReason reason = pick(UnavailabilityReason.values());
        return new WorkAvailability(false, reason, nullable(chance(70)));
    }

    private List<HouseholdMember> household(LocalDate requestDate, LocalDate applicantBirth) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return List.of();
        }
        List<HouseholdMember> members = new ArrayList<>();
        if (roll < 75) {
            for (int i = random.nextInt(1, 3); i > 0; i--) {
                Relation relation = chance(50) ? pick(new Relation[] {Relation.PARTNER, Relation.PARENT})
                        : pick(Relation.values());
                members.add(member(relation, birthDate(relation, requestDate, applicantBirth), false));
            }
        } else {
            if (chance(50)) {
                members.add(member(Relation.PARTNER, requestDate.minusYears(random.nextInt(20, 60)), false));
            }
            for (int i = random.nextInt(1, 4); i > 0; i--) {
                members.add(member(Relation.CHILD, requestDate.minusYears(random.nextInt(0, 24))
                        .minusDays(random.nextInt(0, 365)), true));
            }
        }
        return members;
    }

    /** Parents older than the applicant, children and grandchildren younger, never born after the request. */
    private LocalDate birthDate(Relation relation, LocalDate requestDate, LocalDate applicantBirth) {
        LocalDate reference = applicantBirth == null ? requestDate.minusYears(35) : applicantBirth;
        LocalDate birth = switch (relation) {
            case PARENT -> reference.minusYears(random.nextInt(18, 40));
            case GRANDPARENT -> reference.minusYears(random.nextInt(40, 60));
            case CHILD -> reference.plusYears(random.nextInt(16, 40));
            case GRANDCHILD -> reference.plusYears(random.nextInt(36, 60));
            default -> reference.plusYears(random.nextInt(-15, 16));
        };
        LocalDate born = birth.plusDays(random.nextInt(0, 365));
        if (born.isBefore(EARLIEST_BIRTH)) {  // the API reads dates from 1900 on
            return EARLIEST_BIRTH.plusDays(random.nextInt(0, 365));
        }
        return born.isAfter(requestDate) ? requestDate.minusDays(random.nextInt(0, 365)) : born;
    }

    private HouseholdMember member(Relation relation, LocalDate birthDate, boolean child) {
        return new HouseholdMember(relation, birthDate, chance(child ? 2 : 40) ? Boolean.TRUE : Boolean.FALSE,
                child ? nullable(chance(85)) : null, child ? chance(15) : null,
                chance(50) ? resources() : List.of(),
                // most co-residents share the household, some keep separate budgets, a few are not yet known
                relation == Relation.PARTNER || chance(3) ? null : chance(75));
    }

    private List<Resource> resources() {
        if (chance(40)) {
            return List.of();
        }
        List<Resource> resources = new ArrayList<>();
        for (int i = random.nextInt(1, 4); i > 0; i--) {
            ResourceType type = pick(ResourceType.values());
            boolean yearly = chance(10);
            // the facts the art 35 exemptions read are given for the incomes they apply to, as a CPAS knows them
            boolean work = ART35_WORK_INCOMES.contains(type);
            resources.add(new Resource(type, yearly ? money(500, 20_000) : money(20, 2_000),
                    yearly ? Periodicity.YEARLY : Periodicity.MONTHLY, null,
                    work ? nullable(chance(30)) : null,
                    work || type == ResourceType.ARTISTIC_INCOME ? unknownOr(() -> random.nextInt(0, 40)) : null,
                    // not a shortage occupation: drawn without touching the seeded sequence
                    work ? Boolean.FALSE : null, null));
        }
        return resources;
    }

    private CpasChoices cpasChoices() {
        CohabitantCounting counting = pick(CohabitantCounting.values());
        return new CpasChoices(counting, counting == CohabitantCounting.FRACTION
                ? BigDecimal.valueOf(random.nextInt(1, 100), 2) : null);
    }

    private InstallationPremiumRequest premium(LocalDate requestDate, boolean homeless) {
        return new InstallationPremiumRequest(nullable(chance(90)), chance(5), nullable(chance(90)),
                homeless ? pick(PreviousSituation.values()) : chance(70) ? pick(PreviousSituation.values())
                        : PreviousSituation.HOUSED,
                nullable(chance(50)), chance(25), chance(10), chance(50) ? money(0, 2_000) : null,
                chance(40) ? pick(Category.values()) : null, chance(5), chance(5),
                requestDate.minusDays(random.nextInt(0, 120)));
    }

    private CompetenceFacts competence() {
        return new CompetenceFacts(pick(COMMUNES), chance(10), chance(10) ? pick(COMMUNES) : null,
                chance(15) ? pick(COMMUNES) : null, chance(10) ? pick(COMMUNES) : null,
                chance(5) ? pick(COMMUNES) : null, chance(5) ? pick(COMMUNES) : null, null);
    }

    /** Euros with cents, between the bounds. */
    private BigDecimal money(int min, int max) {
        return BigDecimal.valueOf(random.nextLong(min * 100L, max * 100L + 1), 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A yes/no fact that is sometimes unknown. */
    private Boolean nullable(boolean value) {
        return chance(3) ? null : value;
    }

    /** A fact left out 3 % of the time: the rules must then ask for it. */
    private <T> T unknownOr(Supplier<T> fact) {
        return chance(3) ? null : fact.get();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
