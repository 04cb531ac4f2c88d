package be.cpas.rules.kb;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.ParameterUse;

/** What the social worker must be warned of: amounts that may be stale, figures that are uncertain or derived. */
class NoticesTest {

    @Test
    void aDateAfterTheLastKnownChangeWarnsThatAmountsMayBeStale() {
        Decision decision = decide(TestDossiers.granted().set("requestDate", "2026-11-23"));

        assertThat(decision.notices()).extracting(Notice::code).contains("AMOUNTS_MAY_BE_STALE");
        assertThat(decision.notices()).filteredOn(n -> n.code().equals("AMOUNTS_MAY_BE_STALE"))
                .singleElement().extracting(Notice::message).asString().contains("01/03/2026");
    }

    @Test
    void theDateOfTheLastKnownChangeItselfIsNotStale() {
        Decision decision = decide(TestDossiers.granted().set("requestDate", "2026-03-01"));

        assertThat(decision.notices()).extracting(Notice::code).doesNotContain("AMOUNTS_MAY_BE_STALE");
    }

    @Test
    void anUncertainParameterThatWasUsedIsReported() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "SUBSIDIARY_PROTECTION"));

        assertThat(decision.parametersUsed()).extracting(ParameterUse::name).contains("stay.subsidiary_protection_in_ris");
        assertThat(decision.parametersUsed()).filteredOn(p -> p.name().equals("stay.subsidiary_protection_in_ris"))
                .singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo("U");
                    assertThat(p.effectiveFrom()).hasToString("2016-07-21");
                    assertThat(p.source()).isNotBlank();
                });
        assertThat(decision.notices()).extracting(Notice::code).contains("PARAMETER_UNCERTAIN");
    }

    @Test
    void anUncertainParameterThatWasNotUsedIsNotReported() {
        Decision decision = decide(TestDossiers.granted());

        assertThat(decision.parametersUsed()).extracting(ParameterUse::name).doesNotContain("stay.subsidiary_protection_in_ris");
        assertThat(decision.notices()).filteredOn(n -> n.code().equals("PARAMETER_UNCERTAIN"))
                .noneMatch(n -> n.message().contains("stay.subsidiary_protection_in_ris"));
    }
}
