package be.cpas.rules.api.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The landing page (what the service is, with links to the pages, the API docs and health) and the packs placeholder. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LandingResource {

    @Inject
    Template index;

    @Inject
    Template packs;

    @GET
    @Operation(hidden = true)
    public TemplateInstance landing(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return page(index, "home", lang, headers);
    }

    @GET
    @Path("packs")
    @Operation(hidden = true)
    public TemplateInstance packs(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return page(packs, "packs", lang, headers);
    }

    private static TemplateInstance page(Template template, String name, String lang, HttpHeaders headers) {
        String language = PageLanguage.choose(lang, headers);
        return template.data("t", PageTexts.of(language)).data("lang", language).data("page", name);
    }
}
