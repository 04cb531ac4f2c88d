package be.cpas.rules.kb.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Deadline;
import be.cpas.rules.model.DeadlineKind;
import be.cpas.rules.model.LegalReference;

/** The deadlines of the procedure, counted from the request, decision and notification dates. */
class DeadlinesTest {

    static final RulesEngine ENGINE = be.cpas.rules.kb.EngineFixture.ENGINE;

    static List<Deadline> deadlines(TestDossiers dossier) {
        return ENGINE.decide(dossier.build()).deadlines();
    }

    static Deadline deadline(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void withoutDecisionOrNotification() {
        List<Deadline> deadlines = deadlines(TestDossiers.granted().set("requestDate", "2025-03-10"));
        assertThat(deadlines).extracting(Deadline::kind).containsExactly(DeadlineKind.DECISION_DUE, DeadlineKind.NOTIFICATION_DUE,
                DeadlineKind.APPEAL_UNTIL, DeadlineKind.APPEAL_WITHOUT_DECISION_FROM, DeadlineKind.FORWARD_IF_INCOMPETENT);
        assertThat(deadlines).extracting(Deadline::date).containsExactly(LocalDate.of(2025, 4, 9), LocalDate.of(2025, 4, 17), null,
                LocalDate.of(2025, 4, 17), LocalDate.of(2025, 3, 15));
        assertThat(deadlines).extracting(Deadline::countedFrom).containsExactly(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 9), null,
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
        Deadline appeal = deadline(deadlines, DeadlineKind.APPEAL_UNTIL);
        assertThat(appeal.missingFacts()).containsExactly("procedure.notificationDate");
        assertThat(appeal.explanation()).contains("tribunal du travail");
        assertThat(deadline(deadlines, DeadlineKind.DECISION_DUE).legalReference()).isEqualTo(LegalReference.law2002("art. 21, §1"));
        assertThat(appeal.legalReference()).isEqualTo(LegalReference.law2002("art. 47, §1"));
        assertThat(deadline(deadlines, DeadlineKind.NOTIFICATION_DUE).legalReference()).isEqualTo(LegalReference.law2002("art. 21, §4"));
    }

    @ParameterizedTest(name = "request {0}: decision due {1}")
    @CsvSource({
            "2025-01-31, 2025-03-02",  // month end, February has 28 days
            "2024-01-31, 2024-03-01",  // leap year: February has 29 days
            "2024-12-15, 2025-01-14" }) // across the year end
    void decisionDueThirtyDaysAfterTheRequest(LocalDate request, LocalDate due) {
        Deadline decision = deadline(deadlines(TestDossiers.granted().set("requestDate", request.toString())), DeadlineKind.DECISION_DUE);
        assertThat(decision.date()).isEqualTo(due);
        assertThat(decision.countedFrom()).isEqualTo(request);
    }

    @Test
    void appealWithoutADecisionFromRequestPlusThirtyPlusEightDays() {
        Deadline appeal = deadline(deadlines(TestDossiers.granted().set("requestDate", "2025-01-31")), DeadlineKind.APPEAL_WITHOUT_DECISION_FROM);
        assertThat(appeal.date()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(appeal.explanation()).isEqualTo("Sans décision, un recours au tribunal du travail est possible à partir de 30 + 8 jours après la demande.");
    }

    @Test
    void notificationCountsFromTheDecisionDateWhenGiven() {
        List<Deadline> deadlines = deadlines(TestDossiers.granted().set("requestDate", "2025-01-31")
                .set("procedure.decisionDate", "2025-02-25"));
        Deadline notification = deadline(deadlines, DeadlineKind.NOTIFICATION_DUE);
        assertThat(notification.date()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(notification.countedFrom()).isEqualTo(LocalDate.of(2025, 2, 25));
        assertThat(deadlines).extracting(Deadline::kind).doesNotContain(DeadlineKind.APPEAL_WITHOUT_DECISION_FROM);
    }

    @Test
    void notificationCountsFromTheDueDateWhenNotDecided() {
        Deadline notification = deadline(deadlines(TestDossiers.granted().set("requestDate", "2025-01-31")), DeadlineKind.NOTIFICATION_DUE);
        assertThat(notification.date()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(notification.countedFrom()).isEqualTo(LocalDate.of(2025, 3, 2));
    }

    @ParameterizedTest(name = "notified {0}: appeal until {1}")
    @CsvSource({
            "2023-11-30, 2024-02-29",  // month end into a leap February
            "2022-11-30, 2023-02-28",  // month end into a common February
            "2025-01-15, 2025-04-15",
            "2024-10-31, 2025-01-31" })
    void appealToTheLabourTribunalThreeMonthsAfterNotification(LocalDate notified, LocalDate until) {
        Deadline appeal = deadline(deadlines(TestDossiers.granted().set("requestDate", "2022-10-01")
                .set("procedure.decisionDate", "2022-10-20")
                .set("procedure.notificationDate", notified.toString())), DeadlineKind.APPEAL_UNTIL);
        assertThat(appeal.date()).isEqualTo(until);
        assertThat(appeal.countedFrom()).isEqualTo(notified);
        assertThat(appeal.missingFacts()).isEmpty();
        assertThat(appeal.explanation()).isEqualTo("Recours au tribunal du travail dans les 3 mois de la notification.");
    }

    @Test
    void deadlinesAreCountedFromTheRequestNotTheWallClock() {
        Deadline decision = deadline(deadlines(TestDossiers.granted().set("requestDate", "2008-09-01")), DeadlineKind.DECISION_DUE);
        assertThat(decision.date()).isEqualTo(LocalDate.of(2008, 10, 1));
    }

    @Test
    void theParametersReadAreReported() {
        assertThat(ENGINE.decide(TestDossiers.granted().build()).parametersUsed()).extracting(p -> p.name())
                .contains("deadline.decision_days", "deadline.notification_days", "deadline.appeal_months", "deadline.forward_days");
    }

    @Test
    void dutchTexts() {
        Deadline appeal = deadline(ENGINE.decide(TestDossiers.granted().set("procedure.notificationDate", "2025-03-20").build(),
                Locale.forLanguageTag("nl")).deadlines(), DeadlineKind.APPEAL_UNTIL);
        assertThat(appeal.explanation()).isEqualTo("Beroep bij de arbeidsrechtbank binnen 3 maanden na de kennisgeving.");
    }
}
