package be.cpas.rules.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error answer as RFC 9457 (problem details for HTTP APIs) defines it, with the bad fields. */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json. Titles, details and field messages follow Accept-Language (fr, nl, de; French by default).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Identifies the kind of problem (a URN, stable).", example = "urn:cpas-rules:problem:invalid-request")
        String type,
        @Schema(description = "Short summary of the kind of problem, in the language asked.", example = "Requête invalide")
        String title,
        @Schema(description = "The HTTP status code.", example = "400")
        int status,
        @Schema(description = "What went wrong in this request, in the language asked.")
        String detail,
        @Schema(description = "Identifies this occurrence; quote it when asking for support (it is logged with the error).", example = "urn:uuid:5b8c1f0e-7f5a-4a53-9d3e-0c1b2a3d4e5f")
        String instance,
        @Schema(description = "Each bad field (400, 422): its path in the request body and what is wrong with it.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One bad field of the request.")
    public record FieldError(
            @Schema(description = "Path of the field in the JSON body, as 'applicant.birthDate' or 'resources[0].netAmount'; '$' is the body itself.", example = "applicant.birthDate")
            String field,
            @Schema(description = "What is wrong, in the language asked.", example = "date impossible ou mal formée : format attendu AAAA-MM-JJ")
            String message) {
    }
}
