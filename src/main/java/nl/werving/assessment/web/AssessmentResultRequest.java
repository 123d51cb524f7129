package nl.werving.assessment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON body of {@code POST /api/assessments/{reference}/result}. */
@Schema(name = "AssessmentResult", description = "An assessment provider's result for one candidate")
record AssessmentResultRequest(
        @NotNull
        @Min(0)
        @Max(100)
        @Schema(description = "The candidate's score, 0 to 100", example = "72")
        Integer score,

        @NotNull
        @Schema(description = "Whether the candidate completed the assessment")
        Boolean completed,

        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        @Schema(description = "The provider's own id of this result, for support questions", example = "res_8f2k1")
        String providerResultId) {
}
