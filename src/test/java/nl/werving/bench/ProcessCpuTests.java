package nl.werving.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

class ProcessCpuTests {

    /** A /proc/pid/stat line, spaces and brackets in its command name; utime 1234, stime 56, cutime 70, cstime 8. */
    private static final String STAT = "4711 (java (main) x) S 1 4711 4711 0 -1 4194560 9000 0 3 0 1234 56 70 8 20 0 "
            + "42 0 12345 3000000000 50000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

    @Test
    void userAndSystemTimeAreReadAfterTheCommandNameWhateverItHolds() {
        assertThat(ProcessCpu.ticks(STAT)).isEqualTo(1234 + 56);
        assertThat(ProcessCpu.ticksWithEndedChildren(STAT) - ProcessCpu.ticks(STAT)).isEqualTo(70 + 8);
    }

    @Test
    void aBusyProcessIsSeenUsingCpu() {
        ProcessCpu cpu = ProcessCpu.onThisMachine();
        assumeTrue(cpu != null, "a machine with /proc");
        long pid = ProcessHandle.current().pid();
        double before = cpu.millis(pid);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + 300_000_000L;
        double sum = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            sum += Math.sqrt(sum + 1);
        }

        assertThat(sum).isPositive();
        // this thread alone used 300 ms of CPU; /proc counts in ticks of 10 ms
        assertThat(cpu.millis(pid) - before).isGreaterThanOrEqualTo(280);
    }
}
