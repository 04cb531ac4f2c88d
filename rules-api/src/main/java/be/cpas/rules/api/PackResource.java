package be.cpas.rules.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.packs.PackArchive;
import be.cpas.rules.kb.packs.PackStore;
import be.cpas.rules.kb.packs.RulePacks;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Rule packs: upload and validate an archive, list and show the stored packs, activate one, roll back.
 * Validation and activation compile a pack (seconds): they run on worker threads while the active pack answers.
 * Listing, showing and validating need the role analyst (or admin); uploading, activating and rolling back, admin.
 */
@Path("/v1/admin/packs")
@Produces(MediaType.APPLICATION_JSON)
public class PackResource {

    /** What is known of a stored pack, and whether it answers decisions now. */
    public record PackSummary(String rulesVersion, String contentHash, String label, Instant storedAt, boolean active) {
    }

    /** A stored pack with its files and the activation log's lines about it. */
    public record PackDetail(PackSummary pack, List<String> files, List<PackStore.Activation> activations) {
    }

    /** The result of a validation: accepted, or each problem with its file (and line). */
    public record ValidationReport(boolean accepted, String rulesVersion, String contentHash, List<PackVerifier.Problem> problems) {
    }

    private static final String EXAMPLE_VERSION = "3f2a9c01b7de5a4e8c1f0e7f5a4a539d3e0c1b2a3d4e5f60718293a4b5c6d7e8";

    @Inject
    RulesEngineHolder holder;

    @GET
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "The stored packs, oldest first, and which one is active")
    public List<PackSummary> list() {
        RulePacks packs = packs();
        return packs.store().list().stream().map(this::summary).toList();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "One stored pack, by rules version or content hash: its files and activations")
    public PackDetail show(@Parameter(description = "A rules version (as in a decision) or a pack's content hash", example = EXAMPLE_VERSION) @PathParam("version") String version) {
        PackStore store = packs().store();
        PackStore.PackInfo info = store.find(version).orElseThrow(() -> new RulePacks.UnknownPackException(version));
        List<String> files = store.source(info.contentHash()).all().stream().map(KbFile::path).toList();
        List<PackStore.Activation> activations = store.activations().stream()
                .filter(a -> a.contentHash().equals(info.contentHash())).toList();
        return new PackDetail(summary(info), files, activations);
    }

    @POST
    @Path("/validate")
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Consumes({ "application/zip", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Validate a pack archive without storing it",
            description = "A zip of the knowledge-base folders (rules/, parameters/, messages/, scenarios/): compiled, "
                    + "parameters and messages checked, its scenarios run. Compile errors name the file and line.")
    @NonBlocking  // the archive is read in full without a worker thread; the compilation runs on one
    public Uni<Response> validate(byte[] archive, @Context HttpHeaders headers) {
        return onWorker(() -> Response.ok(report(packs().validate(read(archive)))).build());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ "application/zip", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Upload a pack archive: validated, and stored when accepted (not activated)")
    @NonBlocking  // as validate
    public Uni<Response> upload(byte[] archive, @Parameter(description = "A label for people, e.g. the indexation it brings", example = "index step 2026-03-01") @QueryParam("label") String label, @Context HttpHeaders headers) {
        String language = Languages.choose(headers);
        return onWorker(() -> {
            RulePacks.Validation validation = packs().upload(read(archive), label == null || label.isBlank() ? null : label.strip());
            if (!validation.accepted()) {
                return ProblemMappers.packProblems(validation.problems(), language);
            }
            return Response.status(Response.Status.CREATED).entity(report(validation)).build();
        });
    }

    private static Uni<Response> onWorker(Supplier<Response> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Activate a stored pack",
            description = "The pack is compiled and verified while the current one keeps answering, then answers every "
                    + "new decision. A pack that does not verify is never activated.")
    public PackSummary activate(@Parameter(description = "A rules version (as in a decision) or a pack's content hash", example = EXAMPLE_VERSION) @PathParam("version") String version) {
        RulesEngine engine = holder.activate(version);
        return summary(packs().store().find(engine.rulesVersion()).orElseThrow());
    }

    @POST
    @Path("/rollback")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Go back to the pack active before the current one")
    public Response rollback(@Context HttpHeaders headers) {
        Optional<RulesEngine> engine = holder.rollback();
        if (engine.isEmpty()) {
            return ProblemMappers.problem(409, "nothing-to-roll-back", Languages.choose(headers), List.of(), null, null);
        }
        return Response.ok(summary(packs().store().find(engine.get().rulesVersion()).orElseThrow())).build();
    }

    private RulePacks packs() {
        return holder.packs().orElseThrow(PacksOffException::new);
    }

    private static KbSource read(byte[] archive) {
        try {
            return PackArchive.read(archive, "upload");
        } catch (IllegalArgumentException e) {
            throw new RulePacks.PackRefusedException(List.of(new PackVerifier.Problem("archive", e.getMessage())));
        }
    }

    private PackSummary summary(PackStore.PackInfo info) {
        boolean active = holder.engine().map(e -> e.rulesVersion().equals(info.rulesVersion())).orElse(false);
        return new PackSummary(info.rulesVersion(), info.contentHash(), info.label(), info.storedAt(), active);
    }

    private static ValidationReport report(RulePacks.Validation validation) {
        return new ValidationReport(validation.accepted(), validation.rulesVersion(), validation.contentHash(), validation.problems());
    }
}
