package nl.werving.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.werving.audit.ApplicationDecisions;
import nl.werving.audit.ApplicationTimeline;
import nl.werving.audit.AuditTrail;
import nl.werving.audit.Oversight;
import nl.werving.audit.OversightReport;
import nl.werving.audit.TimelineCsv;
import nl.werving.audit.TimelinePdf;
import nl.werving.audit.UnknownApplicationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit API for auditors and the DPO: read-only, every read logged. */
@RestController
@Tag(name = "Audit", description = "Decision records, application timeline and human-oversight metrics (auditors, DPO)")
class AuditController {

    static final String TEXT_CSV = "text/csv";

    private final AuditTrail trail;
    private final Oversight oversight;
    private final Clock clock;

    AuditController(AuditTrail trail, Oversight oversight, Clock clock) {
        this.trail = trail;
        this.oversight = oversight;
        this.clock = clock;
    }

    @GetMapping(path = "/api/applications/{reference}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read an application's decision records",
            description = "Every automated recommendation (decision tables from the engine's history with key, "
                    + "version, deployment, inputs, outputs and matched rules; Werving's screening results) and every "
                    + "human decision (stage, round, recommendation shown, decision, reason, who, when, override), "
                    + "oldest first. The read is logged.")
    ApplicationDecisions decisions(@PathVariable String reference, Principal principal) {
        return trail.decisions(reference, principal.getName());
    }

    @GetMapping(path = "/api/applications/{reference}/timeline")
    @Operation(summary = "Read an application's timeline",
            description = "Submission, process history (activities; user tasks with candidate groups, assignee, "
                    + "created, claimed, completed), decisions, mails (type, status, time; no content or address), "
                    + "consent events, data requests and erasure receipts, oldest first. JSON by default; CSV with "
                    + "Accept: text/csv or format=csv; PDF with Accept: application/pdf or format=pdf. The read is "
                    + "logged.")
    ResponseEntity<?> timeline(@PathVariable String reference,
            @Parameter(description = "json (default), csv or pdf") @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Principal principal) {
        String chosen = format(format, accept);
        ApplicationTimeline timeline = trail.timeline(reference, principal.getName(), AuditTrail.TIMELINE);
        if (chosen.equals("pdf")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"timeline-" + timeline.reference() + ".pdf\"")
                    .body(TimelinePdf.write(timeline, clock.instant()));
        }
        if (chosen.equals("csv")) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"timeline-" + timeline.reference() + ".csv\"")
                    .body(TimelineCsv.write(timeline));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(timeline);
    }

    /** json, csv or pdf: the format parameter if given, else the Accept header, else json. */
    private static String format(String format, String accept) {
        if (format != null) {
            String chosen = format.toLowerCase(Locale.ROOT);
            if (!chosen.equals("json") && !chosen.equals("csv") && !chosen.equals("pdf")) {
                throw new IllegalArgumentException("'format' must be json, csv or pdf");
            }
            return chosen;
        }
        String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return accepted.contains(TEXT_CSV) ? "csv" : accepted.contains(MediaType.APPLICATION_PDF_VALUE) ? "pdf" : "json";
    }

    @GetMapping(path = "/api/oversight", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read the human-oversight metrics",
            description = "Per vacancy, stage and reviewer (Camunda user id): reviews, share of automated "
                    + "recommendations overridden, median review time (task created to completed), share reviewed in "
                    + "under thresholdSeconds (default werving.oversight.quick-review-seconds) and a rubber-stamping "
                    + "flag (no override and a median under the threshold over at least "
                    + "werving.oversight.minimum-reviews reviews). Over decisions from 'from' to 'to' (inclusive; "
                    + "default the year up to today). The read is logged.")
    OversightReport oversight(@RequestParam(required = false) UUID vacancyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long thresholdSeconds, Principal principal) {
        return oversight.report(vacancyId, from, to, thresholdSeconds, principal.getName());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknown(UnknownApplicationException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Unknown application");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Invalid request");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
