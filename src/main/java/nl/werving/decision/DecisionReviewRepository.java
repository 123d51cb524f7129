package nl.werving.decision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionReviewRepository extends JpaRepository<StoredDecisionReview, UUID> {

    List<StoredDecisionReview> findByApplicationIdOrderByNumber(UUID applicationId);

    Optional<StoredDecisionReview> findByApplicationIdAndNumber(UUID applicationId, int number);
}
