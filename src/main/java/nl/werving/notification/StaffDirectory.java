package nl.werving.notification;

import java.util.List;

/**
 * Resolves a staff recipient (a user or group id) to e-mail addresses. The addresses live in Camunda's identity
 * service, which only the process module may call; until it provides an implementation, the default resolves
 * nothing and staff messages are skipped with a reason.
 */
public interface StaffDirectory {

    /** The addresses of the user, or of the group's members; empty when unknown. */
    List<String> emailAddresses(String userOrGroupId);
}
