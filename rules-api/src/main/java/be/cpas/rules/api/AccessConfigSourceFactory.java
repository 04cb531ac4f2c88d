package be.cpas.rules.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Turns the few access settings an operator fills in into Quarkus security configuration, so that nothing secret
 * is written in application.properties and an unset setting leaves its mechanism off:
 * <ul>
 * <li>{@code cpas.admin-password} (CPAS_ADMIN_PASSWORD), {@code cpas.analyst-password} (CPAS_ANALYST_PASSWORD): the
 * embedded users {@code admin} and {@code analyst}, with their role, for a local try over HTTP Basic;</li>
 * <li>{@code quarkus.oidc.auth-server-url}: its presence turns the OIDC tenant on (production).</li>
 * </ul>
 * The values given here sit just above application.properties: an environment variable or a system property for the
 * same Quarkus key still wins.
 */
public class AccessConfigSourceFactory implements ConfigSourceFactory {

    static final String EMBEDDED_USERS = "quarkus.security.users.embedded.users.";
    static final String EMBEDDED_ROLES = "quarkus.security.users.embedded.roles.";
    static final String OIDC_SERVER = "quarkus.oidc.auth-server-url";
    static final String OIDC_ENABLED = "quarkus.oidc.tenant-enabled";
    /** Above application.properties in the jar (250), below the environment (300). */
    private static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> properties = new HashMap<>();
        for (String role : List.of(Roles.ADMIN, Roles.ANALYST)) {
            value(context, passwordKey(role)).ifPresent(password -> {
                properties.put(EMBEDDED_USERS + role, password);
                properties.put(EMBEDDED_ROLES + role, role);
            });
        }
        value(context, OIDC_SERVER).ifPresent(server -> properties.put(OIDC_ENABLED, "true"));
        return List.of(new PropertiesConfigSource(properties, "cpas-rules access settings", ORDINAL));
    }

    static String passwordKey(String role) {
        return "cpas." + role + "-password";
    }

    private static java.util.Optional<String> value(ConfigSourceContext context, String key) {
        ConfigValue value = context.getValue(key);
        return value == null || value.getValue() == null || value.getValue().isBlank()
                ? java.util.Optional.empty() : java.util.Optional.of(value.getValue());
    }
}
