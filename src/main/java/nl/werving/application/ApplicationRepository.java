package nl.werving.application;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    Optional<Application> findByReference(String reference);

    long countByVacancyIdAndApplicantIdIn(UUID vacancyId, Collection<UUID> applicantIds);
}
