package nl.werving.decision;

import java.util.List;
import java.util.Map;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The candidate's review requests, with their statements and outcomes, in the candidate's data export. */
@Component
class DecisionReviewDataSection implements PersonalDataSection {

    private final DecisionReviewRepository reviews;

    DecisionReviewDataSection(DecisionReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public String name() {
        return "decisionReviews";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(ExportSubject subject) {
        return reviews.findByApplicationIdOrderByNumber(subject.applicationId()).stream()
                .map(StoredDecisionReview::exported).toList();
    }
}
