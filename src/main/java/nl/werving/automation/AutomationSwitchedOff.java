package nl.werving.automation;

import java.util.UUID;

/**
 * Automation was switched off, for one vacancy or ({@code vacancyId == null}) everywhere. Published inside the
 * transaction that switched it off, only when the switch was on before.
 */
public record AutomationSwitchedOff(UUID vacancyId) {

    public boolean isGlobal() {
        return vacancyId == null;
    }
}
