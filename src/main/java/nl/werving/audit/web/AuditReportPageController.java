package nl.werving.audit.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.werving.audit.Oversight;
import nl.werving.fairness.FairnessReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report pages for auditors and the DPO: human-oversight metrics and the fairness report, filtered by vacancy
 * and period through a plain GET form. A filter that is not understood shows the form again with the error at the
 * field (400). The reports come from the services the API uses, which log every read.
 */
@Controller
class AuditReportPageController {

    private final Oversight oversight;
    private final FairnessReports fairness;
    private final AuditPages pages;
    private final Clock clock;
    private final ZoneId zone;

    AuditReportPageController(Oversight oversight, FairnessReports fairness, AuditPages pages, Clock clock,
            @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.oversight = oversight;
        this.fairness = fairness;
        this.pages = pages;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/audit/oversight")
    ModelAndView oversight(@RequestParam(required = false) String vacancyId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String thresholdSeconds, Principal principal) {
        ReportFilter filter = new ReportFilter(vacancyId, from, to, thresholdSeconds);
        if (filter.valid()) {
            try {
                Map<String, Object> model = model(filter);
                model.put("report", oversight.report(filter.vacancyId, filter.from, filter.to,
                        filter.thresholdSeconds, principal.getName()));
                return new ModelAndView("audit/oversight", model);
            } catch (IllegalArgumentException fromAfterDefaultTo) {
                filter.errors.put("from", "filter.from.after-to");
            }
        }
        return new ModelAndView("audit/oversight", model(filter), HttpStatus.BAD_REQUEST);
    }

    @GetMapping("/audit/fairness")
    ModelAndView fairness(@RequestParam(required = false) String vacancyId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Principal principal) {
        ReportFilter filter = new ReportFilter(vacancyId, from, to, null);
        // The same default period as the API: the year up to today.
        LocalDate last = filter.to == null ? LocalDate.now(clock.withZone(zone)) : filter.to;
        LocalDate first = filter.from == null ? last.minusYears(1).plusDays(1) : filter.from;
        if (filter.valid() && first.isAfter(last)) {
            filter.errors.put("from", "filter.from.after-to");
        }
        Map<String, Object> model = model(filter);
        if (!filter.valid()) {
            return new ModelAndView("audit/fairness", model, HttpStatus.BAD_REQUEST);
        }
        model.put("report", fairness.report(filter.vacancyId, first, last, principal.getName()));
        model.put("csv", UriComponentsBuilder.fromPath("/api/fairness").queryParam("format", "csv")
                .queryParamIfPresent("vacancyId", Optional.ofNullable(filter.vacancyId))
                .queryParam("from", first).queryParam("to", last).build().toUriString());
        return new ModelAndView("audit/fairness", model);
    }

    private Map<String, Object> model(ReportFilter filter) {
        Map<String, Object> model = new LinkedHashMap<>();
        AuditTexts texts = pages.texts();
        model.put(AuditPages.TEXTS, texts);
        model.put("filter", filter.typed());
        Map<String, String> errors = new LinkedHashMap<>();
        filter.errors.forEach((field, key) -> errors.put(field, texts.get(key)));
        model.put("errors", errors);
        return model;
    }
}
