package nl.werving.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werving.applicant.Language;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * The automated screening in the candidate's data export: the latest result with each requirement's status and the
 * CV passages found as evidence, the knock-out checks, the score and the recommendation, and the plain-language
 * explanation in Dutch and English.
 */
@Component
class ScreeningDataSection implements PersonalDataSection {

    private final ScreeningResults results;
    private final ScreeningExplanations explanations;

    ScreeningDataSection(ScreeningResults results, ScreeningExplanations explanations) {
        this.results = results;
        this.explanations = explanations;
    }

    @Override
    public String name() {
        return "screening";
    }

    @Override
    public Map<String, Object> export(ExportSubject subject) {
        return results.latest(subject.applicationId()).map(result -> {
            Map<String, Object> exported = new LinkedHashMap<>();
            exported.put("result", result);
            Map<String, String> explanation = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                explanation.put(language.code(), explanations.explain(result, language));
            }
            exported.put("explanation", explanation);
            return exported;
        }).orElse(null);
    }
}
