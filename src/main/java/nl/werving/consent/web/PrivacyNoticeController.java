package nl.werving.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.werving.consent.PrivacyNotice;
import nl.werving.consent.PrivacyNotices;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/privacy-notice}: the privacy notice to show before applying (public). */
@RestController
@Tag(name = "Applications")
class PrivacyNoticeController {

    private final PrivacyNotices notices;

    PrivacyNoticeController(PrivacyNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/api/privacy-notice")
    @Operation(summary = "The privacy notice for applicants",
            description = "The current version unless `version` names an earlier one. Send its `version` as "
                    + "`privacyNoticeVersion` when applying.")
    @ApiResponse(responseCode = "200", description = "The notice")
    @ApiResponse(responseCode = "400", description = "`lang` is not nl or en")
    @ApiResponse(responseCode = "404", description = "No notice has that version")
    PrivacyNotice notice(@RequestParam(defaultValue = "nl") String lang,
            @RequestParam(required = false) String version) {
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang must be nl or en, not " + lang);
        }
        if (version == null) {
            return notices.current(lang);
        }
        return notices.notice(version, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No privacy notice has version " + version));
    }
}
