package be.cpas.rules.kb.parameters;
import java.math.BigDecimal; import java.time.LocalDate; import java.util.*;
import be.cpas.rules.kb.source.KbSource; import be.cpas.rules.model.LegalReference;
// TEMPORARY STUB (not committed)
public class ParameterCatalogue {
  public static ParameterCatalogue load(KbSource s) { return new ParameterCatalogue(); }
  public ResolvedParameters resolveAt(LocalDate d) {
    if (d.isBefore(LocalDate.of(2005,8,1))) throw new DateOutOfRangeException("before 2005-08-01");
    List<ParameterValue> v = new ArrayList<>();
    v.add(p("age.majority", "18")); v.add(p("stay.eu.waiting_months", "3")); v.add(p("residence.abroad.max_days_per_year", "28"));
    v.add(p("stay.subsidiary_protection_in_ris", d.isBefore(LocalDate.of(2016,7,21)) ? "0" : "1"));
    // Premium, competence and deadlines (branch premium): a few rows of FACTS §2, §8 and §9 until the dated files land.
    String[][] ris = { {"2005-08-01", "5004.83", "7507.25", "10009.67"}, {"2008-09-01", "5692.45", "8538.68", "11384.91"},
        {"2013-09-01", "6538.91", "9808.37", "13077.84"}, {"2025-02-01", "10513.60", "15770.41", "21312.87"} };
    String[] row = ris[0];
    for (String[] r : ris) if (!d.isBefore(LocalDate.parse(r[0]))) row = r;
    for (int c = 1; c <= 3; c++) v.add(new ParameterValue("ris.amount.category_" + c, new BigDecimal(row[c]), "EUR/year", LocalDate.parse(row[0]), ParameterStatus.C, "stub", LegalReference.law2002("art. 14, §1"), null));
    v.add(p("premium.income_margin", "0.10")); v.add(p("deadline.decision_days", "30")); v.add(p("deadline.notification_days", "8"));
    v.add(p("deadline.appeal_months", "3")); v.add(p("deadline.forward_days", "5"));
    return new ResolvedParameters(d, v, d.isAfter(LocalDate.of(2025,2,1)), LocalDate.of(2025,2,1));
  }
  private static ParameterValue p(String n, String v) { return new ParameterValue(n, new BigDecimal(v), "x", LocalDate.of(2002,10,1), ParameterStatus.C, "stub", new LegalReference("a","b"), null); }
}
