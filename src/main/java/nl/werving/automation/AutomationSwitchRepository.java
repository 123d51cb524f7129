package nl.werving.automation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AutomationSwitchRepository extends JpaRepository<AutomationSwitch, UUID> {

    // A JPQL query, not a derived one: asked for every application, and Hibernate reuses the SQL translation of a
    // query string but translates Spring Data's derived (criteria) queries anew on every call.
    @Query("select s from AutomationSwitch s where s.vacancyId = :vacancyId")
    Optional<AutomationSwitch> findByVacancyId(UUID vacancyId);

    /** The global switch and the vacancy's own switch, if it has one: both in one query, asked for every screening. */
    @Query("select s from AutomationSwitch s where s.id = :globalId or s.vacancyId = :vacancyId")
    List<AutomationSwitch> findGlobalAndVacancy(UUID globalId, UUID vacancyId);
}
