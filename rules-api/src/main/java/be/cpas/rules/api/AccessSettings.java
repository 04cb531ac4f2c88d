package be.cpas.rules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which identities the service can check: embedded users (a password is set for admin or analyst) and OIDC bearer
 * tokens (the tenant is on). Neither: nobody can sign in, and the analyst and admin operations say they are off.
 */
@ApplicationScoped
public class AccessSettings {

    @ConfigProperty(name = "cpas.admin-password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "cpas.analyst-password")
    Optional<String> analystPassword;

    @ConfigProperty(name = AccessConfigSourceFactory.OIDC_ENABLED, defaultValue = "false")
    boolean oidcEnabled;

    @ConfigProperty(name = "quarkus.security.users.embedded.realm-name", defaultValue = "Quarkus")
    String realm;

    boolean embeddedUsers() {
        return adminPassword.filter(p -> !p.isBlank()).isPresent() || analystPassword.filter(p -> !p.isBlank()).isPresent();
    }

    /** Whether anybody can sign in at all. */
    public boolean on() {
        return embeddedUsers() || oidcEnabled;
    }

    /** The WWW-Authenticate challenges of a 401: one per way of signing in that is on. */
    List<String> challenges() {
        List<String> challenges = new ArrayList<>();
        if (embeddedUsers()) {
            challenges.add("Basic realm=\"" + realm + "\"");
        }
        if (oidcEnabled) {
            challenges.add("Bearer");
        }
        return challenges;
    }
}
