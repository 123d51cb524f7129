package nl.werving.datarequest.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import nl.werving.datarequest.DataRequestType;

/** The JSON body of {@code POST /api/applications/{reference}/data-requests}. */
@Schema(name = "CreateDataRequest", description = "A data-subject request the candidate made by phone, letter or mail")
record CreateDataRequest(
        @NotNull
        @Schema(description = "What the candidate asks for", example = "ACCESS")
        DataRequestType type) {
}
