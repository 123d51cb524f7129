package nl.werving.automation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AutomationSwitchRepository extends JpaRepository<AutomationSwitch, UUID> {

    Optional<AutomationSwitch> findByVacancyId(UUID vacancyId);
}
