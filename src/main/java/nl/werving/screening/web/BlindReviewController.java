package nl.werving.screening.web;

import java.util.UUID;
import nl.werving.cv.CvDocuments;
import nl.werving.cv.OriginalCv;
import nl.werving.screening.BlindCv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The CV for reviewers with an open task for the application: blind by default (redacted text), the original document only on an explicit choice,
 * which is logged with the reviewer's user id and the application's reference (no personal data).
 */
@Controller
class BlindReviewController {

    private static final Logger log = LoggerFactory.getLogger(BlindReviewController.class);

    private final ReviewerAccess access;
    private final BlindCv blindCv;
    private final CvDocuments cvDocuments;

    BlindReviewController(ReviewerAccess access, BlindCv blindCv, CvDocuments cvDocuments) {
        this.access = access;
        this.blindCv = blindCv;
        this.cvDocuments = cvDocuments;
    }

    @GetMapping("/review/applications/{reference}/cv")
    String blind(@PathVariable String reference, Authentication reviewer, Model model) {
        UUID applicationId = access.applicationFor(reference, reviewer);
        model.addAttribute("reference", reference);
        model.addAttribute("text", blindCv.redactedText(applicationId).orElse(null));
        return "review/cv";
    }

    @GetMapping("/review/applications/{reference}/cv/original")
    ResponseEntity<byte[]> original(@PathVariable String reference, Authentication reviewer) {
        UUID applicationId = access.applicationFor(reference, reviewer);
        OriginalCv original = cvDocuments.original(applicationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This application has no CV"));
        log.info("Reviewer {} opened the original CV of application {}", reviewer.getName(), reference);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(original.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("cv-" + reference).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(original.content());
    }
}
