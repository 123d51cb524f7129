package nl.werving.audit;

import java.util.ArrayList;
import java.util.List;
import nl.werving.audit.AuditFacts.ApplicationFacts;
import nl.werving.auditlog.AuditReadLog;
import nl.werving.erasure.Erasure;
import nl.werving.erasure.ErasureReceipt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's decision records and timeline for auditors and the DPO. Every read is recorded in the audit read
 * log (user id, what, the application's reference, time) in the same transaction, before anything is returned.
 * After erasure what remains is pseudonymous: the reference, status and dates, screening features and versions,
 * human decisions without their reasons, message and request metadata, and the erasure receipts; the engine's
 * history is gone.
 */
@Service
@Transactional
public class AuditTrail {

    public static final String DECISION_RECORDS = "decision-records";
    public static final String TIMELINE = "application-timeline";

    private final AuditFacts facts;
    private final EngineAuditHistory engine;
    private final Erasure erasure;
    private final AuditReadLog readLog;

    AuditTrail(AuditFacts facts, EngineAuditHistory engine, Erasure erasure, AuditReadLog readLog) {
        this.facts = facts;
        this.engine = engine;
        this.erasure = erasure;
        this.readLog = readLog;
    }

    /** Every automated recommendation and human decision on the application, oldest first. */
    public ApplicationDecisions decisions(String reference, String readBy) {
        return decisions(reference, readBy, DECISION_RECORDS);
    }

    /**
     * Every automated recommendation and human decision on the application, oldest first.
     *
     * @param what what the audit read log records the read as (the API or the page)
     */
    public ApplicationDecisions decisions(String reference, String readBy, String what) {
        ApplicationFacts application = find(reference);
        readLog.record(readBy, what, "reference=" + application.reference());
        return new ApplicationDecisions(application.reference(), application.erasedAt() != null,
                decisionRecords(application));
    }

    /**
     * The application's timeline: its submission, the history of its process instances, its decisions, mails,
     * consent events, data requests and erasure receipts, oldest first.
     *
     * @param what what the audit read log records the read as (the API or the page)
     */
    public ApplicationTimeline timeline(String reference, String readBy, String what) {
        ApplicationFacts application = find(reference);
        readLog.record(readBy, what, "reference=" + application.reference());
        List<TimelineEntry> own = new ArrayList<>();
        own.add(new TimelineEntry(application.submittedAt(), "APPLICATION", "application-submitted",
                Timelines.details("reference", application.reference(), "vacancyId", application.vacancyId())));
        if (application.endedAt() != null) {
            own.add(new TimelineEntry(application.endedAt(), "APPLICATION", "procedure-ended",
                    Timelines.details("status", application.status())));
        }
        List<TimelineEntry> erasures = new ArrayList<>();
        for (ErasureReceipt receipt : erasure.receipts(application.reference())) {
            erasures.add(new TimelineEntry(receipt.erasedAt(), "ERASURE", "erased", Timelines.details(
                    "receiptId", receipt.id(), "reason", receipt.reason().name(), "stores", receipt.stores().stream()
                            .map(store -> store.store() + ":" + store.records()).toList())));
        }
        List<TimelineEntry> entries = Timelines.merge(own,
                Timelines.process(engine.processInstances(application.reference(), application.id())),
                Timelines.decisions(decisionRecords(application)), facts.messages(application.id()),
                facts.consents(application.id()), facts.dataRequests(application.id()), erasures);
        return new ApplicationTimeline(application.reference(), application.erasedAt() != null, entries);
    }

    private List<DecisionRecord> decisionRecords(ApplicationFacts application) {
        List<DecisionRecord> records = new ArrayList<>();
        engine.decisions(application.reference(), application.id()).stream().map(DecisionRecord::engine)
                .forEach(records::add);
        records.addAll(facts.screeningResults(application.id()));
        records.addAll(facts.humanDecisions(application.id()));
        return Timelines.sortDecisions(records);
    }

    private ApplicationFacts find(String reference) {
        return facts.application(reference == null ? "" : reference.strip())
                .orElseThrow(() -> new UnknownApplicationException(reference));
    }
}
