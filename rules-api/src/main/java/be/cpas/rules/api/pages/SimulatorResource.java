package be.cpas.rules.api.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;

import be.cpas.rules.api.ApiMessages;
import be.cpas.rules.api.DecisionService;
import be.cpas.rules.api.EngineNotReadyException;
import be.cpas.rules.api.InvalidRequestException;
import be.cpas.rules.api.RulesEngineHolder;
import be.cpas.rules.api.Violation;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.DecisionTimeoutException;
import be.cpas.rules.kb.parameters.DateOutOfRangeException;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The simulator for social workers: a form for the whole dossier, the decision as a person reads it, and
 * the decision letter. The form's dossier goes through the same reader and engine as POST /v1/decisions,
 * so the page and the API give the same decision; a bad input is shown at its field, never as a 500.
 */
@Path("/simulator")
@Produces(MediaType.TEXT_HTML)
public class SimulatorResource {

    private static final Set<String> NAMES = DossierForm.names();

    @Inject
    Template simulator;

    @Inject
    Template letter;

    @Inject
    DecisionService decisions;

    @Inject
    RulesEngineHolder holder;

    @Inject
    ActiveKnowledgeBase knowledgeBase;

    @Inject
    ObjectMapper mapper;

    @Context
    Providers providers;

    @GET
    @Operation(hidden = true)
    public TemplateInstance empty(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = PageLanguage.choose(lang, headers);
        return page(simulator, new DossierForm(Map.of()), language, Map.of(), null).data("submitted", false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return evaluate(simulator, form, headers);
    }

    @POST
    @Path("/letter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response letter(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return evaluate(letter, form, headers);
    }

    private Response evaluate(Template template, MultivaluedMap<String, String> submitted, HttpHeaders headers) {
        Map<String, String> values = new HashMap<>();
        (submitted == null ? new MultivaluedHashMap<String, String>() : submitted)
                .forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        String language = PageLanguage.choose(values.get("lang"), headers);
        DossierForm form = new DossierForm(values);
        Map<String, String> errors = new LinkedHashMap<>();
        Decision decision = null;
        int status = 200;
        if ("edit".equals(values.get("mode"))) {
            // The language switch of a form not yet submitted: the same values in another language, no decision yet.
            return Response.ok(page(template, form, language, errors, null).data("submitted", false))
                    .header(HttpHeaders.CONTENT_LANGUAGE, language).build();
        }
        try {
            Dossier dossier = read(form);
            decision = decisions.decide(dossier, language, false).await().indefinitely();  // bounded by the decision time limit
        } catch (InvalidRequestException invalid) {
            for (Violation violation : invalid.violations()) {
                errors.merge(fieldName(form.formPathOf(violation.field())),
                        ApiMessages.text(language, violation.key(), violation.args()), (a, b) -> a + " ; " + b);
            }
            status = 400;
        } catch (DateOutOfRangeException tooEarly) {
            errors.put("requestDate", ApiMessages.text(language, "field.dateOutOfRange"));
            status = 422;
        } catch (EngineNotReadyException | DecisionTimeoutException unavailable) {
            status = 503;
        }
        TemplateInstance page = page(template, form, language, errors, decision)
                .data("submitted", true)
                .data("notReady", status == 503);
        return Response.status(status).entity(page).header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }

    @SuppressWarnings("unchecked")
    private Dossier read(DossierForm form) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(form.toJson());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        MessageBodyReader<Dossier> reader = providers.getMessageBodyReader(Dossier.class, Dossier.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE);
        try {
            return reader.readFrom(Dossier.class, Dossier.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                    new MultivaluedHashMap<>(), new ByteArrayInputStream(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The input an error belongs to: the nearest named input up the path, or the whole form. */
    private static String fieldName(String formPath) {
        String path = formPath;
        while (!path.isEmpty() && !NAMES.contains(path)) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return path.isEmpty() ? "form" : path;
    }

    private TemplateInstance page(Template template, DossierForm form, String language, Map<String, String> errors,
            Decision decision) {
        PageTexts texts = PageTexts.of(language);
        RulesEngine engine = holder.engine().orElse(null);
        Messages messages = knowledgeBase.messages();
        java.util.function.Function<String, String> label = key -> labelOf(key, texts, messages, language);
        List<FormViews.Group> groups = form.groups(label, errors);
        Map<String, String> labels = new HashMap<>();
        collectLabels(groups, "", labels);
        List<FormViews.Error> summary = new ArrayList<>();
        errors.forEach((name, message) -> {
            String anchor = DossierForm.anchorOf(name, NAMES);
            summary.add(new FormViews.Error(anchor, labels.getOrDefault(anchor, texts.get("form.whole")), message));
        });
        DecisionView view = decision == null || engine == null ? null
                : DecisionView.of(decision, texts, engine.messages(), engine.conditions(Locale.forLanguageTag(language)), path -> {
                    String anchor = DossierForm.anchorOf(form.formPathOf(path), NAMES);
                    return new DecisionView.FactLink(anchor, labels.getOrDefault(anchor, texts.get("form.whole")));
                });
        Map<String, String> letterValues = new HashMap<>();
        DossierForm.LETTER.forEach(f -> letterValues.put(f.path().substring("letter.".length()), form.value(f.path())));
        return template.data("t", texts)
                .data("lang", language)
                .data("page", "simulator")
                .data("groups", groups)
                .data("errors", summary)
                .data("decision", view)
                .data("letter", letterValues)
                .data("notReady", false);
    }

    /** Labels of the page first; enum values the engine already names (resource types, relations, categories) from the engine. */
    private static String labelOf(String key, PageTexts texts, Messages messages, String language) {
        if (texts.has(key)) {
            return texts.get(key);
        }
        if (messages.has(language, key) || messages.has(Messages.DEFAULT_LANGUAGE, key)) {
            return messages.text(language, key, List.of());
        }
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** Every input's label, prefixed with its row (a household member, a resource) so that it reads alone. */
    private static void collectLabels(List<FormViews.Group> groups, String prefix, Map<String, String> labels) {
        for (FormViews.Group group : groups) {
            String context = prefix.isEmpty() ? group.legend() : prefix + " › " + group.legend();
            labels.put(group.id(), context);
            for (FormViews.Field field : group.fields()) {
                labels.put(field.id(), context + " › " + field.label());
            }
            collectLabels(group.groups(), context, labels);
        }
    }
}
