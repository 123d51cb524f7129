package nl.werving.assessment;

import java.util.Map;
import java.util.UUID;
import nl.werving.notification.MailContent;
import nl.werving.notification.MessageType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts the provider's link ({@code assessmentLink}) into the assessment invitation and reminder, when there is one. */
@Component
class AssessmentMailContent implements MailContent {

    private final AssessmentRepository assessments;

    AssessmentMailContent(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public void addTo(MessageType type, UUID applicationId, Map<String, Object> variables) {
        if (type == MessageType.ASSESSMENT_INVITATION || type == MessageType.ASSESSMENT_REMINDER) {
            assessments.findByApplicationId(applicationId).map(Assessment::getInvitationUrl)
                    .ifPresent(link -> variables.put("assessmentLink", link));
        }
    }
}
