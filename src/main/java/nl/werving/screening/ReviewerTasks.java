package nl.werving.screening;

import java.util.Collection;

/**
 * Whether a person has work on an application: an open task of one of its processes assigned to them or offered to
 * one of their groups. The review pages show a candidate's CV and screening evidence only to such a person, as
 * Tasklist shows a task only to them. Implemented by the {@code process} module.
 */
public interface ReviewerTasks {

    /**
     * @param reference the application's reference (the business key of its processes)
     * @param userId the person's user id
     * @param groups the person's groups
     */
    boolean hasOpenTask(String reference, String userId, Collection<String> groups);
}
