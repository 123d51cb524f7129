package nl.werving.bench;

import java.util.List;

/**
 * One intake run: {@code count} applications submitted by concurrent clients, {@code seconds} from the first
 * submission until every one waited at its first human task or external wait, and the latency of each submission.
 */
record IntakeResult(int count, double seconds, Latencies latencies) {

    double perSecond() {
        return count / seconds;
    }

    /** Several runs of one side as one: their applications, seconds and latencies added up. */
    static IntakeResult together(List<IntakeResult> runs) {
        Latencies latencies = new Latencies();
        runs.forEach(run -> latencies.addAll(run.latencies()));
        return new IntakeResult(runs.stream().mapToInt(IntakeResult::count).sum(),
                runs.stream().mapToDouble(IntakeResult::seconds).sum(), latencies);
    }
}
