package nl.werving.decision;

import java.util.List;
import java.util.Map;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The decisions people took on the application, with their reasons, in the candidate's data export. */
@Component
class DecisionDataSection implements PersonalDataSection {

    private final RecordedDecisionRepository decisions;

    DecisionDataSection(RecordedDecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(ExportSubject subject) {
        return decisions.findByApplicationIdOrderByDecidedAt(subject.applicationId()).stream()
                .map(RecordedDecision::exported).toList();
    }
}
