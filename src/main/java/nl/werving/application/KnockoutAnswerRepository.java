package nl.werving.application;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnockoutAnswerRepository extends JpaRepository<KnockoutAnswer, UUID> {

    List<KnockoutAnswer> findByApplicationId(UUID applicationId);
}
