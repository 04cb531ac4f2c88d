package be.cpas.rules.kb.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DifferenceDistributionTest {

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        DifferenceDistribution distribution = new DifferenceDistribution();
        for (String value : new String[] {"36.32", "-3.10", "1.00", "12.05"}) {
            distribution.add(new BigDecimal(value));
        }

        DifferenceDistribution.Summary summary = distribution.summary();

        // sorted: -3.10, 1.00, 12.05, 36.32; median (1.00 + 12.05) / 2 = 6.525 -> 6.53
        assertThat(summary.median()).isEqualByComparingTo("6.53");
        assertThat(summary.medianExact()).isTrue();
        assertThat(summary.min()).isEqualByComparingTo("-3.10");
        assertThat(summary.max()).isEqualByComparingTo("36.32");
        assertThat(summary.buckets()).filteredOn(b -> b.count() > 0)
                .extracting(b -> b.from() + ".." + b.to() + ":" + b.count())
                .containsExactly("-5..0:1", "0..5:1", "10..20:1", "20..50:1");
        assertThat(summary.medianBucket().from()).isEqualByComparingTo("0");
    }

    @Test
    void tooManyDistinctValuesLeaveOnlyTheBucketOfTheMedian() {
        DifferenceDistribution distribution = new DifferenceDistribution();
        int count = DifferenceDistribution.MAX_DISTINCT + 1;
        for (int cents = 1; cents <= count; cents++) {
            distribution.add(BigDecimal.valueOf(cents, 2));
        }

        DifferenceDistribution.Summary summary = distribution.summary();

        // 0.01 .. 1 000.01: the middle value, 500.01, is in the bucket from 500
        assertThat(summary.medianExact()).isFalse();
        assertThat(summary.median()).isNull();
        assertThat(summary.medianBucket().from()).isEqualByComparingTo("500");
        assertThat(summary.max()).isEqualByComparingTo("1000.01");
        assertThat(summary.count()).isEqualTo(count);
    }
}
