package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Verdict;

/**
 * The socio-professional exemption for a job in a shortage occupation (art. 35, §1 AR, from 2024-01-01): a higher
 * monthly amount instead of the general SPI, for 3 months, once in a lifetime. Isolé earning 1 000 €/month from a job
 * started while on RIS; the general exemption of 250 €/year stacks at the end of the calculation.
 */
class ShortageOccupationTest {

    private static TestDossiers job(String requestDate, String shortage, String monthsUsed) {
        return TestDossiers.granted().set("requestDate", requestDate).setYaml("resources", """
                - type: WAGES
                  netAmount: 1000
                  periodicity: MONTHLY
                  startDate: 2023-10-01
                  startedWhileOnRis: true
                  exemptionMonthsUsed: 0
                  shortageOccupation: %s
                  shortageOccupationMonthsUsed: %s
                """.formatted(shortage, monthsUsed));
    }

    private static CalculationLine exemption(Decision d) {
        return d.calculationSheet().stream().filter(l -> l.code().startsWith("EXEMPTION_S")).findFirst().orElseThrow();
    }

    @Test
    void in2025AShortageOccupationJobHas443_52ExemptedAMonth() {
        // 254,75 × 1,7410 = 443,52 a month; × 12 = 5 322,24. 12 000 − 5 322,24 = 6 677,76; − 250 = 6 427,76 counted.
        // 15 770,41 − 6 427,76 = 9 342,65 a year; / 12 = 778,554... → 778,55.
        Decision d = decide(job("2025-02-01", "true", "0"));
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(exemption(d).code()).isEqualTo("EXEMPTION_SHORTAGE_OCCUPATION");
        assertThat(exemption(d).amount()).isEqualByComparingTo("-5322.24");
        assertThat(exemption(d).parameters()).contains("exemption.socio_professional.shortage_occupation");
        assertThat(d.amount().yearly()).isEqualByComparingTo("9342.65");
        assertThat(d.amount().monthly()).isEqualByComparingTo("778.55");
        assertThat(d.notices()).filteredOn(n -> n.code().equals("SHORTAGE_OCCUPATION_MONTHS_LEFT")).extracting(Notice::message)
                .containsExactly("L'exonération pour métier en pénurie s'applique encore 3 mois ; ensuite l'exonération"
                        + " socioprofessionnelle générale s'applique : le montant doit être revu.");
    }

    @Test
    void on1January2024TheShortageExemptionIs426_30() {
        // 254,75 × 1,6734 = 426,298... → 426,30 a month; × 12 = 5 115,60. 12 000 − 5 115,60 − 250 = 6 634,40 counted.
        // 15 158,08 − 6 634,40 = 8 523,68 a year; / 12 = 710,306... → 710,31. Two months already used: one left.
        Decision d = decide(job("2024-01-01", "true", "2"));
        assertThat(exemption(d).amount()).isEqualByComparingTo("-5115.60");
        assertThat(d.amount().monthly()).isEqualByComparingTo("710.31");
        assertThat(d.notices()).filteredOn(n -> n.code().equals("SHORTAGE_OCCUPATION_MONTHS_LEFT")).extracting(Notice::message)
                .singleElement().asString().contains("encore 1 mois");
    }

    @Test
    void before2024TheGeneralSpiAppliesAndNothingIsAsked() {
        // 2023-12-01: general SPI 297,46 × 12 = 3 569,52. 12 000 − 3 569,52 − 250 = 8 180,48 counted.
        // 15 158,08 − 8 180,48 = 6 977,60 a year; / 12 = 581,466... → 581,47. The same with the fact unknown.
        for (String shortage : new String[] {"true", "null"}) {
            Decision d = decide(job("2023-12-01", shortage, "0"));
            assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
            assertThat(exemption(d).code()).isEqualTo("EXEMPTION_SOCIO_PROFESSIONAL");
            assertThat(exemption(d).amount()).isEqualByComparingTo("-3569.52");
            assertThat(d.amount().monthly()).isEqualByComparingTo("581.47");
        }
    }

    @Test
    void onceTheThreeMonthsAreUsedTheGeneralSpiApplies() {
        // 2025-02-01, 3 months used: general SPI 309,48 × 12 = 3 713,76; 12 000 − 3 713,76 − 250 = 8 036,24;
        // 15 770,41 − 8 036,24 = 7 734,17; / 12 = 644,514... → 644,51.
        Decision d = decide(job("2025-02-01", "true", "3"));
        assertThat(exemption(d).code()).isEqualTo("EXEMPTION_SOCIO_PROFESSIONAL");
        assertThat(d.amount().monthly()).isEqualByComparingTo("644.51");
        assertThat(d.notices()).extracting(Notice::code).doesNotContain("SHORTAGE_OCCUPATION_MONTHS_LEFT");
    }

    @Test
    void from2024AnUnknownShortageOccupationIsNamed() {
        Decision d = decide(job("2025-02-01", "null", "null"));
        assertThat(d.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(d.factsToVerify()).containsExactly("resources[0].shortageOccupation");
        assertThat(d.factsToVerifyText()).containsExactly("l'emploi dans un métier en pénurie (ressource n° 1 du demandeur)");
        assertThat(d.amount()).isNull();
    }

    @Test
    void theMonthsAlreadyUsedAreNamedWhenUnknown() {
        Decision d = decide(job("2025-02-01", "true", "null"));
        assertThat(d.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(d.factsToVerify()).containsExactly("resources[0].shortageOccupationMonthsUsed");
    }
}
