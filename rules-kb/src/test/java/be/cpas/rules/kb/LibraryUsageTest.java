package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.parameters.DateOutOfRangeException;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Verdict;

/**
 * The knowledge base is a plain Java library: no Quarkus, no container. An analyst can also run a working
 * copy of the rules from a folder and see the effect of a change before it goes live.
 */
class LibraryUsageTest {

    @Test
    void decidesADossierWithoutAnyFramework() {
        RulesEngine engine = RulesEngine.fromClasspath();

        Decision decision = engine.decide(TestDossiers.granted().build());

        assertThat(decision.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(decision.conditions()).extracting(c -> c.condition()).containsExactly("RESIDENCE", "AGE", "NATIONALITY", "RESOURCES", "WORK_AVAILABILITY", "OTHER_RIGHTS");
        assertThat(decision.rulesVersion()).hasSize(64).isEqualTo(engine.rulesVersion());
        assertThat(decision.language()).isEqualTo("fr");
    }

    @Test
    void speaksDutchWhenAskedAndFrenchByDefault() {
        Decision dutch = EngineFixture.ENGINE.decide(TestDossiers.granted().build(), Locale.forLanguageTag("nl-BE"));
        Decision unknownLanguage = EngineFixture.ENGINE.decide(TestDossiers.granted().build(), Locale.JAPANESE);

        assertThat(dutch.language()).isEqualTo("nl");
        assertThat(dutch.conditions().get(1).reasons().get(0).message()).isEqualTo("De aanvrager is 34 jaar: hij is meerderjarig.");
        assertThat(unknownLanguage.language()).isEqualTo("fr");
        assertThat(unknownLanguage.conditions().get(1).reasons().get(0).message()).isEqualTo("Le demandeur a 34 ans : il est majeur.");
    }

    @Test
    void listsTheSixConditionsWithTheirArticles() {
        assertThat(EngineFixture.ENGINE.conditions(Locale.FRENCH))
                .extracting(c -> c.legalReference().article())
                .containsExactly("art. 3, 1°", "art. 3, 2° et art. 7", "art. 3, 3°", "art. 3, 4° et art. 16", "art. 3, 5°", "art. 3, 6° et art. 4");
    }

    @Test
    void refusesADateBeforeTheFirstKnownAmounts() {
        assertThatThrownBy(() -> EngineFixture.ENGINE.decide(TestDossiers.granted().set("requestDate", "2005-07-31").build()))
                .isInstanceOf(DateOutOfRangeException.class)
                .hasMessageContaining("2005-08-01");
    }

    @Test
    void aWorkingCopyOfTheRulesShowsTheEffectOfAChangeBeforeItGoesLive(@TempDir Path workingCopy) throws Exception {
        copyPackagedKnowledgeBase(workingCopy);
        Path ageRules = workingCopy.resolve("rules/L2002_art03_2_age.drl");
        // An analyst's edit: pregnancy no longer assimilates a minor to an adult.
        Files.writeString(ageRules, Files.readString(ageRules).replace("pregnant == true )", "pregnant == true, false )"));

        RulesEngine edited = RulesEngine.from(KbSource.fromDirectory(workingCopy));
        TestDossiers pregnantMinor = TestDossiers.granted().set("applicant.birthDate", "2008-01-01").set("applicant.pregnant", true);

        assertThat(EngineFixture.ENGINE.decide(pregnantMinor.build()).verdict()).isEqualTo(Verdict.GRANTED);
        // The edit leaves the pregnant minor covered by no rule: the engine says so instead of refusing.
        Decision afterEdit = edited.decide(pregnantMinor.build());
        assertThat(afterEdit.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(EngineFixture.reasonCodes(afterEdit, "AGE")).containsExactly("NO_RULE_DECIDED");
        assertThat(edited.rulesVersion()).isNotEqualTo(EngineFixture.ENGINE.rulesVersion());
    }

    @Test
    void aRuleThatDoesNotCompileIsRefusedWithItsFileAndLine(@TempDir Path workingCopy) throws Exception {
        copyPackagedKnowledgeBase(workingCopy);
        Files.writeString(workingCopy.resolve("rules/broken.drl"), "package cpas.ris;\nrule \"broken\" when\n  NoSuchFact()\nthen\nend\n");

        assertThatThrownBy(() -> RulesEngine.from(KbSource.fromDirectory(workingCopy)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("broken.drl");
    }

    private static void copyPackagedKnowledgeBase(Path target) throws IOException, URISyntaxException {
        Path packaged = Path.of(LibraryUsageTest.class.getClassLoader().getResource(KbSource.CLASSPATH_ROOT + "/kb.marker").toURI()).getParent();
        try (Stream<Path> files = Files.walk(packaged)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(packaged.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }
}
