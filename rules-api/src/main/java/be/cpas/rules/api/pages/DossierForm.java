package be.cpas.rules.api.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import be.cpas.rules.model.Category;
import be.cpas.rules.model.CohabitantCounting;
import be.cpas.rules.model.MaritalStatus;
import be.cpas.rules.model.Periodicity;
import be.cpas.rules.model.PreviousSituation;
import be.cpas.rules.model.PropertyKind;
import be.cpas.rules.model.Relation;
import be.cpas.rules.model.ResourceType;
import be.cpas.rules.model.StayStatus;
import be.cpas.rules.model.UnavailabilityReason;

import static be.cpas.rules.api.pages.FieldSpec.choice;
import static be.cpas.rules.api.pages.FieldSpec.date;
import static be.cpas.rules.api.pages.FieldSpec.decimal;
import static be.cpas.rules.api.pages.FieldSpec.integer;
import static be.cpas.rules.api.pages.FieldSpec.text;
import static be.cpas.rules.api.pages.FieldSpec.yesNo;

/**
 * The simulator's form: which inputs there are, and how the submitted texts become the JSON of a
 * {@link be.cpas.rules.model.Dossier}. Input names are the JSON paths of the dossier
 * ({@code household[0].resources[1].netAmount}), so the dossier reader's errors and the decision's
 * facts to verify point back to an input. A blank input is an unknown fact: it is left out, never
 * defaulted. Lists have a fixed number of rows; empty rows are skipped; whether a list is known
 * (possibly empty: "lives alone", "no resources") or unknown is asked separately.
 */
final class DossierForm {

    static final int APPLICANT_RESOURCE_ROWS = 3;
    static final int MEMBER_ROWS = 3;
    static final int MEMBER_RESOURCE_ROWS = 2;
    static final int PROPERTY_ROWS = 2;

    /** Value of a list's "known" select when the list is unknown (any other value: the rows below, maybe none). */
    static final String UNKNOWN = "unknown";
    static final String YES = "true";

    private static final List<FieldSpec> REQUEST = List.of(date("requestDate").asRequired());
    private static final List<FieldSpec> APPLICANT = List.of(
            date("applicant.birthDate"), choice("applicant.stayStatus", StayStatus.class), date("applicant.staySince"),
            yesNo("applicant.rightOfStayOverThreeMonths"), choice("applicant.maritalStatus", MaritalStatus.class),
            yesNo("applicant.emancipatedByMarriage"), yesNo("applicant.pregnant"), integer("applicant.childrenInCharge"),
            yesNo("applicant.extendedMinority"), integer("applicant.childrenWithFamilyAllowances"),
            yesNo("applicant.studies.fullTime"), yesNo("applicant.studies.piisSigned"), date("applicant.studies.piisStart"),
            date("applicant.studies.piisEnd"), yesNo("applicant.studies.studyGrant"));
    private static final List<FieldSpec> RESIDENCE = List.of(
            yesNo("residence.habitualResidenceInBelgium"), integer("residence.daysAbroadThisYear"), yesNo("residence.homeless"),
            yesNo("residence.temporarilyHosted"), yesNo("residence.piisToLeaveHomelessness"));
    private static final List<FieldSpec> WORK = List.of(
            yesNo("workAvailability.available"), choice("workAvailability.reason", UnavailabilityReason.class),
            yesNo("workAvailability.reasonAcceptedByCpas"));
    private static final List<FieldSpec> OTHER_RIGHTS = List.of(
            yesNo("otherRights.allBenefitsClaimed"), yesNo("otherRights.maintenanceClaimRequired"),
            yesNo("otherRights.maintenanceClaimed"));
    private static final List<FieldSpec> RESOURCE = List.of(
            choice("type", ResourceType.class), decimal("netAmount"), choice("periodicity", Periodicity.class), date("startDate"),
            yesNo("startedWhileOnRis"), integer("exemptionMonthsUsed"), yesNo("shortageOccupation"),
            integer("shortageOccupationMonthsUsed"));
    private static final List<FieldSpec> MEMBER_RESOURCE = List.of(
            choice("type", ResourceType.class), decimal("netAmount"), choice("periodicity", Periodicity.class));
    private static final List<FieldSpec> MEMBER = List.of(
            choice("relation", Relation.class), date("birthDate"), yesNo("married"), yesNo("inApplicantCharge"),
            yesNo("sharedCustody"), yesNo("settlesHouseholdMattersInCommon"));
    private static final List<FieldSpec> CAPITAL = List.of(decimal("capital.movableCapital"));
    private static final List<FieldSpec> PROPERTY = List.of(choice("kind", PropertyKind.class), decimal("cadastralIncome"));
    private static final List<FieldSpec> CHOICES = List.of(
            choice("cpasChoices.parentsAndAdultChildren", CohabitantCounting.class), decimal("cpasChoices.fraction"),
            yesNo("legalAssumptions.generalExemptionStacksWithArt35"));
    private static final List<FieldSpec> PREMIUM = List.of(
            yesNo("installationPremium.dwellingFound"), yesNo("installationPremium.dwellingIsTransitHousing"),
            yesNo("installationPremium.mainResidence"), choice("installationPremium.previousSituation", PreviousSituation.class),
            yesNo("installationPremium.receivesRis"), yesNo("installationPremium.receivesReplacementIncome"),
            yesNo("installationPremium.receivesEris"), decimal("installationPremium.monthlyIncome"),
            choice("installationPremium.category", Category.class), yesNo("installationPremium.premiumReceivedBefore"),
            yesNo("installationPremium.settlingWithAnotherHomelessPerson"), date("installationPremium.movingInDate"));
    private static final List<FieldSpec> COMPETENCE = List.of(
            text("competence.habitualResidenceCommune"), yesNo("competence.inEstablishment"),
            text("competence.mainResidenceCommuneAtAdmission"), text("competence.registrationCommuneAtRequest"),
            text("competence.communeWhereHomelessPersonIs"), text("competence.referenceAddressCommune"),
            text("competence.asylumSeekerAssignedPlaceCommune"));
    private static final List<FieldSpec> PROCEDURE = List.of(date("procedure.decisionDate"), date("procedure.notificationDate"));
    private static final List<FieldSpec> PIIS = List.of(
            yesNo("piis.integrationRightInPreviousThreeMonths"), yesNo("piis.waived"),
            choice("piis.waiverReason", UnavailabilityReason.class));
    /** Not facts of the dossier: what the decision letter needs and the engine does not know. */
    static final List<FieldSpec> LETTER = List.of(
            text("letter.cpasName"), text("letter.cpasAddress"), text("letter.fileReference"), text("letter.contactPerson"),
            text("letter.contactDetails"), text("letter.applicantName"), text("letter.applicantAddress"),
            text("letter.tribunal"));

    private static final List<FieldSpec> KNOWN_LISTS = List.of(
            choice("resources.known", ListKnowledge.class), choice("household.known", ListKnowledge.class),
            choice("properties.known", ListKnowledge.class));
    private static final List<FieldSpec> ASKED = List.of(
            choice("installationPremium.asked", Asked.class), choice("competence.asked", Asked.class));

    /** Whether a list of the dossier is given (the rows, possibly none) or unknown. */
    enum ListKnowledge { LISTED, UNKNOWN }

    /** Whether an optional part of the decision (premium, competent CPAS) is asked. */
    enum Asked { NO, YES }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final Map<String, String> values;
    /** JSON list prefix → form prefix, e.g. household[0] → household[2] when the first two rows were empty. */
    private final Map<String, String> jsonToForm = new LinkedHashMap<>();

    DossierForm(Map<String, String> values) {
        this.values = values;
    }

    String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value.strip();
    }

    /** The dossier as JSON for the dossier reader, exactly as typed: checking it is the reader's job. */
    ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.putObject("applicant");
        for (List<FieldSpec> section : List.of(REQUEST, APPLICANT, RESIDENCE, WORK, OTHER_RIGHTS, CAPITAL, CHOICES, PROCEDURE, PIIS)) {
            fill(root, "", section);
        }
        if (!UNKNOWN.equalsIgnoreCase(value("resources.known"))) {
            root.set("resources", rows(json, "resources", APPLICANT_RESOURCE_ROWS, RESOURCE, null));
        }
        if (!UNKNOWN.equalsIgnoreCase(value("household.known"))) {
            root.set("household", rows(json, "household", MEMBER_ROWS, MEMBER, "resources"));
        }
        if (!UNKNOWN.equalsIgnoreCase(value("properties.known"))) {
            root.set("properties", rows(json, "properties", PROPERTY_ROWS, PROPERTY, null));
        }
        if (Asked.YES.name().equalsIgnoreCase(value("installationPremium.asked"))) {
            root.putObject("installationPremium");
            fill(root, "", PREMIUM);
        }
        if (Asked.YES.name().equalsIgnoreCase(value("competence.asked"))) {
            root.putObject("competence");
            fill(root, "", COMPETENCE);
        }
        return root;
    }

    private ArrayNode rows(JsonNodeFactory json, String list, int slots, List<FieldSpec> fields, String nested) {
        ArrayNode array = json.arrayNode();
        for (int slot = 0; slot < slots; slot++) {
            String formPrefix = list + "[" + slot + "].";
            ObjectNode row = json.objectNode();
            fill(row, formPrefix, fields);
            ArrayNode nestedRows = null;
            if (nested != null) {
                nestedRows = rows(json, formPrefix + nested, MEMBER_RESOURCE_ROWS, MEMBER_RESOURCE, null);
                // The member's own resources: listed (maybe none) unless said unknown.
                if (!UNKNOWN.equalsIgnoreCase(value(formPrefix + nested + ".known"))) {
                    row.set(nested, nestedRows);
                }
            }
            boolean empty = row.isEmpty() || (row.size() == 1 && nestedRows != null && nestedRows.isEmpty() && row.has(nested));
            if (!empty) {
                String jsonPrefix = list + "[" + array.size() + "]";
                // Nested lists were named after the form slot; rename them to the JSON index of this row.
                Map<String, String> renamed = new LinkedHashMap<>();
                jsonToForm.forEach((key, form) -> renamed.put(key.startsWith(formPrefix) ? jsonPrefix + "." + key.substring(formPrefix.length()) : key, form));
                jsonToForm.clear();
                jsonToForm.putAll(renamed);
                jsonToForm.put(jsonPrefix, list + "[" + slot + "]");
                array.add(row);
            } else if (nested != null) {
                jsonToForm.keySet().removeIf(key -> key.startsWith(formPrefix));
            }
        }
        return array;
    }

    private void fill(ObjectNode target, String formPrefix, List<FieldSpec> fields) {
        for (FieldSpec field : fields) {
            String text = value(formPrefix + field.path());
            if (!text.isEmpty()) {
                put(target, field.path(), typed(field.kind(), text));
            }
        }
    }

    private static JsonNode typed(FieldKind kind, String text) {
        return switch (kind) {
            case INTEGER -> WHOLE_NUMBER.matcher(text).matches() ? IntNode.valueOf(Integer.parseInt(text)) : TextNode.valueOf(text);
            case BOOLEAN -> "true".equals(text) || "false".equals(text) ? BooleanNode.valueOf(Boolean.parseBoolean(text)) : TextNode.valueOf(text);
            case DECIMAL -> {
                // Belgian writing: 1 200,50 or 1.200,50 or 1200.50.
                String compact = text.replaceAll("[\\s\u00a0\u202f']", "");
                if (compact.contains(",")) {
                    compact = compact.replace(".", "").replace(',', '.');
                }
                yield TextNode.valueOf(DECIMAL_NUMBER.matcher(compact).matches() ? compact : text);
            }
            default -> TextNode.valueOf(text);
        };
    }

    private static void put(ObjectNode target, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        ObjectNode node = target;
        for (int i = 0; i < segments.length - 1; i++) {
            JsonNode child = node.get(segments[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(segments[i]);
        }
        node.set(segments[segments.length - 1], value);
    }

    /** A path of the dossier's JSON (an error, a fact to verify) as the name of the form input it came from. */
    String formPathOf(String jsonPath) {
        String best = null;
        for (String prefix : jsonToForm.keySet()) {
            if ((jsonPath.equals(prefix) || jsonPath.startsWith(prefix + ".") || jsonPath.startsWith(prefix + "["))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? jsonPath : jsonToForm.get(best) + jsonPath.substring(best.length());
    }

    /** The id of the input (or the fieldset) nearest to a form path: household[1].birthDate → f-household-1-birthDate. */
    static String anchorOf(String formPath, Set<String> names) {
        String path = formPath;
        while (!path.isEmpty() && !names.contains(path)) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return idOf(path.isEmpty() ? "form" : path);
    }

    static String idOf(String name) {
        return "f-" + name.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    /** The fieldsets of the form, with the values typed and the errors found. */
    List<FormViews.Group> groups(Function<String, String> label, Map<String, String> errors) {
        List<FormViews.Group> groups = new ArrayList<>();
        groups.add(section("request", label, errors, REQUEST));
        groups.add(section("applicant", label, errors, APPLICANT));
        groups.add(section("residence", label, errors, RESIDENCE));
        groups.add(section("workAvailability", label, errors, WORK));
        groups.add(section("otherRights", label, errors, OTHER_RIGHTS));
        groups.add(list("resources", "resource", APPLICANT_RESOURCE_ROWS, RESOURCE, label, errors, null));
        groups.add(list("household", "member", MEMBER_ROWS, MEMBER, label, errors, "resources"));
        groups.add(section("capital", label, errors, CAPITAL));
        groups.add(list("properties", "property", PROPERTY_ROWS, PROPERTY, label, errors, null));
        groups.add(section("cpasChoices", label, errors, CHOICES));
        groups.add(section("installationPremium", label, errors, concat(ASKED.subList(0, 1), PREMIUM)));
        groups.add(section("competence", label, errors, concat(ASKED.subList(1, 2), COMPETENCE)));
        groups.add(section("procedure", label, errors, PROCEDURE));
        groups.add(section("piis", label, errors, PIIS));
        groups.add(section("letter", label, errors, LETTER));
        return groups;
    }

    /** Every input name of the form, to link an error or a fact to verify to the nearest one. */
    static Set<String> names() {
        Set<String> names = new java.util.HashSet<>(List.of("request", "applicant", "residence", "workAvailability", "otherRights",
                "resources", "household", "capital", "properties", "cpasChoices", "installationPremium",
                "competence", "procedure", "piis", "letter"));
        for (List<FieldSpec> section : List.of(REQUEST, APPLICANT, RESIDENCE, WORK, OTHER_RIGHTS, CAPITAL, CHOICES, PREMIUM,
                COMPETENCE, PROCEDURE, PIIS, LETTER, KNOWN_LISTS, ASKED)) {
            section.forEach(f -> names.add(f.path()));
        }
        addRows(names, "resources", APPLICANT_RESOURCE_ROWS, RESOURCE);
        addRows(names, "properties", PROPERTY_ROWS, PROPERTY);
        addRows(names, "household", MEMBER_ROWS, MEMBER);
        for (int member = 0; member < MEMBER_ROWS; member++) {
            String prefix = "household[" + member + "].resources";
            names.add(prefix);
            names.add(prefix + ".known");
            addRows(names, prefix, MEMBER_RESOURCE_ROWS, MEMBER_RESOURCE);
        }
        return names;
    }

    private static void addRows(Set<String> names, String list, int rows, List<FieldSpec> fields) {
        for (int row = 0; row < rows; row++) {
            names.add(list + "[" + row + "]");
            for (FieldSpec field : fields) {
                names.add(list + "[" + row + "]." + field.path());
            }
        }
    }

    private static List<FieldSpec> concat(List<FieldSpec> first, List<FieldSpec> second) {
        List<FieldSpec> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private FormViews.Group section(String id, Function<String, String> label, Map<String, String> errors, List<FieldSpec> fields) {
        return new FormViews.Group(idOf(id), label.apply("section." + id), hint(label, "section." + id + ".hint"),
                fields.stream().map(f -> field(f, f.path(), "field." + f.path(), label, errors)).toList(), List.of());
    }

    private FormViews.Group list(String list, String rowKind, int rows, List<FieldSpec> fields, Function<String, String> label,
            Map<String, String> errors, String nested) {
        List<FormViews.Group> groups = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            String prefix = list + "[" + row + "]";
            List<FormViews.Group> nestedGroups = new ArrayList<>();
            List<FormViews.Field> rowFields = new ArrayList<>(fields.stream()
                    .map(f -> field(f, prefix + "." + f.path(), "field." + rowKind + "." + f.path(), label, errors)).toList());
            if (nested != null) {
                rowFields.add(field(choice(prefix + "." + nested + ".known", ListKnowledge.class), prefix + "." + nested + ".known",
                        "field." + rowKind + ".resources.known", label, errors));
                for (int inner = 0; inner < MEMBER_RESOURCE_ROWS; inner++) {
                    String innerPrefix = prefix + "." + nested + "[" + inner + "]";
                    nestedGroups.add(new FormViews.Group(idOf(innerPrefix),
                            label.apply("row.memberResource") + " " + (inner + 1), "",
                            MEMBER_RESOURCE.stream().map(f -> field(f, innerPrefix + "." + f.path(), "field.resource." + f.path(),
                                    label, errors)).toList(), List.of()));
                }
            }
            groups.add(new FormViews.Group(idOf(prefix), label.apply("row." + rowKind) + " " + (row + 1), "", rowFields, nestedGroups));
        }
        FormViews.Field known = field(choice(list + ".known", ListKnowledge.class), list + ".known", "field.list.known", label, errors);
        return new FormViews.Group(idOf(list), label.apply("section." + list), hint(label, "section." + list + ".hint"),
                List.of(known), groups);
    }

    private static String hint(Function<String, String> label, String key) {
        String text = label.apply(key);
        return text.startsWith("[") ? "" : text;
    }

    private FormViews.Field field(FieldSpec spec, String name, String labelKey, Function<String, String> label,
            Map<String, String> errors) {
        String value = value(name);
        List<FormViews.Option> options = List.of();
        String type = switch (spec.kind()) {
            case DATE -> "date";
            case BOOLEAN, CHOICE -> "select";
            default -> "text";
        };
        if (spec.choicePrefix() != null) {
            options = new ArrayList<>();
            boolean unknownFirst = !spec.choicePrefix().equals("listKnowledge") && !spec.choicePrefix().equals("asked");
            if (unknownFirst) {
                options.add(new FormViews.Option("", label.apply("choice.unknown"), value.isEmpty()));
            }
            for (String choice : spec.choices()) {
                options.add(new FormViews.Option(choice, label.apply(spec.choicePrefix() + "." + choice), choice.equalsIgnoreCase(value)));
            }
        }
        String inputmode = switch (spec.kind()) {
            case INTEGER -> "numeric";
            case DECIMAL -> "decimal";
            default -> "";
        };
        return new FormViews.Field(name, idOf(name), type, label.apply(labelKey), value, errors.getOrDefault(name, ""),
                spec.required(), options, inputmode);
    }
}
