package be.cpas.rules.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.cpas.rules.kb.batch.DossierLineReader;
import be.cpas.rules.kb.impact.ImpactAnalysis;
import be.cpas.rules.kb.impact.ImpactReport;
import be.cpas.rules.kb.impact.ImpactSide;
import be.cpas.rules.kb.impact.ImpactTotals;

/**
 * Impact jobs of the service: one runs at a time, a few wait ({@code cpas.impact.max-waiting}), more are refused
 * before their caseload is read: a job takes its place when its upload starts, so an upload is never copied to disk only
 * to be turned away.
 * The caseload and the reports live on disk, in {@code cpas.impact.directory} (default: {@code impact-jobs/} in the
 * pack store, else a temporary folder), never in memory; the last {@code cpas.impact.kept-results} finished jobs
 * are kept. A job's state is in memory: after a restart the reports stay on disk but the jobs are forgotten.
 */
@ApplicationScoped
public class ImpactJobs {

    private static final Logger LOG = Logger.getLogger(ImpactJobs.class);

    /** Where a job is. */
    public enum JobState {
        WAITING, RUNNING, DONE, FAILED
    }

    /** One job: its sides, its progress, where its reports are. */
    public static final class Job {
        private final String id;
        private final ImpactReport.Side baseline;
        private final ImpactReport.Side alternative;
        private final long totalLines;
        private final Path directory;
        private final Instant createdAt = Instant.now();
        private final AtomicLong linesRead = new AtomicLong();
        private volatile JobState state = JobState.WAITING;
        private volatile Instant finishedAt;
        private volatile ImpactTotals totals;

        Job(String id, ImpactReport.Side baseline, ImpactReport.Side alternative, long totalLines, Path directory) {
            this.id = id;
            this.baseline = baseline;
            this.alternative = alternative;
            this.totalLines = totalLines;
            this.directory = directory;
        }

        public String id() {
            return id;
        }

        public ImpactReport.Side baseline() {
            return baseline;
        }

        public ImpactReport.Side alternative() {
            return alternative;
        }

        public long totalLines() {
            return totalLines;
        }

        public long linesRead() {
            return linesRead.get();
        }

        public JobState state() {
            return state;
        }

        public Instant createdAt() {
            return createdAt;
        }

        public Instant finishedAt() {
            return finishedAt;
        }

        /** The totals once done. */
        public ImpactTotals totals() {
            return totals;
        }

        /** The report in a format, once done. */
        public Path report(ImpactReport.Format format) {
            return directory.resolve(switch (format) {
                case JSON -> "impact.json";
                case CSV -> "impact.csv";
                case SUMMARY -> "impact.md";
            });
        }

        Path caseload() {
            return directory.resolve("caseload.jsonl");
        }
    }

    /** More jobs than may wait. */
    public static final class BusyException extends RuntimeException {
        BusyException() {
            super("impact jobs: too many waiting", null, false, false);
        }
    }

    @Inject
    RulesEngineHolder holder;

    @ConfigProperty(name = "cpas.impact.directory")
    Optional<String> configuredDirectory;

    @ConfigProperty(name = "cpas.impact.max-waiting", defaultValue = "2")
    int maxWaiting;

    @ConfigProperty(name = "cpas.impact.kept-results", defaultValue = "20")
    int keptResults;

    /** Threads deciding for the running job; the rest of the machine keeps answering decisions. */
    @ConfigProperty(name = "cpas.impact.threads", defaultValue = "2")
    int threads;

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private ThreadPoolExecutor runner;
    /** The running job, those waiting and those still uploading: one place each. */
    private Semaphore places;
    private Path root;

    /** One running and the waiting ones. */
    private int placeCount() {
        return 1 + Math.max(1, maxWaiting);
    }

    private synchronized Semaphore places() {
        if (places == null) {
            places = new Semaphore(placeCount());
        }
        return places;
    }

    private synchronized ThreadPoolExecutor runner() {
        if (runner == null) {
            runner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(placeCount()), task -> {
                Thread thread = new Thread(task, "cpas-impact-job");
                thread.setDaemon(true);
                return thread;
            });
        }
        return runner;
    }

    private synchronized Path root() throws IOException {
        if (root == null) {
            Optional<Path> chosen = configuredDirectory.map(Path::of)
                    .or(() -> holder.packs().map(packs -> packs.store().root().resolve("impact-jobs")));
            root = chosen.isPresent() ? Files.createDirectories(chosen.get()) : Files.createTempDirectory("cpas-impact-jobs");
        }
        return root;
    }

    /**
     * Takes a place for the job, then writes the caseload to the job's folder and queues the job.
     *
     * @throws BusyException when every place is taken (a job running, as many waiting or uploading as may), before
     *         anything of the caseload is read
     */
    public Job start(ImpactSide baseline, ImpactSide alternative, CaseloadCopy caseload, DossierLineReader reader)
            throws IOException {
        if (!places().tryAcquire()) {
            throw new BusyException();
        }
        String id = UUID.randomUUID().toString();
        Path directory = null;
        try {
            directory = jobFolder(id);
            long lines = caseload.to(directory.resolve("caseload.jsonl"));
            Job job = new Job(id, ImpactReport.Side.of(baseline), ImpactReport.Side.of(alternative), lines, directory);
            ImpactAnalysis analysis = new ImpactAnalysis(baseline, alternative, reader, threads, 64 * threads);
            synchronized (this) {
                // The queue holds as many jobs as there are places (a finished job frees its place just before its
                // thread is free), so it always takes this one.
                runner().execute(() -> run(job, analysis));
                jobs.put(id, job);
                forgetOldest();
            }
            return job;
        } catch (IOException | RuntimeException e) {
            places().release();
            if (directory != null) {
                delete(directory);
            }
            throw e;
        }
    }

    /** A new job's folder; a disk that cannot take it is the storage's failure (503), as for the caseload itself. */
    private Path jobFolder(String id) {
        try {
            return Files.createDirectories(root().resolve(id));
        } catch (IOException e) {
            throw new CaseloadBodies.StorageUnavailableException(e);
        }
    }

    /** Writes the caseload to a file and says how many lines it has. */
    @FunctionalInterface
    public interface CaseloadCopy {
        long to(Path file) throws IOException;
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, ImpactAnalysis analysis) {
        job.state = JobState.RUNNING;
        // A byte that is not UTF-8 becomes U+FFFD in its line rather than stopping the job (a strict decoder would).
        try (Reader in = new InputStreamReader(Files.newInputStream(job.caseload()), StandardCharsets.UTF_8);
             BufferedWriter json = Files.newBufferedWriter(job.report(ImpactReport.Format.JSON), StandardCharsets.UTF_8);
             BufferedWriter csv = Files.newBufferedWriter(job.report(ImpactReport.Format.CSV), StandardCharsets.UTF_8);
             BufferedWriter summary = Files.newBufferedWriter(job.report(ImpactReport.Format.SUMMARY), StandardCharsets.UTF_8)) {
            job.totals = ImpactReport.write(analysis, in, json, csv, summary, job.linesRead::set);
            job.linesRead.set(job.totals.lines());
            job.state = JobState.DONE;
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Impact job %s failed: %s", job.id, e.getClass().getSimpleName());
            job.state = JobState.FAILED;
        } finally {
            places().release();
            job.finishedAt = Instant.now();
            try {
                Files.deleteIfExists(job.caseload());  // personal data: kept no longer than needed
            } catch (IOException e) {
                LOG.warnf("Impact job %s: caseload not deleted", job.id);
            }
        }
    }

    /** Keeps the last finished jobs (and every waiting or running one). */
    private void forgetOldest() {
        List<Job> finished = new ArrayList<>(jobs.values().stream()
                .filter(j -> j.state == JobState.DONE || j.state == JobState.FAILED).toList());
        finished.sort(Comparator.comparing(Job::createdAt));
        for (int i = 0; i < finished.size() - keptResults; i++) {
            jobs.remove(finished.get(i).id);
            delete(finished.get(i).directory);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (runner != null) {
            runner.shutdownNow();
        }
    }
}
