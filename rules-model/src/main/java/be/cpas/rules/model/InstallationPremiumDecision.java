package be.cpas.rules.model;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The decision on the installation premium, in the same decision as the RIS.")
public record InstallationPremiumDecision(
        @Schema(description = "GRANTED: every condition met; REFUSED: one is not met; INCOMPLETE: none refused, some to verify.")
        Verdict verdict,
        @Schema(description = "The regime the premium is decided under; absent when it cannot be determined yet.")
        PremiumRegime regime,
        @Schema(description = "Why this regime (regime (a) takes priority).")
        List<Reason> regimeReasons,
        @Schema(description = "The premium in euro: one month of the category 3 RIS at the request date (yearly / 12, half-up). Absent when refused.", example = "1776.07")
        BigDecimal amount,
        @Schema(description = "The five conditions, in order.")
        List<ConditionResult> conditions,
        @Schema(description = "Whether the premium is individual (regime (a)) or granted once for a household of homeless people settling together (regime (b)).")
        Reason household,
        @Schema(description = "Every fact to verify before the CPAS can decide the premium.")
        List<String> factsToVerify,
        @Schema(description = "The same facts named in words, in the language asked, in the same order: the text a person reads.")
        List<String> factsToVerifyText) {
}
