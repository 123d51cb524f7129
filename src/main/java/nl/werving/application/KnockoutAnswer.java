package nl.werving.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/** A candidate's yes/no answer to one knock-out question of the vacancy, given at apply time. */
@Entity
@Table(name = "knockout_answer")
class KnockoutAnswer extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "question_id", nullable = false)
    private UUID questionId;

    @Column(nullable = false)
    private boolean answer;

    protected KnockoutAnswer() {
        // for JPA
    }

    KnockoutAnswer(UUID applicationId, UUID questionId, boolean answer) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.questionId = questionId;
        this.answer = answer;
    }

    UUID getQuestionId() {
        return questionId;
    }

    boolean getAnswer() {
        return answer;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
