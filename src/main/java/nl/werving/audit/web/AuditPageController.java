package nl.werving.audit.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werving.audit.ApplicationTimeline;
import nl.werving.audit.AuditTrail;
import nl.werving.audit.TimelineCsv;
import nl.werving.audit.TimelineEntry;
import nl.werving.audit.UnknownApplicationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The application timeline as a server-rendered page for auditors and the DPO; the read is logged. */
@Controller
class AuditPageController {

    static final String TIMELINE_PAGE = "application-timeline-page";

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit/applications/{reference}")
    String timeline(@PathVariable String reference, Principal principal, Model model) {
        ApplicationTimeline timeline;
        try {
            timeline = trail.timeline(reference, principal.getName(), TIMELINE_PAGE);
        } catch (UnknownApplicationException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
        }
        model.addAttribute("timeline", timeline);
        List<Map<String, String>> rows = new ArrayList<>();
        for (TimelineEntry entry : timeline.entries()) {
            rows.add(Map.of("at", entry.at() == null ? "" : entry.at().toString(), "source", entry.source(),
                    "event", entry.event(), "details", TimelineCsv.text(entry.details())));
        }
        model.addAttribute("rows", rows);
        return "audit/application";
    }
}
