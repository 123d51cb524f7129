package nl.werving.candidate.web;

import org.springframework.http.HttpStatus;

/** Why a candidate page cannot do what the link is for, with the HTTP status the page is sent with. */
enum PageProblem {
    MALFORMED(HttpStatus.BAD_REQUEST),
    TAMPERED(HttpStatus.BAD_REQUEST),
    WRONG_PURPOSE(HttpStatus.BAD_REQUEST),
    INVALID_CHOICE(HttpStatus.BAD_REQUEST),
    EXPIRED(HttpStatus.GONE),
    USED(HttpStatus.GONE),
    UNKNOWN_APPLICATION(HttpStatus.NOT_FOUND),
    ENDED(HttpStatus.CONFLICT),
    NOT_WAITING(HttpStatus.CONFLICT),
    CONFLICT(HttpStatus.CONFLICT),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

    private final HttpStatus status;

    PageProblem(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
