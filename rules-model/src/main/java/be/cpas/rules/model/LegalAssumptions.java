package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Open legal questions the caller may settle for one evaluation; absent means the parameter's default. */
@Schema(description = "Settles, for this evaluation, legal questions the sources leave open. Left out: the default of the named parameter applies and is reported.")
public record LegalAssumptions(
        @Schema(description = "Whether the general exemption (art 22 §2 AR) also applies when an art 35 AR exemption was applied (parameter assumption.general_exemption_stacks_with_art35).")
        Boolean generalExemptionStacksWithArt35,
        @Schema(description = "Whether a family member of a Belgian waits the first three months of stay like an EU citizen who is not a worker (parameter stay.eu.family_of_belgian_waits): the administration applies the wait, labour tribunals do not.")
        Boolean euFamilyOfBelgianWaits) {
}
