package nl.werving.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.werving.application.ApplicationReference;
import nl.werving.application.UnknownApplicationException;
import nl.werving.governance.ApplicationVersions;
import nl.werving.governance.DecisionTableDiff;
import nl.werving.governance.ModelDeployment;
import nl.werving.governance.ModelGovernance;
import nl.werving.governance.UnknownDecisionVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Process version governance (auditors, DPO, HR; read-only). */
@RestController
@Tag(name = "Governance", description = "Deployed model versions, the versions an application went through, and "
        + "decision table diffs (auditors, DPO, HR)")
class GovernanceController {

    private final ModelGovernance governance;

    GovernanceController(ModelGovernance governance) {
        this.governance = governance;
    }

    @GetMapping(path = "/api/governance/deployments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List every deployment of models",
            description = "Newest first: id, name, source (\"Camunda Modeler\" for HR's deployments, none for the "
                    + "start-up deployment), time, who deployed it (from the engine's user operation log; \"system\" "
                    + "when no user did, as for the start-up deployment) and the process, decision and form "
                    + "definitions it created with their keys and versions.")
    @ApiResponse(responseCode = "200", description = "The deployments")
    @ApiResponse(responseCode = "401", description = "Not logged in")
    @ApiResponse(responseCode = "403", description = "Not an auditor, the DPO or HR")
    List<ModelDeployment> deployments() {
        return governance.deployments();
    }

    @GetMapping(path = "/api/governance/applications/{reference}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read the model versions an application went through",
            description = "The process instances of the application (hiring, data lifecycle, data-subject requests, "
                    + "mail delivery follow-ups) with their process versions; every decision evaluation with the "
                    + "decision table's version; every user task with the form version it used. Forms are bound "
                    + "'latest', so a completed task's form version is the newest deployed at its completion; an "
                    + "open task's the newest now (completedAt null).")
    @ApiResponse(responseCode = "200", description = "The versions")
    @ApiResponse(responseCode = "400", description = "The reference is malformed")
    @ApiResponse(responseCode = "403", description = "Not an auditor, the DPO or HR")
    @ApiResponse(responseCode = "404", description = "No application has this reference (or its data was erased)")
    ApplicationVersions versions(@PathVariable String reference) {
        if (!ApplicationReference.isWellFormed(reference)) {
            throw new IllegalArgumentException(
                    "An application reference is 24 characters of 0-9 and A-Z without I, L, O and U.");
        }
        return governance.versionsOf(new ApplicationReference(reference));
    }

    @GetMapping(path = "/api/governance/decisions/{key}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare two versions of a decision table",
            description = "Inputs and outputs added, removed or relabelled; rules added, removed and changed, "
                    + "matched by rule id, with input and output entries side by side and the annotation; and a "
                    + "change of hit policy.")
    @ApiResponse(responseCode = "200", description = "The differences (empty lists when there are none)")
    @ApiResponse(responseCode = "400", description = "A version is missing, not a number or below 1")
    @ApiResponse(responseCode = "403", description = "Not an auditor, the DPO or HR")
    @ApiResponse(responseCode = "404", description = "The decision key or one of the versions is not deployed")
    DecisionTableDiff diff(@Parameter(description = "The decision's key, e.g. ScreeningDecision") @PathVariable String key,
            @Parameter(description = "The older version") @RequestParam int from,
            @Parameter(description = "The newer version") @RequestParam int to) {
        return governance.diff(key, from, to);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException exception) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", exception.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownApplication(UnknownApplicationException exception) {
        return problem(HttpStatus.NOT_FOUND, "Unknown application", "There is no application with this reference.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownDecision(UnknownDecisionVersionException exception) {
        return problem(HttpStatus.NOT_FOUND, "Unknown decision version", exception.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
