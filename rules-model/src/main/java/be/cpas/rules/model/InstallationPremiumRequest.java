package be.cpas.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A request for the installation premium (prime d'installation) of a person who leaves homelessness (art 14 §3 L; art 57bis LO and AR 21/09/2004). Any fact may be left out when unknown.")
public record InstallationPremiumRequest(
        @Schema(description = "The person has found a dwelling he or she rents or occupies as a home (alone or with people of his or her choice).")
        Boolean dwellingFound,

        @Schema(description = "The dwelling is transit housing (logement de transit): it does not end homelessness.")
        Boolean dwellingIsTransitHousing,

        @Schema(description = "The dwelling is the person's main residence (he or she lives there most of the time).")
        Boolean mainResidence,

        PreviousSituation previousSituation,

        @Schema(description = "The person already receives the RIS (regime (a), art 14 §3 L). Regime (a) also applies when this very decision grants the RIS.")
        Boolean receivesRis,

        @Schema(description = "The person receives a replacement income: unemployment, sickness or disability benefit, another social security benefit, the income guarantee for the elderly (GRAPA/RGPA).")
        Boolean receivesReplacementIncome,

        @Schema(description = "The person receives the equivalent social aid (ERIS).")
        Boolean receivesEris,

        @Schema(description = "Regime (b) without a replacement income or ERIS: the person's net monthly income in euro, compared with the RIS of his or her category + 10%.", example = "900.00")
        @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal monthlyIncome,

        @Schema(description = "The RIS category of the person, for the regime (b) income ceiling (art 14 §1 L).")
        Category category,

        @Schema(description = "The person has received an installation premium before (it is granted once in a lifetime).")
        Boolean premiumReceivedBefore,

        @Schema(description = "The person settles together with another homeless person as one household: under regime (b) the household gets one premium.")
        Boolean settlingWithAnotherHomelessPerson,

        @Schema(description = "Date of moving into the dwelling (ISO yyyy-MM-dd).", example = "2025-01-20")
        LocalDate movingInDate) {
}
