package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The access settings an operator fills in become Quarkus security settings; unset ones leave their mechanism off. */
class AccessConfigSourceFactoryTest {

    private static SmallRyeConfig config(Map<String, String> settings) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(AccessConfigSourceFactory.OIDC_ENABLED, "false"), "application.properties", 250))
                .withSources(new PropertiesConfigSource(settings, "environment", 300))
                .withSources(new AccessConfigSourceFactory())
                .build();
    }

    @Test
    void a_password_creates_its_user_with_its_role() {
        SmallRyeConfig config = config(Map.of("cpas.admin-password", "s3cret"));
        assertThat(config.getOptionalValue(AccessConfigSourceFactory.EMBEDDED_USERS + "admin", String.class)).contains("s3cret");
        assertThat(config.getOptionalValue(AccessConfigSourceFactory.EMBEDDED_ROLES + "admin", String.class)).contains("admin");
        assertThat(config.getOptionalValue(AccessConfigSourceFactory.EMBEDDED_USERS + "analyst", String.class)).isEmpty();
        assertThat(config.getValue(AccessConfigSourceFactory.OIDC_ENABLED, Boolean.class)).isFalse();
    }

    @Test
    void a_blank_password_creates_no_user() {
        SmallRyeConfig config = config(Map.of("cpas.admin-password", " ", "cpas.analyst-password", ""));
        assertThat(config.getOptionalValue(AccessConfigSourceFactory.EMBEDDED_USERS + "admin", String.class)).isEmpty();
        assertThat(config.getOptionalValue(AccessConfigSourceFactory.EMBEDDED_USERS + "analyst", String.class)).isEmpty();
    }

    @Test
    void the_oidc_issuer_turns_oidc_on_over_the_packaged_default() {
        SmallRyeConfig config = config(Map.of("quarkus.oidc.auth-server-url", "https://idp.example.be/realms/cpas"));
        assertThat(config.getValue(AccessConfigSourceFactory.OIDC_ENABLED, Boolean.class)).isTrue();
    }
}
