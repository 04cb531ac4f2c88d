package be.cpas.rules.kb.amounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import be.cpas.rules.model.Decision;

/** Throwaway: dumps decisions and provenance of every scenario to compare before/after (not committed). */
class ProvenanceDumpTest {
    @Test
    void dump() throws Exception {
        List<String> out = new ArrayList<>();
        for (Path file : ScenarioTest.files().toList()) {
            Decision d = AmountFixture.ENGINE.decide(ScenarioTest.read(file).dossier());
            out.add("## " + file.getFileName());
            out.add("verdict " + d.verdict() + " route " + d.route().route() + " category " + d.category().category() + "/" + d.category().outcome()
                    + " amount " + (d.amount() == null ? null : d.amount().yearly() + "/" + d.amount().monthly()));
            d.conditions().forEach(c -> out.add("condition " + c.condition() + " " + c.outcome() + " " + c.missingFacts()
                    + " " + c.reasons().stream().map(r -> r.code()).toList()));
            out.add("factsToVerify " + d.factsToVerify());
            d.calculationSheet().forEach(l -> out.add("line " + l.step() + " " + l.code() + " " + l.amount() + " params " + l.parameters()));
            out.add("parametersUsed " + d.parametersUsed().stream().map(p -> p.name()).toList());
            out.add("notices " + d.notices().stream().map(n -> n.code()).toList());
        }
        Files.write(Path.of(System.getProperty("dump.to", "/tmp/i8/prov.txt")), out);
    }
}
