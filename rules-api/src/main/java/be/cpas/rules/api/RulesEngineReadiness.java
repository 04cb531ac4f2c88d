package be.cpas.rules.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import be.cpas.rules.kb.EngineBuild;

/**
 * Ready only once the rule pack is compiled and verified; the check data carries the rules and engine versions, and how
 * the rules were compiled ({@code compilation}: "build-time executable model" for the bundled pack as the build
 * compiled and verified it, "run-time MVEL" for any other pack).
 */
@Readiness
@ApplicationScoped
public class RulesEngineReadiness implements HealthCheck {

    @Inject
    RulesEngineHolder holder;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rules-engine");
        if (holder.engine().isPresent()) {
            var engine = holder.engine().get();
            response.up()
                    .withData("state", "compiled")
                    .withData("rulesVersion", engine.rulesVersion())
                    .withData("engineVersion", EngineBuild.current())
                    .withData("compilation", engine.compilation().description())
                    .withData("source", holder.sourceName())
                    .withData("languages", String.join(",", engine.languages()));
            holder.buildTime().ifPresent(t -> response.withData("buildMillis", t.toMillis()));
            return response.build();
        }
        return response.down()
                .withData("state", holder.failure().isPresent() ? "failed" : "building")
                .build();
    }
}
