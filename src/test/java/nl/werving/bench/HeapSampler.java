package nl.werving.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap another JVM uses, read once a second by one {@code jstat -gc <pid> 1000} for the whole measurement (the
 * JDK's own tool, no agent in the measured process). jstat reads the counters the measured JVM publishes in shared
 * memory, so a sample costs next to nothing; starting a tool for each sample would not (a {@code jcmd} takes about
 * 0.3 s of CPU, which once a second is a seventh of two cores, taken from the measured side only). Keeps the highest
 * figure seen: survivor, eden and old generation in use, garbage not yet collected included, so it is an upper bound
 * of what the work needs.
 */
final class HeapSampler implements AutoCloseable {

    private static final List<String> USED_COLUMNS = List.of("S0U", "S1U", "EU", "OU");

    private final Process jstat;
    private final Thread reader;
    private final AtomicLong maxUsedKib = new AtomicLong();

    private HeapSampler(long pid) {
        try {
            jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    Long.toString(pid), "1000").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start jstat", e);
        }
        reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    static HeapSampler start(long pid) {
        return new HeapSampler(pid);
    }

    /** The most heap in use at any sample, in MiB. */
    double maxUsedMib() {
        if (maxUsedKib.get() == 0) {
            throw new IllegalStateException("jstat gave no heap figures");
        }
        return maxUsedKib.get() / 1024.0;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                List<String> fields = List.of(line.strip().split("\\s+"));
                if (fields.contains("EU")) {
                    header = fields;
                } else if (header != null && fields.size() == header.size()) {
                    maxUsedKib.accumulateAndGet(usedKib(header, fields), Math::max);
                }
            }
        } catch (IOException | NumberFormatException stopped) {
            // jstat ended (the sampler was closed, or the JVM it watched went away): the figure so far stands.
        }
    }

    private static long usedKib(List<String> header, List<String> fields) {
        double used = 0;
        for (String column : USED_COLUMNS) {
            // In some locales jstat writes a decimal comma.
            used += Double.parseDouble(fields.get(header.indexOf(column)).replace(',', '.'));
        }
        return Math.round(used);
    }

    @Override
    public void close() {
        jstat.destroy();
        try {
            jstat.waitFor(5, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
