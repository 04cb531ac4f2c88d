package be.cpas.rules.kb.amounts;

import static be.cpas.rules.kb.amounts.AmountFixture.assertSheetAddsUp;
import static be.cpas.rules.kb.amounts.AmountFixture.codes;
import static be.cpas.rules.kb.amounts.AmountFixture.condition;
import static be.cpas.rules.kb.amounts.AmountFixture.decide;
import static be.cpas.rules.kb.amounts.AmountFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Verdict;

/**
 * Student exemption (AR du 11 juillet 2002, art. 35, §2): the student must be under 25 on the date the right OPENED,
 * not at each revision. A first request opens the right on the request date; a revision carries the opening date
 * (procedure.rightOpenedOn).
 *
 * The dossier: a full-time student isolé bound by a PIIS, no study grant, born 2000-01-15 (25 on 2025-01-15), a
 * student job of 400 a month (not started while on RIS), request 2025-03-10. Amounts in force since 2025-02-01:
 * category 2 = 15 770,41 a year; student exemption = 309,48 a month (177,76 × 1,7410 = 309,4802 → 309,48).
 * - Under 25 when the right opened: 400 × 12 = 4 800; exempted min(4 800; 309,48 × 12 = 3 713,76) = 3 713,76;
 *   general exemption (category 2, stacks) 250; counted 4 800 − 3 713,76 − 250 = 836,24;
 *   RIS 15 770,41 − 836,24 = 14 934,17 a year; / 12 = 1 244,514… → 1 244,51 a month.
 * - 25 or over when the right opened: counted 4 800 − 250 = 4 550; RIS 15 770,41 − 4 550 = 11 220,41 a year;
 *   / 12 = 935,034… → 935,03 a month.
 */
class StudentAgeAtOpeningTest {

    static TestDossiers student() {
        return TestDossiers.granted()
                .set("applicant.birthDate", "2000-01-15")
                .setYaml("applicant.studies", "{fullTime: true, piisSigned: true, studyGrant: false}")
                .setYaml("resources", "[{type: STUDENT_JOB_INCOME, netAmount: 400, periodicity: MONTHLY, startedWhileOnRis: false}]");
    }

    static void assertExempted(Decision d) {
        assertThat(line(d, "EXEMPTION_STUDENT").amount()).isEqualByComparingTo("-3713.76");
        assertThat(line(d, "TOTAL_COUNTED").amount()).isEqualByComparingTo("836.24");
        assertThat(d.amount().yearly()).isEqualByComparingTo("14934.17");
        assertThat(d.amount().monthly()).isEqualByComparingTo("1244.51");
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertSheetAddsUp(d, "student exempted");
    }

    static void assertCountedInFull(Decision d) {
        assertThat(codes(d)).doesNotContain("EXEMPTION_STUDENT");
        assertThat(line(d, "TOTAL_COUNTED").amount()).isEqualByComparingTo("4550.00");
        assertThat(d.amount().yearly()).isEqualByComparingTo("11220.41");
        assertThat(d.amount().monthly()).isEqualByComparingTo("935.03");
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertSheetAddsUp(d, "student too old");
    }

    @ParameterizedTest(name = "revision, right opened on {0}: exempted {1}")
    @CsvSource({
            "2024-09-01, true",   // 24 when the right opened, 25 at this revision: still exempted
            "2025-01-14, true",   // the day before the 25th birthday
            "2025-01-15, false",  // the 25th birthday: too old
            "2025-03-01, false" })
    void aRevisionCountsTheAgeOnTheDateTheRightOpened(String openedOn, boolean exempted) {
        Decision d = decide(student().set("procedure.firstRequest", false).set("procedure.rightOpenedOn", openedOn));
        if (exempted) {
            assertExempted(d);
        } else {
            assertCountedInFull(d);
        }
    }

    @Test
    void aFirstRequestOpensTheRightOnTheRequestDate() {
        // 25 on 2025-01-15, request 2025-03-10: too old when the right opens
        assertCountedInFull(decide(student().set("procedure.firstRequest", true)));
    }

    @ParameterizedTest(name = "first request on {0}: exempted {1}")
    @CsvSource({
            "2025-01-14, true",    // the day before the 25th birthday; amounts in force since 2024-05-01 differ, so only the treatment is checked
            "2025-01-15, false" })
    void aFirstRequestOnBothSidesOfTheBirthday(String requestDate, boolean exempted) {
        Decision d = decide(student().set("requestDate", requestDate).set("procedure.firstRequest", true));
        assertThat(codes(d).contains("EXEMPTION_STUDENT")).isEqualTo(exempted);
        assertThat(codes(d).contains("EXEMPTION_STUDENT") ? line(d, "EXEMPTION_STUDENT").amount().toPlainString() : "none")
                // 303,42 × 12 = 3 641,04 (amount in force since 2024-05-01)
                .isEqualTo(exempted ? "-3641.04" : "none");
    }

    @Test
    void aStudentUnder25OnTheRequestDateIsNotAskedWhenTheRightOpened() {
        // born 2001-01-15: 24 on 2025-03-10, so under 25 on any earlier opening date
        Decision d = decide(student().set("applicant.birthDate", "2001-01-15"));
        assertExempted(d);
        assertThat(d.factsToVerify()).isEmpty();
    }

    @Test
    void a25YearOldWithoutTheKindOfRequestNamesBothFacts() {
        Decision d = decide(student());
        assertThat(condition(d, "RESOURCES").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(d, "RESOURCES").missingFacts()).containsExactly("procedure.firstRequest", "procedure.rightOpenedOn");
        assertThat(d.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(d.amount()).isNull();
    }

    @Test
    void aRevisionWithoutTheOpeningDateNamesIt() {
        Decision d = decide(student().set("procedure.firstRequest", false));
        assertThat(condition(d, "RESOURCES").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(d, "RESOURCES").missingFacts()).containsExactly("procedure.rightOpenedOn");
        assertThat(condition(d, "RESOURCES").reasons().get(0).message())
                .contains("limite d'âge").contains("date d'ouverture du droit");
    }
}
