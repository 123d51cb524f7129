package nl.werving.vacancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VacancyRepository extends JpaRepository<Vacancy, UUID> {

    List<Vacancy> findByStatusOrderByCreatedAtAscTitleAsc(VacancyStatus status);

    Optional<Vacancy> findFirstByTitle(String title);
}
