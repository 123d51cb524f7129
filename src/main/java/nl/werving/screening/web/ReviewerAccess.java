package nl.werving.screening.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.screening.ReviewerTasks;
import nl.werving.security.WervingGroups;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may read an application on the review pages and through the screening API: a reviewer with an open task for it
 * (assigned to them or offered to one of their groups), as in Tasklist. A malformed or unknown reference is a 404,
 * someone without such a task a 403 (a problem document in the API).
 */
@Component
class ReviewerAccess {

    private final Applications applications;
    private final ReviewerTasks tasks;

    ReviewerAccess(Applications applications, ReviewerTasks tasks) {
        this.applications = applications;
        this.tasks = tasks;
    }

    /** The application's id, when the reviewer may read it. */
    UUID applicationFor(String reference, Authentication reviewer) {
        if (!ApplicationReference.isWellFormed(reference)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such application");
        }
        UUID applicationId = applications.findByReference(new ApplicationReference(reference))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such application"))
                .getId();
        Set<String> groups = reviewer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(WervingGroups.AUTHORITY_PREFIX))
                .map(authority -> authority.substring(WervingGroups.AUTHORITY_PREFIX.length()))
                .collect(Collectors.toSet());
        if (!tasks.hasOpenTask(reference, reviewer.getName(), groups)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "You have no open task for this application, so its CV and screening are not shown to you");
        }
        return applicationId;
    }
}
