package be.cpas.rules.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The process answers, and is not clogged by decision threads stuck in rule code past their time limit
 * (cpas.decision.max-stuck): those threads cannot be stopped, a restart frees them.
 * A rule pack that fails to build makes the process exit (RulesEngineHolder).
 */
@Liveness
@ApplicationScoped
public class ServiceLiveness implements HealthCheck {

    @Inject
    DecisionService decisions;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("rules-api")
                .status(!decisions.tooManyStuck())
                .withData("stuckDecisions", decisions.stuck())
                .build();
    }
}
