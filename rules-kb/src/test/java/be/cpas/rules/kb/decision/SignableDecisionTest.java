package be.cpas.rules.kb.decision;

import static be.cpas.rules.kb.EngineFixture.ENGINE;
import static be.cpas.rules.kb.EngineFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.DecisionMention;
import be.cpas.rules.model.Periodicity;
import be.cpas.rules.model.Verdict;

/**
 * The mentions that let the CPAS sign the decision (loi du 26 mai 2002, art. 20 and art. 21, §2, §3, §5; art. 47, §1),
 * and the texts a person reads: facts named in words, law titles in the language of the decision.
 */
class SignableDecisionTest {

    private static Decision decide(TestDossiers dossier, String language) {
        return ENGINE.decide(dossier.build(), Locale.forLanguageTag(language));
    }

    private static DecisionMention mention(Decision decision, String code) {
        return decision.mentions().stream().filter(m -> code.equals(m.code())).findFirst().orElseThrow();
    }

    @Test
    void aGrantedRightIsMonthlyRunsFromTheRequestAndCarriesTheAppealAndTheRightToBeHeard() {
        // Isolé on 2025-03-10: 15 770,41 / 12 = 1 314,20 per month, paid monthly (art 21 §2), from the day of the
        // request (art 21 §5), appeal within 3 months of notification (art 47 §1).
        Decision d = decide(TestDossiers.granted().set("procedure.fileReference", "RIS/2025/0412"), "fr");
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(d.amount().monthly()).isEqualByComparingTo("1314.20");
        assertThat(d.periodicity()).isEqualTo(Periodicity.MONTHLY);
        assertThat(d.rightFrom()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(d.fileReference()).isEqualTo("RIS/2025/0412");
        assertThat(d.mentions()).extracting(DecisionMention::code).containsExactly("PERIODICITY_MONTHLY", "RIGHT_FROM",
                "APPEAL", "APPEAL_FORM", "APPEAL_NOT_SUSPENSIVE", "TRIBUNAL_ADDRESS_AND_CONTACT", "RIGHT_TO_BE_HEARD", "FILE_REFERENCE");
        assertThat(mention(d, "RIGHT_FROM").text()).isEqualTo("Le droit court à partir du 10/03/2025, jour où le CPAS a reçu la demande.");
        assertThat(mention(d, "RIGHT_FROM").legalReference().article()).isEqualTo("art. 21, §5");
        assertThat(mention(d, "APPEAL").text()).contains("tribunal du travail dans les 3 mois de sa notification");
        assertThat(mention(d, "APPEAL").legalReference().article()).isEqualTo("art. 47, §1");
        assertThat(mention(d, "APPEAL_FORM").text()).contains("requête écrite", "lettre recommandée", "greffe");
        assertThat(mention(d, "APPEAL_FORM").legalReference().instrument()).isEqualTo("Code judiciaire");
        assertThat(mention(d, "APPEAL_NOT_SUSPENSIVE").text()).isEqualTo("Le recours ne suspend pas l'exécution de la décision.");
        assertThat(mention(d, "RIGHT_TO_BE_HEARD").legalReference().article()).isEqualTo("art. 20");
        assertThat(mention(d, "FILE_REFERENCE").text()).isEqualTo("Référence du dossier : RIS/2025/0412");
    }

    @Test
    void aRefusalHasNoStartNorPeriodicityButStillTheAppealAndNoReferenceWhenNoneIsGiven() {
        Decision d = decide(TestDossiers.granted().set("residence.habitualResidenceInBelgium", false), "fr");
        assertThat(d.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(d.periodicity()).isNull();
        assertThat(d.rightFrom()).isNull();
        assertThat(d.fileReference()).isNull();
        assertThat(d.mentions()).extracting(DecisionMention::code).containsExactly(
                "APPEAL", "APPEAL_FORM", "APPEAL_NOT_SUSPENSIVE", "TRIBUNAL_ADDRESS_AND_CONTACT", "RIGHT_TO_BE_HEARD");
    }

    @Test
    void theDutchAndGermanDecisionsCiteTheLawsUnderTheirOwnTitles() {
        Decision nl = decide(TestDossiers.granted(), "nl");
        Decision de = decide(TestDossiers.granted(), "de");
        Decision fr = decide(TestDossiers.granted(), "fr");
        assertThat(condition(fr, "RESIDENCE").legalReference().instrument())
                .isEqualTo("Loi du 26 mai 2002 concernant le droit à l'intégration sociale");
        assertThat(condition(nl, "RESIDENCE").legalReference().instrument())
                .isEqualTo("Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie");
        assertThat(condition(de, "RESIDENCE").legalReference().instrument())
                .isEqualTo("Gesetz vom 26. Mai 2002 über das Recht auf soziale Eingliederung");
        assertThat(condition(nl, "RESIDENCE").legalReference().article()).isEqualTo(condition(fr, "RESIDENCE").legalReference().article());
        assertThat(mention(nl, "APPEAL_FORM").legalReference().instrument()).isEqualTo("Gerechtelijk Wetboek");
        assertThat(mention(de, "RIGHT_FROM").text()).isEqualTo("Das Recht beginnt am 10/03/2025, dem Tag, an dem das ÖSHZ den Antrag erhalten hat.");
        Decision nlWithResources = decide(TestDossiers.granted().add("resources", "{type: MAINTENANCE_FOR_SELF, netAmount: 300, periodicity: MONTHLY}"), "nl");
        String nlReferences = nlWithResources.calculationSheet().stream().map(l -> String.valueOf(l.legalReference())).toList().toString();
        assertThat(nlReferences).doesNotContain("Loi du", "AR du").contains("KB van 11 juli 2002 houdende het algemeen reglement");
    }

    @Test
    void aMissingFactIsNamedInWordsBesideItsPath() {
        Decision fr = decide(TestDossiers.granted().remove("applicant.birthDate"), "fr");
        Decision nl = decide(TestDossiers.granted().remove("applicant.birthDate"), "nl");
        assertThat(condition(fr, "AGE").missingFacts()).containsExactly("applicant.birthDate");
        assertThat(condition(fr, "AGE").missingFactsText()).containsExactly("la date de naissance du demandeur");
        assertThat(condition(nl, "AGE").missingFactsText()).containsExactly("de geboortedatum van de aanvrager");
        assertThat(fr.factsToVerifyText()).hasSameSizeAs(fr.factsToVerify()).contains("la date de naissance du demandeur");
    }

    @Test
    void aHouseholdMemberIsNamedByNumberNeverByPath() {
        // A partner whose resources are unknown: the first person of the household, named "n° 1".
        Decision d = decide(TestDossiers.granted().add("household", "{relation: PARTNER, birthDate: 1988-01-01}"), "fr");
        assertThat(condition(d, "RESOURCES").missingFacts()).contains("household[0].resources");
        assertThat(condition(d, "RESOURCES").missingFactsText()).contains("les ressources du membre du ménage n° 1");
        assertThat(condition(d, "RESOURCES").reasons()).anySatisfy(r ->
                assertThat(r.message()).isEqualTo("Les ressources du membre du ménage n° 1 doivent être connues."));
    }

    @Test
    void frenchElidesDeBeforeAVowelButNotBeforeAConsonantOrAnH() {
        var messages = ENGINE.messages();
        assertThat(messages.text("fr", "reason.COMPETENCE_GENERAL", java.util.List.of("Ottignies-Louvain-la-Neuve")))
                .startsWith("CPAS d'Ottignies-Louvain-la-Neuve, commune");
        assertThat(messages.text("fr", "reason.COMPETENCE_GENERAL", java.util.List.of("Namur"))).startsWith("CPAS de Namur, commune");
        assertThat(messages.text("fr", "reason.COMPETENCE_GENERAL", java.util.List.of("Huy"))).startsWith("CPAS de Huy, commune");
        assertThat(messages.text("fr", "reason.COMPETENCE_GENERAL", java.util.List.of("Érezée"))).startsWith("CPAS d'Érezée, commune");
    }

    @Test
    void booleansArePrintedInWords() {
        var messages = ENGINE.messages();
        assertThat(messages.text("fr", "mention.FILE_REFERENCE", java.util.List.of(true))).isEqualTo("Référence du dossier : oui");
        assertThat(messages.text("nl", "mention.FILE_REFERENCE", java.util.List.of(false))).isEqualTo("Dossierreferentie: nee");
        assertThat(messages.text("de", "mention.FILE_REFERENCE", java.util.List.of(false))).isEqualTo("Aktenzeichen: nein");
    }
}
