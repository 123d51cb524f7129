package nl.werving.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/**
 * One switch: the global one (the row with the nil id and no vacancy, created by the migration) or a vacancy's.
 */
@Entity
@Table(name = "automation_switch")
class AutomationSwitch extends AssignedIdEntity {

    static final UUID GLOBAL_ID = new UUID(0, 0);

    @Id
    private UUID id;

    @Column(name = "vacancy_id", unique = true)
    private UUID vacancyId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AutomationSwitch() {
        // for JPA
    }

    private AutomationSwitch(UUID vacancyId, Instant at) {
        this.id = UUID.randomUUID();
        this.vacancyId = Objects.requireNonNull(vacancyId);
        this.enabled = true;
        this.changedAt = at;
    }

    /** A vacancy's switch in its default position: on. */
    static AutomationSwitch forVacancy(UUID vacancyId, Instant at) {
        return new AutomationSwitch(vacancyId, at);
    }

    /** @return whether the switch changed position */
    boolean turn(boolean on, Instant at) {
        if (enabled == on) {
            return false;
        }
        enabled = on;
        changedAt = at;
        return true;
    }

    boolean isOn() {
        return enabled;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
