package be.cpas.rules.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes the OpenAPI document fit for client generators without touching the resource and model classes:
 * one tag per area of the API, {@code required} on the fields every answer carries, a description of each
 * enum value ({@code x-enum-descriptions}, read by openapi-generator), and no type beside a reference. Runs at build time, so the
 * document stored in target/openapi (from which the client is generated) is the one served.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiDocumentFilter implements OASFilter {

    static final String ENUM_DESCRIPTIONS = "x-enum-descriptions";
    private static final String ENUM_VALUES_FILE = "/openapi/enum-values.properties";
    private static final String LOCAL_DATE = "LocalDate";
    private static final String LOCAL_DATE_REF = "#/components/schemas/" + LOCAL_DATE;

    /** Area tags, by the first path segment after the version. */
    static final Map<String, Tag> AREAS = Map.of(
            "decisions", tag("Decisions", "Decide a dossier: the RIS conditions, route, category and amount; the installation premium, "
                    + "the competent CPAS and the deadlines."),
            "conditions", tag("Conditions", "Reference data: the conditions of the RIS with their legal references."),
            "admin", tag("Packs", "Rule packs: validate and store a pack archive, list and show the stored packs, activate one, roll back; "
                    + "impact jobs: how a change decides a caseload."),
            "simulations", tag("Simulations", "What-if: a dossier decided with parameter values in place of the law's; never a legal decision."));

    /** The fields present in every answer (the engine never leaves them out), by schema. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("Decision", List.of("requestDate", "rulesVersion", "language", "verdict", "route", "conditions",
                    "factsToVerify", "category", "calculationSheet", "parametersUsed", "notices", "deadlines", "factsToVerifyText",
                    "mentions")),
            Map.entry("DecisionMention", List.of("code", "text", "legalReference")),
            Map.entry("RouteResult", List.of("route", "reason", "conditionsNotRequired")),
            Map.entry("ConditionResult", List.of("condition", "outcome", "legalReference", "reasons", "missingFacts",
                    "missingFactsText")),
            Map.entry("CategoryResult", List.of("outcome", "reasons", "missingFacts", "missingFactsText")),
            Map.entry("Reason", List.of("code", "message")),
            Map.entry("Amount", List.of("yearly", "monthly")),
            Map.entry("CalculationLine", List.of("step", "code", "label")),
            Map.entry("ParameterUse", List.of("name", "value", "effectiveFrom", "status")),
            Map.entry("Notice", List.of("code", "message")),
            Map.entry("LegalReference", List.of("instrument", "article")),
            Map.entry("ConditionDescription", List.of("condition", "title", "legalReference")),
            Map.entry("SimulationResult", List.of("simulation", "decision")),
            Map.entry("Simulation", List.of("legalDecision", "statement", "rulesVersion", "overrides")),
            Map.entry("ParameterChange", List.of("parameter", "from", "value")));

    /** The HTTP Basic scheme Quarkus declares (quarkus.smallrye-openapi.security-scheme-name) for @RolesAllowed operations. */
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        tagByArea(openAPI);
        describeAccess(openAPI);
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().removeSchema(LOCAL_DATE);
        Properties enumValues = enumValueDescriptions();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            markRequired(name, schema);
            describeEnumValues(name, schema, enumValues);
        });
    }

    /**
     * A reference already names its type: a type beside it makes generators warn and drop it. Dates are written
     * in place (string, format date): a component named LocalDate clashes with the generated code's own type.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (LOCAL_DATE_REF.equals(schema.getRef())) {
            schema.setRef(null);
            schema.setType(new ArrayList<>(List.of(Schema.SchemaType.STRING)));
            schema.setFormat("date");
        } else if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

    private static void tagByArea(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Tag> used = new LinkedHashMap<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Tag area = AREAS.get(area(path.getKey()));
            for (Operation operation : path.getValue().getOperations().values()) {
                if (area != null) {
                    operation.setTags(new ArrayList<>(List.of(area.getName())));
                }
                if (operation.getTags() != null) {
                    operation.getTags().forEach(name -> used.putIfAbsent(name, tagNamed(openAPI, name)));
                }
            }
        }
        openAPI.setTags(new ArrayList<>(used.values()));
    }

    /**
     * An operation with a role: the roles in its description, the OIDC bearer token as an alternative to the embedded
     * users (same roles), and its 401 and 403 answers as problems.
     */
    private static void describeAccess(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null) {
            return;
        }
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token from the municipality's OIDC identity provider (quarkus.oidc.*); its role claim "
                        + "gives analyst or admin (docs/deploy.md)."));
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                List<String> roles = operation.getSecurity() == null ? List.of() : operation.getSecurity().stream()
                        .filter(requirement -> requirement.hasScheme(BASIC))
                        .flatMap(requirement -> requirement.getScheme(BASIC).stream()).distinct().toList();
                if (roles.isEmpty()) {
                    continue;
                }
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER, new ArrayList<>(roles)));
                String needs = "Role: " + String.join(" or ", roles) + ".";
                operation.setDescription(operation.getDescription() == null ? needs : needs + " " + operation.getDescription());
                operation.getResponses().addAPIResponse("401", problem("Not signed in, or the credentials are not accepted "
                        + "(WWW-Authenticate gives the ways to sign in)."));
                operation.getResponses().addAPIResponse("403", problem("Signed in without the role the operation needs "
                        + "(forbidden), or nobody can sign in on this service (access-off: no embedded password, no OIDC)."));
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    /** "/v1/decisions" gives "decisions". */
    private static String area(String path) {
        String[] segments = path.replaceFirst("^/", "").split("/");
        return segments.length > 1 ? segments[1] : segments[0];
    }

    private static Tag tagNamed(OpenAPI openAPI, String name) {
        return AREAS.values().stream().filter(t -> t.getName().equals(name)).findFirst()
                .or(() -> openAPI.getTags() == null ? java.util.Optional.empty()
                        : openAPI.getTags().stream().filter(t -> name.equals(t.getName())).findFirst())
                .orElseGet(() -> OASFactory.createTag().name(name));
    }

    private static void markRequired(String name, Schema schema) {
        List<String> required = REQUIRED.get(name);
        if (required == null || schema.getProperties() == null) {
            return;
        }
        List<String> present = required.stream().filter(schema.getProperties()::containsKey).toList();
        schema.setRequired(new ArrayList<>(present));
    }

    private static void describeEnumValues(String name, Schema schema, Properties descriptions) {
        if (schema.getEnumeration() == null) {
            return;
        }
        List<String> perValue = new ArrayList<>();
        for (Object value : schema.getEnumeration()) {
            perValue.add(descriptions.getProperty(name + "." + value, ""));
        }
        schema.addExtension(ENUM_DESCRIPTIONS, perValue);
    }

    private static Properties enumValueDescriptions() {
        Properties properties = new Properties();
        try (InputStream in = OpenApiDocumentFilter.class.getResourceAsStream(ENUM_VALUES_FILE)) {
            if (in == null) {
                throw new IllegalStateException(ENUM_VALUES_FILE + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Tag tag(String name, String description) {
        return OASFactory.createTag().name(name).description(description);
    }
}
