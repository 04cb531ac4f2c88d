package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** On what ground an EU citizen or a family member stays in Belgium: decides whether the first three months are waited (art 3, 3° L). */
@Schema(description = """
        Ground of stay of an EU citizen or family member (art 3, 3° of the law of 26 May 2002; art 57quinquies of the organic law of 8 July 1976).
        WORKER: employed worker; SELF_EMPLOYED: self-employed person; KEEPS_WORKER_STATUS: keeps the status of worker or self-employed person
        (e.g. involuntary unemployment, illness); FAMILY_OF_WORKER: family member of such a person; FAMILY_OF_BELGIAN: family member of a Belgian;
        OTHER: any other ground (job seeker, student, self-sufficient person, family member of such a citizen).""")
public enum EuStayGround {
    WORKER,
    SELF_EMPLOYED,
    KEEPS_WORKER_STATUS,
    FAMILY_OF_WORKER,
    FAMILY_OF_BELGIAN,
    OTHER
}
