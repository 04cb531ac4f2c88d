package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Civil status. LEGAL_COHABITATION is the Belgian 'cohabitation légale'. Only MARRIED makes a person not 'single' for the minor exceptions of art 7 L.")
public enum MaritalStatus {
    SINGLE,
    MARRIED,
    LEGAL_COHABITATION,
    SEPARATED,
    DIVORCED,
    WIDOWED
}
