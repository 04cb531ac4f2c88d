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
    return new ResolvedParameters(d, v, d.isAfter(LocalDate.of(2025,2,1)), LocalDate.of(2025,2,1));
  }
  private static ParameterValue p(String n, String v) { return new ParameterValue(n, new BigDecimal(v), "x", LocalDate.of(2002,10,1), ParameterStatus.C, "stub", new LegalReference("a","b"), null); }
}
