package be.cpas.rules.api.pages;

/** How a form field is typed in and how its text goes into the dossier's JSON. */
enum FieldKind {
    /** yyyy-MM-dd, sent as text: the dossier reader checks it. */
    DATE,
    /** A whole number; anything else is sent as text so that the reader names the field. */
    INTEGER,
    /** Euro (or a fraction): "1 200,50" and "1200.50" are both read; sent as text, the reader checks it. */
    DECIMAL,
    /** Unknown / yes / no. */
    BOOLEAN,
    /** Unknown / one of the enum's values. */
    CHOICE,
    /** Free text (communes). */
    TEXT
}
