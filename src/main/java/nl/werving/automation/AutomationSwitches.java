package nl.werving.automation;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.TransactionMemory;
import nl.werving.vacancy.UnknownVacancyException;
import nl.werving.vacancy.Vacancies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automation module's public service. Automation is on for a vacancy when both the global switch and the
 * vacancy's own switch are on; both are on by default. Switching off publishes {@link AutomationSwitchedOff}
 * when the switch was on. Within one transaction the switches are read once per vacancy: a process step that
 * screens and then evaluates the screening decision sees one position of them, and changing a switch in the
 * transaction makes it read them again.
 */
@Service
@Transactional(readOnly = true)
public class AutomationSwitches {

    private static final Logger log = LoggerFactory.getLogger(AutomationSwitches.class);

    private final AutomationSwitchRepository repository;
    private final Vacancies vacancies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionMemory<UUID, Boolean> readInThisTransaction = new TransactionMemory<>();

    AutomationSwitches(AutomationSwitchRepository repository, Vacancies vacancies, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.vacancies = vacancies;
        this.events = events;
        this.clock = clock;
    }

    /** Whether automated recommendations may be used for applications to the vacancy ({@code null}: global only). */
    public boolean isAutomationOn(UUID vacancyId) {
        if (vacancyId == null) {
            return isOnGlobally();
        }
        return readInThisTransaction.get(vacancyId, () -> readAutomationOn(vacancyId));
    }

    private boolean readAutomationOn(UUID vacancyId) {
        List<AutomationSwitch> switches = repository.findGlobalAndVacancy(AutomationSwitch.GLOBAL_ID, vacancyId);
        if (switches.stream().noneMatch(position -> position.getId().equals(AutomationSwitch.GLOBAL_ID))) {
            throw missingGlobalSwitch();
        }
        return switches.stream().allMatch(AutomationSwitch::isOn);
    }

    /** The position of the global switch. */
    public boolean isOnGlobally() {
        return globalSwitch().isOn();
    }

    /** The position of the vacancy's own switch, whatever the global switch says. */
    public boolean isOnForVacancy(UUID vacancyId) {
        return repository.findByVacancyId(Objects.requireNonNull(vacancyId, "vacancyId"))
                .map(AutomationSwitch::isOn)
                .orElse(true);
    }

    @Transactional
    public void switchOffGlobally() {
        readInThisTransaction.forgetAll();
        if (globalSwitch().turn(false, clock.instant())) {
            log.info("Automation switched off globally");
            events.publishEvent(new AutomationSwitchedOff(null));
        }
    }

    @Transactional
    public void switchOnGlobally() {
        readInThisTransaction.forgetAll();
        if (globalSwitch().turn(true, clock.instant())) {
            log.info("Automation switched on globally");
        }
    }

    /** @throws UnknownVacancyException when no vacancy has the id */
    @Transactional
    public void switchOff(UUID vacancyId) {
        readInThisTransaction.forgetAll();
        if (vacancySwitch(vacancyId).turn(false, clock.instant())) {
            log.info("Automation switched off for vacancy {}", vacancyId);
            events.publishEvent(new AutomationSwitchedOff(vacancyId));
        }
    }

    /** @throws UnknownVacancyException when no vacancy has the id */
    @Transactional
    public void switchOn(UUID vacancyId) {
        readInThisTransaction.forgetAll();
        if (vacancySwitch(vacancyId).turn(true, clock.instant())) {
            log.info("Automation switched on for vacancy {}", vacancyId);
        }
    }

    private AutomationSwitch globalSwitch() {
        return repository.findById(AutomationSwitch.GLOBAL_ID)
                .orElseThrow(AutomationSwitches::missingGlobalSwitch);
    }

    private static IllegalStateException missingGlobalSwitch() {
        return new IllegalStateException("The global automation switch is missing from the database");
    }

    private AutomationSwitch vacancySwitch(UUID vacancyId) {
        Objects.requireNonNull(vacancyId, "vacancyId");
        if (vacancies.findById(vacancyId).isEmpty()) {
            throw new UnknownVacancyException(vacancyId);
        }
        return repository.findByVacancyId(vacancyId)
                .orElseGet(() -> repository.save(AutomationSwitch.forVacancy(vacancyId, clock.instant())));
    }
}
