package nl.werving.application.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.werving.application.Application;

@Schema(name = "ApplicationCreated")
record ApplicationCreated(
        @Schema(description = "The application's reference; quote it in every contact about the application")
        String reference,
        String status) {

    static ApplicationCreated of(Application application) {
        return new ApplicationCreated(application.getReference().value(), application.getStatus().name());
    }
}
