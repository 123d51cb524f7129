package nl.werving.fairness.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import nl.werving.fairness.FairnessCsv;
import nl.werving.fairness.FairnessReport;
import nl.werving.fairness.FairnessReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The fairness report for auditors and the DPO: aggregate selection and scoring rates per group, JSON or CSV. */
@RestController
@Tag(name = "Fairness", description = "Bias audit: selection rates and impact ratios per group (auditors, DPO)")
class FairnessController {

    static final String TEXT_CSV = "text/csv";

    private final FairnessReports reports;
    private final Clock clock;
    private final ZoneId zone;

    FairnessController(FairnessReports reports, Clock clock,
            @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.reports = reports;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping(path = "/api/fairness")
    @Operation(summary = "Read the fairness report",
            description = "Per stage (screening, assessment, interview, offer), per group of each configured "
                    + "diversity dimension and of each intersection of two: applicants, selected, the unrounded "
                    + "selection rate, the impact ratio against the highest-rate group and the four-fifths flag; "
                    + "unknowns counted apart; groups below werving.fairness.minimum-group-size suppressed; and the "
                    + "screening score's rate above the median. Over the applications submitted from 'from' to "
                    + "'to' (inclusive; default: the year up to today). CSV with Accept: text/csv or format=csv. "
                    + "Every read is logged (user id, parameters, time). See docs/fairness.md.")
    @ApiResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = FairnessReport.class)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "A parameter is malformed, 'from' is after 'to', or the format "
            + "is neither json nor csv")
    @ApiResponse(responseCode = "403", description = "Not an auditor or the DPO")
    ResponseEntity<?> report(
            @Parameter(description = "Only this vacancy's applications") @RequestParam(required = false) UUID vacancyId,
            @Parameter(description = "First day of submission (ISO date)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day of submission (ISO date)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Principal principal) {
        boolean csv;
        if (format == null) {
            csv = accept != null && accept.toLowerCase(Locale.ROOT).contains(TEXT_CSV);
        } else if (format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("json")) {
            csv = format.equalsIgnoreCase("csv");
        } else {
            throw new IllegalArgumentException("'format' must be json or csv");
        }
        LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : to;
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : from;
        FairnessReport report = reports.report(vacancyId, first, last, principal.getName());
        if (csv) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fairness-report.csv\"")
                    .body(FairnessCsv.write(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Invalid request");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
