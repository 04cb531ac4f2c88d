package be.cpas.rules.model;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What decides which CPAS is competent (loi du 2 avril 1965). Whether the applicant is a
 * full-time student, homeless or an asylum seeker is read from applicant.studies.fullTime,
 * residence.homeless and applicant.stayStatus.
 */
@Schema(description = "Facts deciding the competent CPAS (loi du 2 avril 1965). Communes by name or NIS code. Student, homeless and asylum-seeker or temporary-protection situations are read from applicant.studies.fullTime, residence.homeless and applicant.stayStatus.")
public record CompetenceFacts(
        @Schema(description = "Commune where the person actually and habitually resides at the request (general rule).", example = "Liège")
        @Size(max = Limits.MAX_COMMUNE_LENGTH) String habitualResidenceCommune,

        @Schema(description = "The person stays in an establishment (hospital, care home, prison...).")
        Boolean inEstablishment,

        @Schema(description = "In an establishment: commune where the person was registered as main residence (population, foreigners or waiting register) at admission.", example = "Namur")
        @Size(max = Limits.MAX_COMMUNE_LENGTH) String mainResidenceCommuneAtAdmission,

        @Schema(description = "Full-time student: commune where the student is registered as main residence at the request; it stays competent for the whole uninterrupted studies.", example = "Ottignies-Louvain-la-Neuve")
        @Size(max = Limits.MAX_COMMUNE_LENGTH) String registrationCommuneAtRequest,

        @Schema(description = "Homeless, not in an establishment: commune where the person is (actual residence) at the request.", example = "Bruxelles")
        @Size(max = Limits.MAX_COMMUNE_LENGTH) String communeWhereHomelessPersonIs,

        @Schema(description = "Commune of a reference address (adresse de référence), if any. It never decides the competent CPAS.", example = "Schaerbeek")
        @Size(max = Limits.MAX_COMMUNE_LENGTH) String referenceAddressCommune,

        @Schema(description = "Asylum seeker or temporary protection, registered in several communes: the commune of the compulsory place of registration (code 207); it decides (art 2, §5 L65).", example = "Arlon")
        @Size(max = Limits.MAX_COMMUNE_LENGTH) String asylumSeekerAssignedPlaceCommune,

        @Schema(description = "Asylum seeker or temporary protection: commune where the person is registered in the waiting register (not at the address of the Immigration Office or of the CGRA) or in the population or foreigners register (art 2, §5 L65).", example = "Liège")
        @Size(max = Limits.MAX_COMMUNE_LENGTH) String asylumSeekerRegistrationCommune) {
}
