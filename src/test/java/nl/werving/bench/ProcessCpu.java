package nl.werving.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user and system) that processes of this machine have used, read from Linux's {@code /proc}: one process
 * by its pid, and the PostgreSQL server's processes together when the server runs on this machine. The intake
 * benchmark reads it before and after each turn to tell how much work a side did per application, whatever the
 * machine's speed at the time.
 */
final class ProcessCpu {

    private static final Path PROC = Path.of("/proc");

    private final double millisPerTick;

    private ProcessCpu(long ticksPerSecond) {
        this.millisPerTick = 1000.0 / ticksPerSecond;
    }

    /** The reader for this machine, or {@code null} when it has no {@code /proc} (not Linux). */
    static ProcessCpu onThisMachine() {
        if (!Files.isReadable(PROC.resolve("self").resolve("stat"))) {
            return null;
        }
        return new ProcessCpu(ticksPerSecond());
    }

    /** CPU milliseconds of Werving's JVM, the benchmark's own JVM and PostgreSQL: so far, or between two readings. */
    record Reading(double werving, double benchmark, double postgres) {

        static final Reading NONE = new Reading(0, 0, 0);

        Reading minus(Reading earlier) {
            return new Reading(werving - earlier.werving, benchmark - earlier.benchmark, postgres - earlier.postgres);
        }

        Reading plus(Reading other) {
            return new Reading(werving + other.werving, benchmark + other.benchmark, postgres + other.postgres);
        }
    }

    /** What Werving's JVM (by its pid), this JVM and PostgreSQL have used so far. */
    Reading read(long wervingPid) {
        return new Reading(millis(wervingPid), millis(ProcessHandle.current().pid()), postgresMillis());
    }

    /** The CPU milliseconds the process has used so far. */
    double millis(long pid) {
        return ticks(PROC.resolve(Long.toString(pid))) * millisPerTick;
    }

    /**
     * The CPU milliseconds PostgreSQL's processes on this machine have used so far: the running ones' own, and the
     * ended ones' that their parent, the server's main process, has collected (a connection pool retires its
     * connections now and then, and their processes end); {@code NaN} when no PostgreSQL runs here.
     */
    double postgresMillis() {
        long ticks = 0;
        boolean found = false;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                String name = read(process.resolve("comm"));
                if (name != null && name.strip().startsWith("postgres")) {
                    String stat = read(process.resolve("stat"));
                    ticks += stat == null ? 0 : ticksWithEndedChildren(stat);
                    found = true;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return found ? ticks * millisPerTick : Double.NaN;
    }

    /** utime + stime of /proc/pid/stat (fields 14 and 15). */
    static long ticks(String stat) {
        return sum(stat, 14, 15);
    }

    /** utime + stime + cutime + cstime (fields 14 to 17): its own CPU and that of its ended children it waited for. */
    static long ticksWithEndedChildren(String stat) {
        return sum(stat, 14, 17);
    }

    /** The sum of the numeric fields {@code first} to {@code last} (1-based, as proc(5) numbers them). */
    private static long sum(String stat, int first, int last) {
        // Fields from the third on follow the command name, which is in brackets and may hold spaces and brackets.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long sum = 0;
        for (int field = first; field <= last; field++) {
            sum += Long.parseLong(fields[field - 3]);
        }
        return sum;
    }

    private static long ticks(Path process) {
        String stat = read(process.resolve("stat"));
        return stat == null ? 0 : ticks(stat);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException gone) {
            // the process ended meanwhile
            return null;
        }
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
