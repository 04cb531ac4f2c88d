package be.cpas.rules.api.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.microprofile.openapi.annotations.Operation;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.parameters.ParameterCatalogue;
import be.cpas.rules.kb.parameters.ParameterDefinition;
import be.cpas.rules.kb.parameters.ParameterEntry;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * The legislation explorer: every dated parameter with its timeline (table and chart), every rule file
 * with its header and its rules' names, and the open questions, all read from the knowledge base of the
 * ACTIVE engine, so a service started on a working copy (cpas.kb.directory) shows that copy's edits.
 */
@Path("/explorer")
@Produces(MediaType.TEXT_HTML)
public class ExplorerResource {

    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final String OPEN_QUESTIONS = "parameters/OPEN_QUESTIONS.md";
    private static final List<String> RIS_CATEGORIES = List.of("ris.amount.category_1", "ris.amount.category_2", "ris.amount.category_3");
    /** Dark enough for 3:1 against white (WCAG non-text contrast), and told apart by the legend too. */
    private static final List<String> COLOURS = List.of("#1f5fa8", "#b3261e", "#2e7d32");

    @Inject
    Template explorer;

    @Inject
    ActiveKnowledgeBase knowledgeBase;

    @TemplateData
    public record EntryView(String from, String value, String monthly, String status, String source, String secondary,
            String note) {
    }

    @TemplateData
    public record ParameterView(String name, String anchor, String description, String unit, String reference, boolean indexed,
                                List<EntryView> entries, String chart) {
    }

    @TemplateData
    public record ParameterGroup(String name, List<ParameterView> parameters) {
    }

    @TemplateData
    public record RuleFileView(String file, String anchor, String header, List<String> rules) {
    }

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = PageLanguage.choose(lang, headers);
        PageTexts texts = PageTexts.of(language);
        Optional<RulesEngine> engine = knowledgeBase.engine();
        var page = explorer.data("t", texts).data("lang", language).data("page", "explorer").data("ready", engine.isPresent());
        if (engine.isEmpty()) {
            return Response.status(503).entity(page).header("Retry-After", "5").build();
        }
        ParameterCatalogue catalogue = engine.get().parameters();
        KbSource files = knowledgeBase.files();
        LocalDate until = catalogue.lastKnownChange().plusYears(1);
        Map<String, List<ParameterView>> byGroup = new TreeMap<>();
        for (ParameterDefinition definition : catalogue.definitions()) {
            byGroup.computeIfAbsent(definition.name().split("\\.")[0], g -> new ArrayList<>())
                    .add(parameter(definition, language, texts, until));
        }
        List<ParameterGroup> groups = byGroup.entrySet().stream().map(e -> new ParameterGroup(e.getKey(), e.getValue())).toList();
        return Response.ok(page
                .data("origin", engine.get().origin())
                .data("rulesVersion", engine.get().rulesVersion())
                .data("filesMatch", ActiveKnowledgeBase.matchesEngine(files, engine.get()))
                .data("firstDate", DecisionView.date(catalogue.firstDate()))
                .data("lastKnownChange", DecisionView.date(catalogue.lastKnownChange()))
                .data("risChart", risChart(catalogue, texts, until))
                .data("groups", groups)
                .data("ruleFiles", files.files("rules/", ".drl").stream().map(ExplorerResource::ruleFile).toList())
                .data("openQuestions", openQuestions(files)))
                .header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }

    private static ParameterView parameter(ParameterDefinition definition, String language, PageTexts texts, LocalDate until) {
        List<EntryView> entries = definition.entries().stream().map(e -> entry(definition, e, language, texts)).toList();
        String chart = definition.isFlag() || definition.entries().size() < 2 ? ""
                : TimelineChart.svg(definition.name(), texts.format("explorer.chartDescription", List.of(definition.name())),
                        List.of(series(definition, definition.name(), COLOURS.get(0))), until);
        return new ParameterView(definition.name(), "p-" + definition.name().replace('.', '-'), definition.description(),
                definition.unit(), DecisionView.reference(definition.reference()), definition.indexed(), entries, chart);
    }

    private static EntryView entry(ParameterDefinition definition, ParameterEntry entry, String language, PageTexts texts) {
        String value = definition.isFlag() ? texts.get("yesNo." + (entry.value().signum() != 0))
                : definition.unit().startsWith("EUR") ? Messages.euro(entry.value(), language) : plain(entry.value(), language);
        return new EntryView(DecisionView.date(entry.from()), value,
                entry.publishedMonthly() == null ? "" : Messages.euro(entry.publishedMonthly(), language),
                entry.status().name(), entry.source(), entry.secondary() == null ? "" : entry.secondary(),
                entry.note() == null ? "" : entry.note());
    }

    private static String plain(BigDecimal value, String language) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static TimelineChart.Series series(ParameterDefinition definition, String name, String colour) {
        return new TimelineChart.Series(name, colour, definition.entries().stream().map(ParameterEntry::from).toList(),
                definition.entries().stream().map(ParameterEntry::value).toList());
    }

    private static String risChart(ParameterCatalogue catalogue, PageTexts texts, LocalDate until) {
        List<TimelineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < RIS_CATEGORIES.size(); i++) {
            int index = i;
            catalogue.definition(RIS_CATEGORIES.get(i))
                    .ifPresent(d -> series.add(series(d, texts.get("explorer.category" + (index + 1)), COLOURS.get(index))));
        }
        return series.isEmpty() ? "" : TimelineChart.svg(texts.get("explorer.risChart"), texts.get("explorer.risChartDescription"), series, until);
    }

    /** The leading comment lines of a DRL file (what it decides and its article) and its rules' names. */
    static RuleFileView ruleFile(KbFile file) {
        StringBuilder header = new StringBuilder();
        for (String line : file.content().split("\n")) {
            String stripped = line.strip();
            if (!stripped.startsWith("//")) {
                break;
            }
            header.append(stripped.substring(2).strip()).append(' ');
        }
        List<String> rules = new ArrayList<>();
        Matcher matcher = RULE_NAME.matcher(file.content());
        while (matcher.find()) {
            rules.add(matcher.group(1));
        }
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        return new RuleFileView(name, "r-" + name.replace('.', '-'), header.toString().strip(), rules);
    }

    private static String openQuestions(KbSource files) {
        return files.files(OPEN_QUESTIONS, "").stream().findFirst().map(file -> {
            var extensions = List.of(TablesExtension.create());
            var parser = Parser.builder().extensions(extensions).build();
            return HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build()
                    // The file's own title is the section's heading on the page.
                    .render(parser.parse(file.content().replaceFirst("\\A# [^\n]*\n", "")));
        }).orElse("");
    }
}
