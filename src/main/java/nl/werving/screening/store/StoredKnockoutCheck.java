package nl.werving.screening.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import nl.werving.screening.KnockoutCheck;

/** One row of screening_knockout_check: a question as asked and the answer as given. */
@Embeddable
public class StoredKnockoutCheck {

    static final int MAX_QUESTION = 1000;

    @Column(name = "question_id", nullable = false)
    private UUID questionId;

    @Column(name = "question_en", nullable = false, length = MAX_QUESTION)
    private String questionEn;

    @Column(name = "question_nl", nullable = false, length = MAX_QUESTION)
    private String questionNl;

    @Column(name = "required_answer", nullable = false)
    private boolean requiredAnswer;

    @Column
    private Boolean answer;

    protected StoredKnockoutCheck() {
        // for JPA
    }

    StoredKnockoutCheck(KnockoutCheck check) {
        this.questionId = check.questionId();
        this.questionEn = StoredRequirementResult.truncate(check.questionEn(), MAX_QUESTION);
        this.questionNl = StoredRequirementResult.truncate(check.questionNl(), MAX_QUESTION);
        this.requiredAnswer = check.requiredAnswer();
        this.answer = check.answer();
    }

    KnockoutCheck toCheck() {
        return new KnockoutCheck(questionId, questionEn, questionNl, requiredAnswer, answer);
    }
}
