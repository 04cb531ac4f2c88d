package be.cpas.rules.model;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for social integration as the CPAS knows it at the date of the request.
 * Every fact may be absent when unknown: the rules then say what must be verified.
 */
@Schema(description = "A request to the CPAS: the facts known at the date of the request. Any fact may be left out when unknown; the decision then names it as to be verified.")
public record Dossier(
        @Schema(description = "Date of the request (ISO yyyy-MM-dd). Chooses the law and the amounts in force.", example = "2025-03-10", required = true)
        @NotNull LocalDate requestDate,

        @Schema(required = true)
        @NotNull @Valid Applicant applicant,

        @Valid Residence residence,

        @Valid WorkAvailability workAvailability,

        @Valid OtherRights otherRights,

        @Schema(description = "Everyone who actually lives with the applicant (same actual residence, not the same domicile). Empty when the applicant lives alone; left out when unknown.")
        @Size(max = Limits.MAX_HOUSEHOLD_MEMBERS) List<@Valid @NotNull HouseholdMember> household,

        @Schema(description = "The applicant's own resources. Empty when the applicant has none; left out when unknown.")
        @Size(max = Limits.MAX_RESOURCES) List<@Valid @NotNull Resource> resources,

        @Valid Capital capital,

        @Schema(description = "Real estate the applicant owns. Empty when none; left out when unknown.")
        @Size(max = Limits.MAX_PROPERTIES) List<@Valid @NotNull Property> properties,

        @Valid CpasChoices cpasChoices,

        @Valid LegalAssumptions legalAssumptions,

        @Schema(description = "A request for the installation premium, decided in the same decision; left out when not asked.")
        @Valid InstallationPremiumRequest installationPremium,

        @Schema(description = "Facts deciding the competent CPAS (loi du 2 avril 1965); left out: the decision has no competentCpas section.")
        @Valid CompetenceFacts competence,

        @Schema(description = "Dates of the procedure known so far (decision, notification), for the deadlines.")
        @Valid Procedure procedure,

        @Schema(description = "Child maintenance (or placement contributions) the applicant actually paid, for the maintenance aid (art 68quinquies LO). Empty when none; left out when not asked.")
        @Size(max = Limits.MAX_MAINTENANCE_PAYMENTS) List<@Valid @NotNull MaintenancePayment> maintenancePaid,

        @Schema(description = "Facts deciding whether a PIIS (individualised project for social integration, arts 11 and 13 L) must be concluded.")
        @Valid PiisFacts piis) {

    /** The same facts, asked on another date (an impact report deciding a caseload as of one day). */
    public Dossier withRequestDate(LocalDate date) {
        return new Dossier(date, applicant, residence, workAvailability, otherRights, household, resources, capital, properties,
                cpasChoices, legalAssumptions, installationPremium, competence, procedure, maintenancePaid, piis);
    }
}
