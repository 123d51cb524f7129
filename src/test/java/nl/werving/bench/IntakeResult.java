package nl.werving.bench;

/**
 * One intake run: {@code count} applications submitted by concurrent clients, {@code seconds} from the first
 * submission until every one waited at its first human task or external wait, and the latency of each submission.
 */
record IntakeResult(int count, double seconds, Latencies latencies) {

    double perSecond() {
        return count / seconds;
    }
}
