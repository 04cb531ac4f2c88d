package be.cpas.rules.kb.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distribution of the monthly differences of the dossiers whose amount changed, in bounded memory: counts in
 * fixed euro buckets, the exact minimum and maximum, and the median. The median is exact as long as the
 * differences take at most {@value #MAX_DISTINCT} distinct values (an indexation gives a few hundred); beyond, the
 * distinct values are dropped and only the bucket holding the median is known.
 */
public final class DifferenceDistribution {

    static final int MAX_DISTINCT = 100_000;
    /** Bucket edges in euros a month: each bucket is [edge, next edge), plus one below the first and one from the last. */
    static final List<BigDecimal> EDGES = List.of(-500, -200, -100, -50, -20, -10, -5, 0, 5, 10, 20, 50, 100, 200, 500)
            .stream().map(BigDecimal::valueOf).toList();

    /** One bucket: from (inclusive, null: no bound) to (exclusive, null: no bound). */
    public record Bucket(BigDecimal from, BigDecimal to, long count) {
    }

    /** What the report shows; the median is null when only its bucket is known ({@code medianBucket}). */
    public record Summary(long count, BigDecimal min, BigDecimal median, boolean medianExact, Bucket medianBucket,
            BigDecimal max, List<Bucket> buckets) {
    }

    private final long[] counts = new long[EDGES.size() + 1];
    private TreeMap<BigDecimal, Long> distinct = new TreeMap<>();
    private long count;
    private BigDecimal min;
    private BigDecimal max;

    void add(BigDecimal difference) {
        count++;
        counts[bucketOf(difference)]++;
        min = min == null || difference.compareTo(min) < 0 ? difference : min;
        max = max == null || difference.compareTo(max) > 0 ? difference : max;
        if (distinct != null) {
            distinct.merge(difference.stripTrailingZeros(), 1L, Long::sum);
            if (distinct.size() > MAX_DISTINCT) {
                distinct = null;
            }
        }
    }

    Summary summary() {
        List<Bucket> buckets = new ArrayList<>();
        Bucket medianBucket = null;
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            Bucket bucket = new Bucket(i == 0 ? null : EDGES.get(i - 1), i == EDGES.size() ? null : EDGES.get(i), counts[i]);
            buckets.add(bucket);
            seen += counts[i];
            if (medianBucket == null && count > 0 && seen * 2 >= count) {
                medianBucket = bucket;
            }
        }
        return new Summary(count, min, median(), distinct != null, medianBucket, max, buckets);
    }

    /** The middle value, or the mean of the two middle ones, rounded half-up to the cent. */
    private BigDecimal median() {
        if (distinct == null || count == 0) {
            return null;
        }
        long lowerRank = (count + 1) / 2;  // 1-based ranks of the middle value(s)
        long upperRank = count / 2 + 1;
        BigDecimal lower = null;
        BigDecimal upper = null;
        long seen = 0;
        for (Map.Entry<BigDecimal, Long> value : distinct.entrySet()) {
            seen += value.getValue();
            if (lower == null && seen >= lowerRank) {
                lower = value.getKey();
            }
            if (seen >= upperRank) {
                upper = value.getKey();
                break;
            }
        }
        return lower.add(upper).divide(BigDecimal.valueOf(2)).setScale(2, RoundingMode.HALF_UP);
    }

    private static int bucketOf(BigDecimal difference) {
        int bucket = 0;
        while (bucket < EDGES.size() && difference.compareTo(EDGES.get(bucket)) >= 0) {
            bucket++;
        }
        return bucket;
    }
}
