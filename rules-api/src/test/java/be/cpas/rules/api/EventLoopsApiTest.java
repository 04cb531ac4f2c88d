package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.netty.channel.MultithreadEventLoopGroup;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;

/**
 * The running service has a third of the cores, rounded up, as event loops (EventLoopsConfigSource), not Quarkus's
 * one per core (at least two).
 */
@QuarkusTest
class EventLoopsApiTest {

    @Inject
    Vertx vertx;

    @Test
    void theServiceRunsAThirdOfTheCoresAsEventLoops() {
        Api.decide(Dossiers.granted()).statusCode(200);
        int cores = Runtime.getRuntime().availableProcessors();
        MultithreadEventLoopGroup loops = (MultithreadEventLoopGroup) ((VertxInternal) vertx).getEventLoopGroup();
        assertThat(loops.executorCount()).isEqualTo((cores + 2) / 3);
        long started = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("vert.x-eventloop-thread-")).count();
        assertThat(started).isBetween(1L, (long) loops.executorCount());
    }
}
