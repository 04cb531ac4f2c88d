package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = """
        DECISION_DUE: the CPAS decides by this date (request + 30 days). NOTIFICATION_DUE: the decision is notified by this date
        (decision date, or the decision due date when not decided yet, + 8 days). APPEAL_UNTIL: last day to appeal to the labour
        tribunal (notification + 3 months). APPEAL_WITHOUT_DECISION_FROM: with no decision, an appeal is possible from this date
        (request + 30 + 8 days). FORWARD_IF_INCOMPETENT: an incompetent CPAS forwards the request by this date (request + 5 days).""")
public enum DeadlineKind {
    DECISION_DUE,
    NOTIFICATION_DUE,
    APPEAL_UNTIL,
    APPEAL_WITHOUT_DECISION_FROM,
    FORWARD_IF_INCOMPETENT
}
