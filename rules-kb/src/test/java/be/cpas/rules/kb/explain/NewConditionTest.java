package be.cpas.rules.kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.ConditionDescription;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Verdict;

/**
 * A condition is added with one DRL file and its texts, no Java: the new file declares the condition and decides
 * it; decision.drl combines it like the others; it shows in the decision, the list of conditions and the trace.
 */
class NewConditionTest {

    /** A toy condition: the applicant must not be pregnant (not the law; only the mechanism is tested). */
    private static final String TOY_DRL = """
            package cpas.ris;

            import java.util.List;
            import be.cpas.rules.model.*;
            import be.cpas.rules.kb.facts.*;

            rule "Toy: a condition of the RIS"
            when
            then
                insert(new ConditionToDecide(Scheme.RIS, "TOY_CONDITION", 7, LegalReference.law2002("art. 99")));
            end

            rule "Toy: not pregnant"
            when
                Applicant( pregnant == false )
            then
                insert(ConditionFinding.met("TOY_CONDITION", "TOY_NOT_PREGNANT", LegalReference.law2002("art. 99"), List.of()));
            end

            rule "Toy: pregnant"
            when
                Applicant( pregnant == true )
            then
                insert(ConditionFinding.notMet("TOY_CONDITION", "TOY_PREGNANT", LegalReference.law2002("art. 99"), List.of()));
            end
            """;

    @TempDir
    static Path folder;
    static RulesEngine engine;

    @BeforeAll
    static void addTheToyCondition() throws Exception {
        Path copy = WorkingCopy.of(folder);
        Files.writeString(copy.resolve("rules/L2002_art99_toy.drl"), TOY_DRL);
        for (String language : new String[] {"fr", "nl", "de"}) {
            Files.writeString(copy.resolve("messages/messages_" + language + ".properties"), """

                    condition.TOY_CONDITION=Toy %1$s
                    reason.TOY_NOT_PREGNANT=Not pregnant %1$s
                    reason.TOY_PREGNANT=Pregnant %1$s
                    """.formatted(language), StandardOpenOption.APPEND);
        }
        engine = RulesEngine.from(KbSource.fromDirectory(copy));
    }

    @Test
    void theNewConditionIsDecidedAndCombinedLikeTheSixOfArt3() {
        Decision met = engine.decide(TestDossiers.granted().build(), Locale.forLanguageTag("nl"));
        Decision notMet = engine.decide(TestDossiers.granted().set("applicant.pregnant", true).build());

        assertThat(met.conditions()).extracting(ConditionResult::condition)
                .containsExactly("RESIDENCE", "AGE", "NATIONALITY", "RESOURCES", "WORK_AVAILABILITY", "OTHER_RIGHTS", "TOY_CONDITION");
        ConditionResult toy = met.conditions().get(6);
        assertThat(toy.outcome()).isEqualTo(Outcome.MET);
        assertThat(toy.legalReference().article()).isEqualTo("art. 99");
        assertThat(toy.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("TOY_NOT_PREGNANT");
            assertThat(r.message()).isEqualTo("Not pregnant nl");
        });
        assertThat(met.verdict()).isEqualTo(Verdict.GRANTED);
        // Not met: the verdict follows, with no change to decision.drl.
        assertThat(notMet.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(notMet.conditions().get(6).reasons()).extracting(r -> r.code()).containsExactly("TOY_PREGNANT");
    }

    @Test
    void theNewConditionIsListedWithItsTitle() {
        assertThat(engine.conditions(Locale.forLanguageTag("de"))).extracting(ConditionDescription::condition)
                .endsWith("OTHER_RIGHTS", "TOY_CONDITION");
        assertThat(engine.conditions(Locale.forLanguageTag("de"))).last().extracting(ConditionDescription::title).isEqualTo("Toy de");
    }

    @Test
    void theTraceShowsTheNewFileAndRule() {
        Decision decision = engine.decide(TestDossiers.granted().build(), Locale.FRENCH, true);

        assertThat(decision.trace()).anySatisfy(step -> {
            assertThat(step.file()).isEqualTo("L2002_art99_toy.drl");
            assertThat(step.rule()).isEqualTo("Toy: not pregnant");
            assertThat(step.factsRead()).extracting(f -> f.type()).containsExactly("Applicant");
            assertThat(step.concluded()).extracting(f -> f.type()).containsExactly("ConditionFinding");
            assertThat(step.legalReferences()).extracting(r -> r.article()).containsExactly("art. 99");
        });
    }

    @Test
    void thePackagedKnowledgeBaseDoesNotHaveIt() {
        assertThat(be.cpas.rules.kb.EngineFixture.ENGINE.decide(TestDossiers.granted().build()).conditions())
                .extracting(ConditionResult::condition).doesNotContain("TOY_CONDITION").hasSize(6);
    }
}
