package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The CPAS's choice under art 34 §2 AR for parents and adult children living with the applicant. */
@Schema(description = "How far the CPAS counts what parents or adult children living with the applicant have above the cat 1 amount each (art 34 §2 AR): NONE, FULL, or FRACTION (give the fraction).")
public enum CohabitantCounting {
    NONE,
    FULL,
    FRACTION
}
