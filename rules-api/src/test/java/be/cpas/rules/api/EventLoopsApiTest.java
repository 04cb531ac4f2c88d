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
 * one per core (at least two), and decides on the cores they leave (DecisionService).
 */
@QuarkusTest
class EventLoopsApiTest {

    @Inject
    Vertx vertx;

    @Inject
    DecisionService decisions;

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

    @Test
    void theRulesRunOnTheCoresTheEventLoopsLeave() {
        int cores = Runtime.getRuntime().availableProcessors();
        // 2 cores: 1 loop, 1 decision thread; 4: 2 and 2; 8: 3 and 5; 1: 1 and 1.
        assertThat(decisions.decisionThreads()).isEqualTo(Math.max(1, cores - (cores + 2) / 3));
        assertThat(DecisionService.decisionThreadsFor(2, 1)).isEqualTo(1);
        assertThat(DecisionService.decisionThreadsFor(8, 3)).isEqualTo(5);
        assertThat(DecisionService.decisionThreadsFor(1, 1)).isEqualTo(1);
    }
}
