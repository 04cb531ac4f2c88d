package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "MET; NOT_MET; TO_VERIFY: a fact is missing or needs the CPAS's judgement.")
public enum Outcome {
    MET,
    NOT_MET,
    TO_VERIFY
}
