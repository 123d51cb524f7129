package nl.werving.bench;

import java.util.concurrent.ConcurrentLinkedQueue;

/** Durations of one kind of operation, collected from any number of threads; percentiles in milliseconds. */
final class Latencies {

    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    void addAll(Latencies other) {
        nanos.addAll(other.nanos);
    }

    /** The p-th percentile (0 < p ≤ 100) by the nearest-rank method, in milliseconds. */
    double percentile(double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }
}
