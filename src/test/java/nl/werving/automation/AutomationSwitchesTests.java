package nl.werving.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.vacancy.UnknownVacancyException;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

class AutomationSwitchesTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final AutomationSwitchRepository repository = mock(AutomationSwitchRepository.class);
    private final Vacancies vacancies = mock(Vacancies.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final AutomationSwitches switches = new AutomationSwitches(repository, vacancies, events,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Vacancy vacancy = Vacancy.draft("Title", "Description", NOW);
    private final AutomationSwitch global = globalSwitch();

    @BeforeEach
    void setUp() {
        when(repository.findById(AutomationSwitch.GLOBAL_ID)).thenReturn(Optional.of(global));
        when(vacancies.findById(vacancy.getId())).thenReturn(Optional.of(vacancy));
        when(repository.findByVacancyId(any())).thenReturn(Optional.empty());
        when(repository.findGlobalAndVacancy(eq(AutomationSwitch.GLOBAL_ID), any())).thenAnswer(invocation -> {
            List<AutomationSwitch> found = new ArrayList<>(List.of(global));
            repository.findByVacancyId(invocation.getArgument(1)).ifPresent(found::add);
            return found;
        });
        when(repository.save(any())).thenAnswer(invocation -> {
            AutomationSwitch saved = invocation.getArgument(0);
            when(repository.findByVacancyId(vacancy.getId())).thenReturn(Optional.of(saved));
            return saved;
        });
    }

    @Test
    void automationIsOnByDefault() {
        assertThat(switches.isAutomationOn(vacancy.getId())).isTrue();
        assertThat(switches.isAutomationOn(null)).isTrue();
        assertThat(switches.isOnForVacancy(vacancy.getId())).isTrue();
    }

    @Test
    void theGlobalSwitchStopsAutomationForEveryVacancy() {
        switches.switchOffGlobally();

        assertThat(switches.isAutomationOn(vacancy.getId())).isFalse();
        assertThat(switches.isAutomationOn(null)).isFalse();
        assertThat(switches.isOnForVacancy(vacancy.getId())).isTrue();
        verify(events).publishEvent(new AutomationSwitchedOff(null));
    }

    @Test
    void aVacancySwitchStopsAutomationForThatVacancyOnly() {
        switches.switchOff(vacancy.getId());

        assertThat(switches.isAutomationOn(vacancy.getId())).isFalse();
        assertThat(switches.isAutomationOn(UUID.randomUUID())).isTrue();
        verify(events).publishEvent(new AutomationSwitchedOff(vacancy.getId()));
    }

    @Test
    void switchingOffTwiceIsAnnouncedOnce() {
        switches.switchOffGlobally();
        switches.switchOffGlobally();
        switches.switchOff(vacancy.getId());
        switches.switchOff(vacancy.getId());

        verify(events).publishEvent(new AutomationSwitchedOff(null));
        verify(events).publishEvent(new AutomationSwitchedOff(vacancy.getId()));
    }

    @Test
    void switchingOnAnnouncesNothing() {
        switches.switchOffGlobally();
        switches.switchOnGlobally();

        assertThat(switches.isAutomationOn(vacancy.getId())).isTrue();
        verify(events).publishEvent(any(Object.class));
    }

    @Test
    void anUnknownVacancyCannotBeSwitched() {
        UUID unknown = UUID.randomUUID();
        when(vacancies.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> switches.switchOff(unknown)).isInstanceOf(UnknownVacancyException.class);
        verify(repository, never()).save(any());
        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void aMissingGlobalSwitchIsAnErrorNotAnAnswer() {
        doReturn(List.of()).when(repository).findGlobalAndVacancy(AutomationSwitch.GLOBAL_ID, vacancy.getId());

        assertThatThrownBy(() -> switches.isAutomationOn(vacancy.getId())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("global automation switch is missing");
    }

    @Test
    void aTransactionReadsTheSwitchesOnceUntilItChangesOne() {
        TransactionTemplate processStep = new TransactionTemplate(new DataSourceTransactionManager(
                new DriverManagerDataSource("jdbc:h2:mem:automation-switches-" + UUID.randomUUID())));

        List<Boolean> seen = processStep.execute(status -> {
            List<Boolean> positions = new ArrayList<>();
            positions.add(switches.isAutomationOn(vacancy.getId()));
            // Switched off elsewhere: this transaction keeps the position it read.
            global.turn(false, NOW);
            positions.add(switches.isAutomationOn(vacancy.getId()));
            switches.switchOn(vacancy.getId());
            positions.add(switches.isAutomationOn(vacancy.getId()));
            return positions;
        });

        assertThat(seen).containsExactly(true, true, false);
        verify(repository, times(2)).findGlobalAndVacancy(AutomationSwitch.GLOBAL_ID, vacancy.getId());
        assertThat(switches.isAutomationOn(vacancy.getId())).as("outside the transaction").isFalse();
    }

    private static AutomationSwitch globalSwitch() {
        try {
            Constructor<AutomationSwitch> constructor = AutomationSwitch.class.getDeclaredConstructor();
            AutomationSwitch global = constructor.newInstance();
            ReflectionTestUtils.setField(global, "id", AutomationSwitch.GLOBAL_ID);
            ReflectionTestUtils.setField(global, "enabled", true);
            return global;
        } catch (ReflectiveOperationException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
