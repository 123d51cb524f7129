package nl.werving.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.governance.DefinitionKind;
import nl.werving.governance.ModelDeployment;
import nl.werving.governance.ModelGovernance;
import nl.werving.governance.UnknownDecisionVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Process version governance as pages for auditors and the DPO: every deployment with who made it and what it
 * holds, and what changed between two versions of a decision table (chosen through a GET form).
 */
@Controller
class GovernancePageController {

    private final ModelGovernance governance;
    private final AuditPages pages;

    GovernancePageController(ModelGovernance governance, AuditPages pages) {
        this.governance = governance;
        this.pages = pages;
    }

    @GetMapping("/audit/governance")
    ModelAndView deployments() {
        List<ModelDeployment> deployments = governance.deployments();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(AuditPages.TEXTS, pages.texts());
        model.put("deployments", deployments);
        model.put("decisionKeys", decisionKeys(deployments));
        return new ModelAndView("audit/governance", model);
    }

    @GetMapping("/audit/governance/diff")
    ModelAndView diff(@RequestParam(required = false) String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Map<String, Object> model = new LinkedHashMap<>();
        AuditTexts texts = pages.texts();
        model.put(AuditPages.TEXTS, texts);
        model.put("key", key == null ? "" : key);
        model.put("from", from == null ? "" : from);
        model.put("to", to == null ? "" : to);
        model.put("decisionKeys", decisionKeys(governance.deployments()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (key == null || key.isBlank()) {
            errors.put("key", texts.get("diff.key.missing"));
        }
        Integer fromVersion = version(from, "from", errors, texts);
        Integer toVersion = version(to, "to", errors, texts);
        model.put("errors", errors);
        if (!errors.isEmpty()) {
            return new ModelAndView("audit/diff", model, HttpStatus.BAD_REQUEST);
        }
        try {
            model.put("diff", governance.diff(key.strip(), fromVersion, toVersion));
        } catch (UnknownDecisionVersionException unknown) {
            return pages.problem(HttpStatus.NOT_FOUND, "problem.unknown-version.title",
                    "problem.unknown-version.message", key.strip(), fromVersion, toVersion);
        }
        return new ModelAndView("audit/diff", model);
    }

    private static Integer version(String text, String field, Map<String, String> errors, AuditTexts texts) {
        try {
            int version = Integer.parseInt(text == null ? "" : text.strip());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.put(field, texts.get("diff.version.invalid"));
        return null;
    }

    private static List<String> decisionKeys(List<ModelDeployment> deployments) {
        return deployments.stream().flatMap(deployment -> deployment.resources().stream())
                .filter(resource -> resource.kind() == DefinitionKind.DECISION).map(resource -> resource.key())
                .distinct().sorted().toList();
    }
}
