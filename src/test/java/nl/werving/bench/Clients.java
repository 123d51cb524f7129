package nl.werving.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent clients for intake: each thread takes the next number until {@code count} submissions were made, with a
 * client of its own (an HTTP connection, or nothing), and each submission is timed.
 */
final class Clients {

    /** One numbered submission by a client; throws when it was not accepted. */
    interface Submission<C> {
        void submit(C client, int index) throws Exception;
    }

    private Clients() {
    }

    static <C> Latencies run(int count, int clients, Supplier<C> client, Submission<C> submission) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    C own = client.get();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        submission.submit(own, i);
                        latencies.add(System.nanoTime() - sent);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies;
    }
}
