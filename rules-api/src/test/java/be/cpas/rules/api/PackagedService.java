package be.cpas.rules.api;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app) started in its own JVM on a free port, for the integration tests that
 * need its launch options: ready when {@link #start} returns, stopped on {@link #close}.
 */
final class PackagedService implements AutoCloseable {

    private static final Path APPLICATION = Path.of("target/quarkus-app").toAbsolutePath();
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final Process process;
    private final int port;

    private PackagedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code java <options> -jar quarkus-run.jar} from the application's folder, its output in the log. */
    static PackagedService start(List<String> jvmOptions, Path log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", "quarkus-run.jar"));
        Process process = new ProcessBuilder(command).directory(APPLICATION.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedService service = new PackagedService(process, port);
        try {
            service.awaitReady();
        } catch (Exception | AssertionError e) {
            service.close();
            throw e;
        }
        return service;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpURLConnection ready = (HttpURLConnection) URI.create(url("/q/health/ready")).toURL().openConnection();
                if (ready.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the service is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError(process.isAlive() ? "the service was not ready within " + READY_WITHIN
                : "the service stopped with exit code " + process.exitValue());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
