package nl.werving.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The application itself and the knock-out answers in the candidate's data export. */
@Component
class ApplicationDataSection implements PersonalDataSection {

    private final ApplicationRepository applications;
    private final KnockoutAnswerRepository knockoutAnswers;

    ApplicationDataSection(ApplicationRepository applications, KnockoutAnswerRepository knockoutAnswers) {
        this.applications = applications;
        this.knockoutAnswers = knockoutAnswers;
    }

    @Override
    public String name() {
        return "application";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(ExportSubject subject) {
        return applications.findById(subject.applicationId()).map(application -> {
            Map<String, Object> exported = new LinkedHashMap<>();
            exported.put("reference", application.getReference().value());
            exported.put("vacancyId", application.getVacancyId());
            exported.put("status", application.getStatus());
            exported.put("submittedAt", application.getSubmittedAt());
            exported.put("endedAt", application.getEndedAt().orElse(null));
            exported.put("outcome", application.outcome().orElse(null));
            exported.put("withdrawn", application.hasWithdrawn());
            exported.put("objectedToAutomatedProcessing", application.hasObjectedToAutomatedProcessing());
            List<Map<String, Object>> answers = knockoutAnswers.findByApplicationId(application.getId()).stream()
                    .map(answer -> {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("questionId", answer.getQuestionId());
                        entry.put("answer", answer.getAnswer());
                        return entry;
                    }).toList();
            exported.put("knockoutAnswers", answers);
            return exported;
        }).orElse(null);
    }
}
