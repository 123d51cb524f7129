package nl.werving.application.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Describes the multipart form of {@code POST /api/applications} in the OpenAPI document; never instantiated. */
@Schema(name = "SubmitApplicationWithCv", description = "An application with the candidate's CV, as multipart/form-data")
record ApplicationWithCvForm(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The application, the same JSON as for application/json; send the part as "
                        + "application/json or without a content type")
        SubmitApplicationRequest application,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
                description = "The CV: PDF, Word (.docx), OpenDocument text (.odt), RTF or plain text, at most "
                        + "10 MB by default (werving.cv.max-size). The type is read from the content, not the "
                        + "file name; the file name is not stored.")
        String cv) {
}
