package be.cpas.rules.model;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The aid towards child maintenance paid (art 68quinquies LO): half of what was paid in a month, within a ceiling for all children together; paid besides the RIS, whose category does not change.")
public record MaintenanceAidDecision(
        @Schema(description = "GRANTED: every condition met; REFUSED: one is not met; INCOMPLETE: none refused, some to verify.")
        Verdict verdict,
        @Schema(description = "Total aid in euro over the months listed; absent unless granted.", example = "75.00")
        BigDecimal amount,
        @Schema(description = "The conditions, in order.")
        List<ConditionResult> conditions,
        @Schema(description = "One line per month paid: the maintenance paid, the half, the ceiling and the aid.")
        List<CalculationLine> lines,
        @Schema(description = "Every fact to verify before the CPAS can decide the aid.")
        List<String> factsToVerify,
        @Schema(description = "The same facts named in words, in the language asked, in the same order.")
        List<String> factsToVerifyText) {
}
