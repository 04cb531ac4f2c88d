package be.cpas.rules.api.pages;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** What the simulator template draws: fieldsets (sections and rows) of labelled inputs. */
final class FormViews {

    private FormViews() {
    }

    /** A fieldset: a section of the dossier, or one row of a list (a household member, a resource). */
    @TemplateData
    public record Group(String id, String legend, String hint, List<Field> fields, List<Group> groups) {
    }

    /** One labelled input; {@code type} is date, number, select or text; {@code error} is empty when valid. */
    @TemplateData
    public record Field(String name, String id, String type, String label, String value, String error, boolean required,
                        List<Option> options, String inputmode) {

        public boolean hasError() {
            return error != null && !error.isEmpty();
        }

        public boolean isSelect() {
            return "select".equals(type);
        }
    }

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** A field-level error for the summary at the top of the form, linked to its input. */
    @TemplateData
    public record Error(String anchor, String label, String message) {
    }
}
