package be.cpas.rules.kb.facts;

import java.math.BigDecimal;
import java.util.List;

import be.cpas.rules.model.LegalReference;

/**
 * One line of the calculation sheet. Lines are shown in increasing {@code order}:
 * 100 category amount; 200+i the applicant's resource i; 300 art 35 exemptions; 400 capital and
 * property; 500+i cohabitant i, 590 parents and adult children; 600 general exemption;
 * 700 total counted; 800 yearly RIS; 900 monthly RIS; 950 the first month (per month); 960 the days suspended abroad
 * (per month). The lines from 200 to 699 add up to the total counted. From 10 000 on: the lines of the maintenance-aid
 * section (art. 68quinquies LO), not of the RIS sheet.
 *
 * @param amount     euro per year (the monthly RIS line: per month); positive adds, negative deducts
 * @param args       values for the label {@code line.CODE}, in the order of its placeholders
 */
public record CalculationStep(int order, String code, BigDecimal amount, LegalReference legalReference,
                              List<Object> args) {

    public static final int CATEGORY_AMOUNT = 100;
    public static final int RESOURCES = 200;
    public static final int ART35_EXEMPTIONS = 300;
    public static final int CAPITAL_AND_PROPERTY = 400;
    public static final int COHABITANTS = 500;
    public static final int GENERAL_EXEMPTION = 600;
    public static final int TOTAL_COUNTED = 700;
    public static final int RIS_YEARLY = 800;
    public static final int RIS_MONTHLY = 900;
    /** The first month, from the day of the request (art 21, §5 L): per month. */
    public static final int FIRST_MONTH = 950;
    /** The amount suspended for days abroad (art. 23, §5 L): per month, negative. */
    public static final int ABROAD_SUSPENSION = 960;
    /** The maintenance aid, one line per month paid (art. 68quinquies LO): per month. */
    public static final int MAINTENANCE_AID = 10_000;

}
