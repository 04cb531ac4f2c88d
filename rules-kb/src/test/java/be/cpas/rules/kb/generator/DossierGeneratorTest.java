package be.cpas.rules.kb.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.HouseholdMember;
import be.cpas.rules.model.Relation;
import be.cpas.rules.model.Resource;
import be.cpas.rules.model.ResourceType;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.StayStatus;
import be.cpas.rules.model.Verdict;

class DossierGeneratorTest {

    private static final int COUNT = 800;

    @Test
    void theSameSeedGivesTheSameDossiersAndAnotherSeedOthers() {
        assertThat(new DossierGenerator(7).stream(50).toList()).isEqualTo(new DossierGenerator(7).stream(50).toList());
        assertThat(new DossierGenerator(8).stream(50).toList()).isNotEqualTo(new DossierGenerator(7).stream(50).toList());
    }

    @Test
    void theMixHoldsEveryResourceTypeRelationAndStayStatus() {
        List<Dossier> dossiers = new DossierGenerator(1).stream(20_000).toList();  // no decisions: cheap
        Set<ResourceType> resourceTypes = dossiers.stream()
                .flatMap(d -> d.resources() == null ? java.util.stream.Stream.empty() : d.resources().stream())
                .map(Resource::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(ResourceType.class)));
        Set<Relation> relations = dossiers.stream()
                .flatMap(d -> d.household() == null ? java.util.stream.Stream.empty() : d.household().stream())
                .map(HouseholdMember::relation).collect(Collectors.toCollection(() -> EnumSet.noneOf(Relation.class)));
        Set<StayStatus> statuses = dossiers.stream().map(d -> d.applicant().stayStatus()).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StayStatus.class)));
        assertThat(resourceTypes).containsExactlyInAnyOrder(ResourceType.values());
        assertThat(relations).containsExactlyInAnyOrder(Relation.values());
        assertThat(statuses).containsExactlyInAnyOrder(StayStatus.values());
        assertThat(dossiers).allSatisfy(d -> assertThat(d.requestDate())
                .isBetween(DossierGenerator.FIRST_REQUEST_DATE, DossierGenerator.LAST_REQUEST_DATE));
        assertThat(dossiers).anySatisfy(d -> assertThat(d.installationPremium()).isNotNull());
        assertThat(dossiers).anySatisfy(d -> assertThat(d.competence()).isNotNull());
        // The API reads dates from 1900 to 2100 and refuses anyone born after the request.
        assertThat(dossiers.stream().flatMap(d -> d.household() == null ? java.util.stream.Stream.empty()
                : d.household().stream()).map(HouseholdMember::birthDate).filter(Objects::nonNull))
                .allSatisfy(birth -> assertThat(birth).isAfterOrEqualTo(java.time.LocalDate.of(1900, 1, 1)));
        assertThat(dossiers).allSatisfy(d -> (d.household() == null ? List.<HouseholdMember>of() : d.household()).stream().filter(m -> m != null && m.birthDate() != null)
                .forEach(m -> assertThat(m.birthDate()).isBeforeOrEqualTo(d.requestDate())));
    }

    @Test
    void everyGeneratedDossierIsDecidedAndEveryVerdictAndRouteOccurs() {
        List<Decision> decisions = new DossierGenerator(2).stream(COUNT).map(EngineFixture.ENGINE::decide).toList();
        assertThat(decisions.stream().map(Decision::verdict).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Verdict.values());
        assertThat(decisions.stream().map(d -> d.route().route()).collect(Collectors.toSet()))
                .contains(Route.RIS, Route.ERIS, Route.NONE);
        assertThat(decisions.stream().map(d -> d.category() == null ? null : d.category().category())
                .filter(Objects::nonNull).collect(Collectors.toSet())).hasSize(3);
        assertThat(decisions).anySatisfy(d -> assertThat(d.installationPremium()).isNotNull());
        assertThat(decisions).anySatisfy(d -> assertThat(d.competentCpas()).isNotNull());
    }
}
