package nl.werving.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineCsvTests {

    @Test
    void oneLinePerEntryWithDetailsAsNameValuePairsQuotedAndCrlf() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("task", "Task_ReviewScreening");
        details.put("candidateGroups", List.of("recruiters", "team-leads"));
        details.put("inputs", new LinkedHashMap<>(Map.of("knockoutFailed", true)));
        ApplicationTimeline timeline = new ApplicationTimeline("W-ABC123", false, List.of(
                new TimelineEntry(Instant.parse("2026-11-02T09:00:00Z"), "TASK", "task-created", details),
                new TimelineEntry(null, "ERASURE", "erased", Map.of())));

        assertThat(TimelineCsv.write(timeline)).isEqualTo("reference,at,source,event,details\r\n"
                + "\"W-ABC123\",2026-11-02T09:00:00Z,\"TASK\",\"task-created\",\"task=Task_ReviewScreening; "
                + "candidateGroups=recruiters|team-leads; inputs={knockoutFailed=true}\"\r\n"
                + "\"W-ABC123\",,\"ERASURE\",\"erased\",\"\"\r\n");
    }

    @Test
    void quotesAreDoubledAndFormulaeDefused() {
        assertThat(TimelineCsv.quote("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(TimelineCsv.quote("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
        assertThat(TimelineCsv.quote("reason=-1")).isEqualTo("\"reason=-1\"");
    }
}
