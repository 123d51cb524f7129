package nl.werving.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werving.candidate.StatusLinks;
import nl.werving.reliability.NodeFixtures;
import nl.werving.support.ExtraDatabase;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import nl.werving.support.WervingNode;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.VacancyRequirements;

/**
 * The scale benchmark ({@code scripts/bench.sh}). On the PostgreSQL server in {@code WERVING_DB_URL} it makes
 * databases of its own and runs Werving from the packaged jar with the JVM options of production
 * ({@link WervingNode#productionJvmOptions()}), then:
 * <ol>
 * <li>intake: applications (JSON + a small PDF CV) by concurrent clients through the HTTP API until each waits at
 * its first human task or external wait, against the bare Camunda engine ({@link BareEngine}) doing the same
 * screening work ({@link SameScreening}) and, for reference, the engine alone, the three taking turns in rounds;
 * heap in use during intake and time to ready;</li>
 * <li>recruiter queries with many open applications: the task list as Tasklist asks for it, and the candidate
 * status page;</li>
 * <li>the audit timeline of one application with at least a million history rows in the database;</li>
 * <li>erasure at scale: applications whose retention ends at the same moment, a small and a large batch, and the
 * cost per application of each.</li>
 * </ol>
 * Applications beyond the intake are copies of real ones ({@link ApplicationCopies}). Sizes come from environment
 * variables (see scripts/bench.sh); it prints a table with each figure, its baseline or target and the ratio.
 */
public final class ScaleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECRUITER = "benchrecruiter";
    private static final String AUDITOR = "benchauditor";
    private static final String RETENTION_TIMER = "Event_RetentionPeriodOver";
    private static final String NAME_PREFIX = "Bench";

    private final int applications = setting("BENCH_APPLICATIONS", 5000);
    private final int warmUp = setting("BENCH_WARM_UP", 2500);
    private final int rounds = setting("BENCH_ROUNDS", 5);
    private final int clients = setting("BENCH_CLIENTS", 8);
    private final int openApplications = setting("BENCH_OPEN_APPLICATIONS", 100_000);
    private final int historyRows = setting("BENCH_HISTORY_ROWS", 1_000_000);
    private final int erasureSmall = setting("BENCH_ERASURE_SMALL", 1000);
    private final int erasureLarge = setting("BENCH_ERASURE_LARGE", 10_000);
    private final int samples = setting("BENCH_SAMPLES", 300);
    private final List<String[]> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new ScaleBenchmark().run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Scale benchmark: JVM %s, %d processors; %d applications (after %d not counted)"
                + " by %d clients in %d rounds, %d open,"
                + " >= %d history rows, erasure %d and %d, %d samples per query%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), applications, warmUp, clients, rounds, openApplications,
                historyRows, erasureSmall, erasureLarge, samples);
        List<String> wervingOptions = WervingNode.productionJvmOptions();
        List<String> ownOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        System.out.printf(Locale.ROOT, "JVM options: Werving %s; the bare engines (this JVM) %s%n",
                String.join(" ", wervingOptions), String.join(" ", ownOptions));
        String clientCompilerOnly = WervingNode.CLIENT_COMPILER_ONLY;
        if (wervingOptions.contains(clientCompilerOnly) != ownOptions.contains(clientCompilerOnly)) {
            throw new IllegalStateException("Werving's node and the bare engines (this JVM) must have the same JIT "
                    + "setting (" + clientCompilerOnly + " or not); run the benchmark through scripts/bench.sh");
        }
        ExtraDatabase database = ExtraDatabase.create("bench");
        ExtraDatabase sameDatabase = ExtraDatabase.create("bench_same");
        ExtraDatabase bareDatabase = ExtraDatabase.create("bench_bare");
        try (Connection sql = database.connect();
                WervingNode node = WervingNode.on("bench", database,
                        // Mails stay queued in the outbox: the bare engine sends none either.
                        Map.of("WERVING_MAIL_POLLING_ENABLED", "false"))) {
            System.out.println("PostgreSQL " + text(sql, "show server_version"));
            long startup = timed(node::start);
            row("start-up, empty database (s)", seconds(startup), "", "", "ready = health UP");
            UUID vacancy = NodeFixtures.openVacancy(node);
            setRequirements(node, vacancy);
            addUser(node, RECRUITER, "recruiters");
            addUser(node, AUDITOR, "auditors");

            // 1 + 5: intake against the bare engine, heap during intake.
            // Not counted: the first applications warm the JVM up (class loading, JIT compilation, pools) and fill
            // the tables PostgreSQL's statistics describe, as on a node that has been running for a while. The bare
            // engines have the same warm-up.
            WervingIntake.run(node.port(), vacancy, 0, warmUp, clients, sql, NAME_PREFIX);
            PlannerStatistics.refresh(sql);
            Map<String, Object> screening = screeningFeatures(sql);
            BaselineScreening variablesOnly = BaselineScreening.engineOnly(screening);
            IntakeResult werving;
            IntakeResult same;
            IntakeResult engineOnly;
            double heapMib;
            ProcessCpu cpu = ProcessCpu.onThisMachine();
            ProcessCpu.Reading wervingCpu;
            ProcessCpu.Reading sameCpu;
            ProcessCpu.Reading aloneCpu;
            try (SameScreening sameScreening = new SameScreening(requirements(node, vacancy), WervingIntake.CV,
                    NAME_PREFIX);
                    BareEngine sameEngine = BareEngine.start(sameDatabase, sameScreening);
                    BareEngine engineAlone = BareEngine.start(bareDatabase, variablesOnly)) {
                for (BareEngine engine : List.of(sameEngine, engineAlone)) {
                    engine.intake(warmUp, clients);
                    engine.refreshStatistics();
                }
                // The three take turns, a batch at a time, so that a machine whose speed drifts during the run (a
                // virtual machine's neighbours) weighs on each alike.
                List<List<IntakeResult>> batches = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                ProcessCpu.Reading[] used = {ProcessCpu.Reading.NONE, ProcessCpu.Reading.NONE, ProcessCpu.Reading.NONE};
                try (HeapSampler heap = HeapSampler.start(node.pid())) {
                    int submitted = 0;
                    for (int round = 0; round < rounds; round++) {
                        int count = applications / rounds + (round < applications % rounds ? 1 : 0);
                        int first = warmUp + submitted;
                        for (int turn = 0; turn < 3; turn++) {
                            int side = (round + turn) % 3;
                            ProcessCpu.Reading before = cpu == null ? null : cpu.read(node.pid());
                            batches.get(side).add(switch (side) {
                                case 0 -> WervingIntake.run(node.port(), vacancy, first, count, clients, sql,
                                        NAME_PREFIX);
                                case 1 -> sameEngine.intake(count, clients);
                                default -> engineAlone.intake(count, clients);
                            });
                            if (cpu != null) {
                                used[side] = used[side].plus(cpu.read(node.pid()).minus(before));
                            }
                        }
                        submitted += count;
                    }
                    heapMib = heap.maxUsedMib();
                }
                wervingCpu = used[0];
                sameCpu = used[1];
                aloneCpu = used[2];
                werving = IntakeResult.together(batches.get(0));
                same = IntakeResult.together(batches.get(1));
                engineOnly = IntakeResult.together(batches.get(2));
                if (!sameScreening.outcomes().equals(Set.of(screening))) {
                    throw new IllegalStateException("The bare engine's screening came to " + sameScreening.outcomes()
                            + ", Werving's to " + screening);
                }
                String wervingWaits = waits(sql);
                System.out.println("Werving: " + wervingWaits + " with " + screening);
                checkWaits(sameDatabase, sameScreening, wervingWaits);
                checkWaits(bareDatabase, variablesOnly, wervingWaits);
            }
            System.out.printf(Locale.ROOT, "Intake in %d rounds: Werving %.1f, the bare engine doing the same"
                    + " screening %.1f, the bare engine alone %.1f applications/s%n", rounds, werving.perSecond(),
                    same.perSecond(), engineOnly.perSecond());
            row("intake throughput (applications/s)", number(werving.perSecond()), number(same.perSecond()),
                    percent(werving.perSecond() / same.perSecond()), ">= 70 % of the bare engine doing the same"
                            + " screening");
            row("intake latency p50 (ms)", number(werving.latencies().p50()), number(same.latencies().p50()),
                    ratio(werving.latencies().p50() / same.latencies().p50()), "");
            row("intake latency p95 (ms)", number(werving.latencies().p95()), number(same.latencies().p95()),
                    ratio(werving.latencies().p95() / same.latencies().p95()), "");
            row("intake throughput against the engine alone (applications/s)", number(werving.perSecond()),
                    number(engineOnly.perSecond()), percent(werving.perSecond() / engineOnly.perSecond()),
                    "for reference: the bare engine with the screening variables set, no screening work");
            if (cpu != null) {
                cpuRows(CpuPerApplication.ofWerving(wervingCpu, werving.count()),
                        CpuPerApplication.ofBareEngine(sameCpu, same.count()),
                        CpuPerApplication.ofBareEngine(aloneCpu, engineOnly.count()));
            }
            row("heap in use during intake, max (MiB)", number(heapMib), "", "", "-Xmx512m");

            // 2: queries with many open applications.
            int intake = warmUp + applications;
            int copies = Math.max(0, (openApplications - intake + intake - 1) / intake);
            node.kill();
            long copying = timed(() -> ApplicationCopies.copy(sql, "select reference from application", copies));
            long open = Await.number(sql, "select count(*) from act_ru_task where task_def_key_ ="
                    + " 'Task_ReviewScreening'") + Await.number(sql, "select count(*) from act_ru_execution where"
                    + " act_id_ = 'Task_WaitForAssessmentResult'");
            System.out.printf(Locale.ROOT, "Copied to %d open applications in %.0f s%n", open, seconds(copying));
            PlannerStatistics.refresh(sql);
            long restart = timed(node::start);
            row("start-up with " + thousands(open) + " open applications (s)", seconds(restart), "", "", "");
            HttpTestClient recruiter = new HttpTestClient(node.port()).as(RECRUITER, TestUsers.PASSWORD);
            String filter = allTasksFilter(recruiter);
            Latencies filterList = measure(() -> recruiter.postJson("/engine-rest/filter/" + filter
                    + "/list?firstResult=0&maxResults=15",
                    "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"));
            row("Tasklist 'All tasks' filter, first page, p95 (ms)", number(filterList.p95()), "100",
                    ratio(filterList.p95() / 100), "<= 100 ms (p50 " + number(filterList.p50()) + ")");
            Latencies groupQuery = measure(() -> recruiter.postJson("/engine-rest/task?firstResult=0&maxResults=15",
                    "{\"candidateGroups\":[\"recruiters\"],\"includeAssignedTasks\":true,"
                            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"));
            row("task query for the recruiter's groups, first page, p95 (ms)", number(groupQuery.p95()), "100",
                    ratio(groupQuery.p95() / 100), "<= 100 ms (p50 " + number(groupQuery.p50()) + ")");
            List<String> references = strings(sql, "select reference from application order by random() limit "
                    + samples);
            StatusLinks links = new StatusLinks(PostgresIntegrationTest.CANDIDATE_LINK_SECRET);
            HttpTestClient candidate = new HttpTestClient(node.port());
            Random random = new Random(7);
            Latencies statusPage = measure(() -> candidate.get("/c/" + links.token(
                    references.get(random.nextInt(references.size())))));
            row("candidate status page, p95 (ms)", number(statusPage.p95()), "50", ratio(statusPage.p95() / 50),
                    "<= 50 ms (p50 " + number(statusPage.p50()) + ")");

            // 4: the audit timeline with a million history rows.
            long history = historyRows(sql);
            if (history < historyRows) {
                throw new IllegalStateException(history + " history rows, fewer than BENCH_HISTORY_ROWS (" + historyRows
                        + "): raise BENCH_OPEN_APPLICATIONS");
            }
            row("history rows in the database", thousands(history), thousands(historyRows), "", "");
            HttpTestClient auditor = new HttpTestClient(node.port()).as(AUDITOR, TestUsers.PASSWORD);
            Latencies timeline = measure(() -> auditor.get("/api/applications/" + references.get(
                    random.nextInt(references.size())) + "/timeline"));
            row("audit timeline of one application, p95 (ms)", number(timeline.p95()), "200",
                    ratio(timeline.p95() / 200), "<= 200 ms (p50 " + number(timeline.p50()) + ")");

            // 3: erasure at scale.
            List<String> ended = endedApplications(node, sql, references.subList(0, 10));
            Erasure small = erase(sql, ended, erasureSmall);
            Erasure large = erase(sql, ended, erasureLarge);
            row("erasure of " + thousands(erasureSmall) + " due at once, until all erased (s)", number(small.seconds()),
                    "", "", "includes the idle job executor's first look (up to 60 s)");
            row("erasure of " + thousands(erasureLarge) + " due at once, until all erased (s)", number(large.seconds()),
                    "", "", "");
            row("erasure cost per application at " + thousands(erasureLarge) + " vs " + thousands(erasureSmall)
                    + ", first to last receipt (ms)", number(large.perApplicationMillis()),
                    number(small.perApplicationMillis()), ratio(large.perApplicationMillis()
                            / small.perApplicationMillis()), "<= 1.3x");
            print();
        } finally {
            dropLater(database);
            dropLater(sameDatabase);
            dropLater(bareDatabase);
        }
    }

    /**
     * Drops a database; when autovacuum still works on it (after millions of rows were copied and deleted) the drop
     * is refused, and scripts/bench.sh drops it with its throw-away role.
     */
    private static void dropLater(ExtraDatabase database) {
        try {
            database.close();
        } catch (IllegalStateException refused) {
            System.out.println("Database " + database.url() + " left for scripts/bench.sh to drop");
        }
    }

    /** Withdraws the applications, waits until each waits for its retention period to end. */
    private static List<String> endedApplications(WervingNode node, Connection sql, List<String> references)
            throws Exception {
        HttpTestClient recruiter = new HttpTestClient(node.port()).as(RECRUITER, TestUsers.PASSWORD);
        for (String reference : references) {
            HttpResponse<String> withdrawn = recruiter.post("/api/applications/" + reference + "/withdrawal",
                    "application/json", "");
            if (withdrawn.statusCode() != 204) {
                throw new IllegalStateException("Withdrawal: " + withdrawn.statusCode() + " " + withdrawn.body());
            }
        }
        String in = "('" + String.join("', '", references) + "')";
        Await.until("the withdrawn applications wait for their retention period", Duration.ofMinutes(5),
                () -> Await.number(sql, "select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ ="
                        + " j.job_def_id_ join act_ru_execution e on e.id_ = j.process_instance_id_ where d.act_id_ = '"
                        + RETENTION_TIMER + "' and e.business_key_ in " + in) == references.size());
        return references;
    }

    /** An erasure run: seconds from due to all erased, and the span from the first to the last receipt. */
    private record Erasure(int count, double seconds, double receiptSpanSeconds) {

        double perApplicationMillis() {
            return receiptSpanSeconds / Math.max(1, count - 1) * 1000;
        }
    }

    /**
     * Copies the ended applications to {@code count}, makes their retention timers due at once and measures the
     * seconds until all of them are erased: an erasure receipt for each, no applicant and no process history left.
     */
    private static Erasure erase(Connection sql, List<String> ended, int count) throws Exception {
        String seeds = "select reference from application where reference in ('" + String.join("', '", ended) + "')";
        List<String> copies = ApplicationCopies.copy(sql, seeds, count / ended.size());
        try (Statement statement = sql.createStatement()) {
            statement.execute("drop table if exists bench_erasure");
            statement.execute("create unlogged table bench_erasure (reference varchar(24) primary key)");
            for (int i = 0; i < copies.size(); i += 1000) {
                statement.execute("insert into bench_erasure values ('" + String.join("'), ('",
                        copies.subList(i, Math.min(copies.size(), i + 1000))) + "')");
            }
        }
        PlannerStatistics.refresh(sql);
        long due = Await.number(sql, "update act_ru_job set duedate_ = now() where job_def_id_ in (select id_ from"
                + " act_ru_jobdef where act_id_ = '" + RETENTION_TIMER + "') and process_instance_id_ in (select id_"
                + " from act_ru_execution where business_key_ in (select reference from bench_erasure))");
        if (due != copies.size()) {
            throw new IllegalStateException(due + " retention timers for " + copies.size() + " applications");
        }
        long start = System.nanoTime();
        Await.until("every copy is erased", Duration.ofMinutes(60), () -> Await.number(sql, "select count(*) from"
                + " erasure_receipt where reference in (select reference from bench_erasure)") == copies.size()
                && Await.number(sql, "select count(*) from act_hi_procinst where business_key_ in (select reference"
                        + " from bench_erasure)") == 0);
        // What erasure keeps is the pseudonymous shell of the application (reference, vacancy, status, dates).
        long left = Await.number(sql, "select count(*) from application where reference in (select reference from"
                + " bench_erasure) and applicant_id is not null");
        if (left != 0) {
            throw new IllegalStateException(left + " copies still have their applicant after their erasure receipt");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double span = Double.parseDouble(text(sql, "select extract(epoch from max(erased_at) - min(erased_at)) from"
                + " erasure_receipt where reference in (select reference from bench_erasure)"));
        return new Erasure(copies.size(), seconds, span);
    }

    private Latencies measure(Supplier<HttpResponse<String>> request) {
        for (int i = 0; i < Math.max(20, samples / 5); i++) {
            check(request.get());
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = request.get();
            latencies.add(System.nanoTime() - start);
            check(response);
        }
        return latencies;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** The bare engine's instances must wait where Werving's do. */
    private static void checkWaits(ExtraDatabase database, BaselineScreening baseline, String wervingWaits)
            throws Exception {
        try (Connection bareSql = database.connect()) {
            String bareWaits = waits(bareSql);
            if (!bareWaits.equals(wervingWaits)) {
                throw new IllegalStateException(baseline.description() + ": the instances wait elsewhere: "
                        + bareWaits);
            }
        }
    }

    /** The vacancy's current requirements, as Werving screens against them. */
    private static VacancyRequirements requirements(WervingNode node, UUID vacancy) throws Exception {
        HttpTestClient hr = new HttpTestClient(node.port()).as(NodeFixtures.HR_USER, TestUsers.PASSWORD);
        HttpResponse<String> response = hr.get("/api/vacancies/" + vacancy + "/requirements");
        check(response);
        JsonNode document = JSON.readTree(response.body());
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode item : document.get("requirements")) {
            requirements.add(JSON.treeToValue(item, Requirement.class));
        }
        if (!document.get("knockoutQuestions").isEmpty()) {
            throw new IllegalStateException("The baseline answers no knock-out questions");
        }
        return new VacancyRequirements(document.get("version").asInt(), requirements, List.of());
    }

    /**
     * The screening variables Werving's first instance got: what the bare engine's screening must come to, and what
     * the engine-alone baseline sets.
     */
    private static Map<String, Object> screeningFeatures(Connection sql) {
        Map<String, Object> features = new HashMap<>();
        String first = text(sql, "select e.id_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where e.parent_id_ is null and d.key_ = 'HiringProcess' order by e.id_ limit 1");
        for (String name : List.of("knockoutFailed", "mustHaveMissing")) {
            features.put(name, Await.number(sql, "select coalesce(max(long_), 0) from act_ru_variable where"
                    + " proc_inst_id_ = '" + first + "' and name_ = '" + name + "'") == 1);
        }
        String score = text(sql, "select coalesce(max(double_), max(long_)) from act_ru_variable where proc_inst_id_ = '"
                + first + "' and name_ = 'screeningScore'");
        features.put("screeningScore", score == null ? null : Double.valueOf(score).intValue());
        return features;
    }

    /** Where the hiring processes wait: activity and count, sorted. */
    private static String waits(Connection sql) {
        return String.join(", ", strings(sql, "select e.act_id_ || ' ' || count(*) from act_ru_execution e"
                + " join act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = 'HiringProcess' and e.act_id_ is"
                + " not null and e.is_active_ group by e.act_id_ order by 1"));
    }

    private static long historyRows(Connection sql) {
        long total = 0;
        for (String table : strings(sql, "select table_name from information_schema.tables where table_schema ="
                + " current_schema() and table_name like 'act\\_hi\\_%'")) {
            total += Await.number(sql, "select count(*) from " + table);
        }
        return total;
    }

    private static String allTasksFilter(HttpTestClient client) throws Exception {
        HttpResponse<String> filters = client.get("/engine-rest/filter?resourceType=Task");
        check(filters);
        for (JsonNode filter : JSON.readTree(filters.body())) {
            if (filter.get("name").asText().equals("All tasks")) {
                return filter.get("id").asText();
            }
        }
        throw new IllegalStateException("No 'All tasks' filter for the recruiter: " + filters.body());
    }

    /** Three requirements, one a must-have, so screening matches every CV as it would for a real vacancy. */
    private static void setRequirements(WervingNode node, UUID vacancy) {
        HttpTestClient hr = new HttpTestClient(node.port()).as(NodeFixtures.HR_USER, TestUsers.PASSWORD);
        check(hr.putJson("/api/vacancies/" + vacancy + "/requirements", """
                {"requirements": [
                  {"kind": "SKILL", "label": "Java", "synonyms": ["JVM"], "minimumYears": 3, "mustHave": true,
                   "weight": 8},
                  {"kind": "SKILL", "label": "Spring Boot", "synonyms": ["Spring"], "mustHave": false, "weight": 5},
                  {"kind": "LANGUAGE", "label": "Nederlands", "synonyms": ["Dutch"], "level": "B2",
                   "mustHave": false, "weight": 3}],
                 "knockoutQuestions": []}"""));
    }

    private static void addUser(WervingNode node, String user, String group) throws Exception {
        HttpTestClient admin = new HttpTestClient(node.port()).as("admin", TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> created = admin.postJson("/engine-rest/user/create", """
                {"profile":{"id":"%s","firstName":"Bench","lastName":"User","email":"%s@example.org"},
                 "credentials":{"password":"%s"}}""".formatted(user, user, TestUsers.PASSWORD));
        HttpResponse<String> member = admin.put("/engine-rest/group/" + group + "/members/" + user,
                "application/json", "");
        if (created.statusCode() != 204 || member.statusCode() != 204) {
            throw new IllegalStateException("Cannot add " + user + ": " + created.body() + member.body());
        }
    }

    /**
     * CPU per application of each side over its turns: Werving's JVM, PostgreSQL and the benchmark's HTTP clients (this
     * JVM); each bare engine's JVM (this JVM, its clients included) and PostgreSQL. At 70 % of the bare engine's
     * throughput with both keeping the cores busy, Werving may use about 1.43 times the bare engine's CPU.
     */
    private void cpuRows(CpuPerApplication werving, CpuPerApplication same, CpuPerApplication alone) {
        boolean postgres = werving.hasPostgres() && same.hasPostgres() && alone.hasPostgres();
        row("intake CPU per application (ms)", number(werving.total(postgres)), number(same.total(postgres)),
                ratio(werving.total(postgres) / same.total(postgres)), String.format(Locale.ROOT,
                        "<= 1.43 (70 %%); Werving: JVM %.1f, PostgreSQL %s, the benchmark's clients %.1f; bare engine"
                                + " doing the same screening: JVM with its clients %.1f, PostgreSQL %s",
                        werving.werving(), werving.postgresText(postgres), werving.benchmark(), same.benchmark(),
                        same.postgresText(postgres)));
        row("intake CPU per application against the engine alone (ms)", number(werving.total(postgres)),
                number(alone.total(postgres)), ratio(werving.total(postgres) / alone.total(postgres)),
                String.format(Locale.ROOT, "for reference; the engine alone: JVM with its clients %.1f, PostgreSQL %s",
                        alone.benchmark(), alone.postgresText(postgres)));
    }

    /**
     * One side's CPU per application, in milliseconds: Werving's JVM (zero for a bare engine, whose turns leave
     * Werving idle), the benchmark's JVM (Werving's HTTP clients, or a bare engine with its clients) and PostgreSQL
     * (NaN when it runs elsewhere).
     */
    private record CpuPerApplication(double werving, double benchmark, double postgres) {

        static CpuPerApplication ofWerving(ProcessCpu.Reading used, int applications) {
            return new CpuPerApplication(used.werving() / applications, used.benchmark() / applications,
                    used.postgres() / applications);
        }

        static CpuPerApplication ofBareEngine(ProcessCpu.Reading used, int applications) {
            return new CpuPerApplication(0, used.benchmark() / applications, used.postgres() / applications);
        }

        boolean hasPostgres() {
            return !Double.isNaN(postgres);
        }

        /** The sum, PostgreSQL's share only when it is counted for every side. */
        double total(boolean withPostgres) {
            return werving + benchmark + (withPostgres ? postgres : 0);
        }

        String postgresText(boolean counted) {
            return counted ? number(postgres) : "not on this machine";
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private void row(String figure, double werving, String baseline, String ratio, String target) {
        row(figure, number(werving), baseline, ratio, target);
    }

    private void row(String figure, String werving, String baseline, String ratio, String target) {
        table.add(new String[] {figure, werving, baseline, ratio, target});
        System.out.printf("%s: %s%n", figure, werving);
    }

    private void print() {
        System.out.println();
        System.out.println("| figure | Werving | baseline | ratio | target |");
        System.out.println("| --- | ---: | ---: | ---: | --- |");
        for (String[] row : table) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value * 100);
    }

    private static String thousands(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String text(Connection sql, String query) {
        List<String> values = strings(sql, query);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> strings(Connection sql, String query) {
        try {
            return NodeFixtures.column(sql, query);
        } catch (Exception e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
