package nl.werving.vacancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface VacancyRepository extends JpaRepository<Vacancy, UUID> {

    List<Vacancy> findByStatusOrderByCreatedAtAscTitleAsc(VacancyStatus status);

    Optional<Vacancy> findFirstByTitle(String title);

    List<Vacancy> findAllByOrderByCreatedAtDescTitleAsc();

    /** The vacancy, locked until the transaction ends, so changes to its requirements happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Vacancy> findLockedById(UUID id);
}
