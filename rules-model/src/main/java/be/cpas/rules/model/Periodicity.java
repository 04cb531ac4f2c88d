package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether an amount is per month (MONTHLY) or per year (YEARLY). Resources are taken on a yearly basis: monthly amounts count x 12.")
public enum Periodicity {
    MONTHLY,
    YEARLY
}
