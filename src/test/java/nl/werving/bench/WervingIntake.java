package nl.werving.bench;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import nl.werving.cv.CvFixtures;
import nl.werving.reliability.NodeFixtures;

/**
 * Intake through Werving's HTTP API: {@code clients} threads, each with its own connection ({@link IntakeClient}),
 * submit applications as multipart requests (the application JSON and a small two-page PDF CV) until {@code count}
 * were accepted; then waits until every hiring process waits at its first human task or external wait. Candidates
 * are numbered from {@code first}, so a measured run after a warm-up has candidates of its own.
 */
final class WervingIntake {

    /** The CV every application sends: a two-page PDF. */
    static final byte[] CV = CvFixtures.pdf();

    private WervingIntake() {
    }

    static IntakeResult run(int port, UUID vacancy, int first, int count, int clients, Connection sql,
            String namePrefix) throws Exception {
        int before = (int) Await.number(sql, "select count(*) from application");
        long start = System.nanoTime();
        Latencies latencies = Clients.run(count, clients, () -> new IntakeClient(port, "cv.pdf", CV), (client, i) -> {
            IntakeClient.Answer answer = client.submit(
                    NodeFixtures.application(vacancy, namePrefix + " Candidate " + (first + i)));
            if (answer.status() != 201) {
                throw new IllegalStateException("Application " + (first + i) + " got " + answer.status() + ": "
                        + answer.body());
            }
        });
        Await.until("every application waits at its first human task or external wait", Duration.ofMinutes(30),
                () -> Await.allWaiting(sql, before + count));
        return new IntakeResult(count, (System.nanoTime() - start) / 1e9, latencies);
    }
}
