package nl.werving.audit.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werving.application.ApplicationReference;
import nl.werving.audit.ApplicationDecisions;
import nl.werving.audit.ApplicationTimeline;
import nl.werving.audit.AuditTrail;
import nl.werving.audit.DecisionRecord;
import nl.werving.audit.TimelineCsv;
import nl.werving.audit.TimelineEntry;
import nl.werving.audit.UnknownApplicationException;
import nl.werving.auditlog.AuditReadLog;
import nl.werving.governance.ApplicationVersions;
import nl.werving.governance.ModelGovernance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit pages of one application for auditors and the DPO: the start page that finds an application by its
 * reference, its timeline, its decision records and the model versions it went through. Every read of an
 * application is logged in the audit read log, as the API's reads are.
 */
@Controller
class AuditPageController {

    static final String TIMELINE_PAGE = "application-timeline-page";
    static final String DECISIONS_PAGE = "decision-records-page";
    static final String VERSIONS_PAGE = "application-versions-page";

    private final AuditTrail trail;
    private final ModelGovernance governance;
    private final AuditReadLog readLog;
    private final AuditPages pages;

    AuditPageController(AuditTrail trail, ModelGovernance governance, AuditReadLog readLog, AuditPages pages) {
        this.trail = trail;
        this.governance = governance;
        this.readLog = readLog;
        this.pages = pages;
    }

    /** The start page; with a reference it checks the format (400 with the error at the field) and opens it. */
    @GetMapping("/audit")
    ModelAndView start(@RequestParam(required = false) String reference) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(AuditPages.TEXTS, pages.texts());
        model.put("reference", reference == null ? "" : reference);
        if (reference == null) {
            return new ModelAndView("audit/start", model);
        }
        String trimmed = reference.strip().toUpperCase(Locale.ROOT);
        if (!ApplicationReference.isWellFormed(trimmed)) {
            model.put("referenceError", pages.texts().get(trimmed.isEmpty() ? "reference.missing" : "reference.malformed"));
            return new ModelAndView("audit/start", model, HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/audit/applications/" + trimmed);
    }

    @GetMapping("/audit/applications/{reference}")
    ModelAndView timeline(@PathVariable String reference, Principal principal) {
        if (!ApplicationReference.isWellFormed(reference)) {
            return pages.malformedReference();
        }
        ApplicationTimeline timeline;
        try {
            timeline = trail.timeline(reference, principal.getName(), TIMELINE_PAGE);
        } catch (UnknownApplicationException unknown) {
            return pages.unknownApplication(reference);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (TimelineEntry entry : timeline.entries()) {
            rows.add(Map.of("at", entry.at() == null ? "" : entry.at().toString(), "source", entry.source(),
                    "event", entry.event(), "details", TimelineCsv.text(entry.details())));
        }
        return page("audit/application", reference, "timeline", timeline, "rows", rows, "erased", timeline.erased());
    }

    @GetMapping("/audit/applications/{reference}/decisions")
    ModelAndView decisions(@PathVariable String reference, Principal principal) {
        if (!ApplicationReference.isWellFormed(reference)) {
            return pages.malformedReference();
        }
        ApplicationDecisions decisions;
        try {
            decisions = trail.decisions(reference, principal.getName(), DECISIONS_PAGE);
        } catch (UnknownApplicationException unknown) {
            return pages.unknownApplication(reference);
        }
        List<DecisionRecord> automated = decisions.decisions().stream()
                .filter(decision -> DecisionRecord.AUTOMATED.equals(decision.kind())).toList();
        List<DecisionRecord> human = decisions.decisions().stream()
                .filter(decision -> DecisionRecord.HUMAN.equals(decision.kind())).toList();
        return page("audit/decisions", reference, "automated", automated, "human", human, "erased", decisions.erased());
    }

    @GetMapping("/audit/applications/{reference}/versions")
    ModelAndView versions(@PathVariable String reference, Principal principal) {
        if (!ApplicationReference.isWellFormed(reference)) {
            return pages.malformedReference();
        }
        ApplicationVersions versions;
        try {
            versions = governance.versionsOf(new ApplicationReference(reference));
        } catch (nl.werving.application.UnknownApplicationException unknownOrErased) {
            return pages.unknownApplication(reference);
        }
        readLog.record(principal.getName(), VERSIONS_PAGE, "reference=" + reference);
        return page("audit/versions", reference, "versions", versions, "erased", false);
    }

    private ModelAndView page(String view, String reference, Object... attributes) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(AuditPages.TEXTS, pages.texts());
        model.put("reference", reference);
        for (int i = 0; i < attributes.length; i += 2) {
            model.put((String) attributes[i], attributes[i + 1]);
        }
        return new ModelAndView(view, model);
    }
}
