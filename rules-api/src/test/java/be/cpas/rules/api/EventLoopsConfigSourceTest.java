package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The HTTP event loops default to a third of the cores, rounded up; an operator's setting wins. */
class EventLoopsConfigSourceTest {

    @Test
    void a_third_of_the_cores_rounded_up() {
        assertThat(EventLoopsConfigSource.eventLoopsFor(1)).isEqualTo(1);
        assertThat(EventLoopsConfigSource.eventLoopsFor(2)).isEqualTo(1);
        assertThat(EventLoopsConfigSource.eventLoopsFor(3)).isEqualTo(1);
        assertThat(EventLoopsConfigSource.eventLoopsFor(4)).isEqualTo(2);
        assertThat(EventLoopsConfigSource.eventLoopsFor(6)).isEqualTo(2);
        assertThat(EventLoopsConfigSource.eventLoopsFor(8)).isEqualTo(3);
        assertThat(EventLoopsConfigSource.eventLoopsFor(16)).isEqualTo(6);
    }

    @Test
    void the_machine_default_when_nothing_else_sets_it() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new EventLoopsConfigSource()).build();
        assertThat(config.getValue(EventLoopsConfigSource.EVENT_LOOPS, Integer.class))
                .isEqualTo(EventLoopsConfigSource.eventLoopsFor(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void application_properties_and_the_environment_win() {
        for (int ordinal : new int[] {250, 300}) {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withSources(new EventLoopsConfigSource())
                    .withSources(new PropertiesConfigSource(Map.of(EventLoopsConfigSource.EVENT_LOOPS, "7"), "operator", ordinal))
                    .build();
            assertThat(config.getValue(EventLoopsConfigSource.EVENT_LOOPS, Integer.class)).isEqualTo(7);
        }
    }
}
