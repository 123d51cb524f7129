package nl.werving.automation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The position of an automation switch, as read and written by HR. */
@Schema(name = "AutomationSetting")
record AutomationSetting(
        @NotNull
        @Schema(description = "true: automated recommendations are used; false: every application goes to manual review")
        Boolean enabled) {
}
