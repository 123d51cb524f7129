package nl.werving.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap another JVM uses, read once a second with {@code jcmd <pid> GC.heap_info} (the JDK's own tool, no agent in
 * the measured process). Keeps the highest figure seen: heap in use including garbage not yet collected, so it is
 * an upper bound of what the work needs.
 */
final class HeapSampler implements AutoCloseable {

    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final long pid;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong maxUsedKib = new AtomicLong();

    private HeapSampler(long pid) {
        this.pid = pid;
    }

    static HeapSampler start(long pid) {
        HeapSampler sampler = new HeapSampler(pid);
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, 1, TimeUnit.SECONDS);
        return sampler;
    }

    /** The most heap in use at any sample, in MiB. */
    double maxUsedMib() {
        return maxUsedKib.get() / 1024.0;
    }

    private void sample() {
        long used = usedKib(pid);
        if (used >= 0) {
            maxUsedKib.accumulateAndGet(used, Math::max);
        }
    }

    private static long usedKib(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            Matcher used = USED.matcher(output);
            return used.find() ? Long.parseLong(used.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
