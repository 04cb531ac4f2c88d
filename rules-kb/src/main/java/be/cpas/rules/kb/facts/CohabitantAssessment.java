package be.cpas.rules.kb.facts;

/**
 * How art 34 AR treats one household member's resources.
 *
 * @param inParentsGroup a parent or adult child: counted together with the others of that group ({@link ParentsShare})
 */
public record CohabitantAssessment(int index, boolean inParentsGroup) {
}
