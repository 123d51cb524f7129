package nl.werving.notification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves staff recipients (user or group ids) to e-mail addresses. The addresses live in Camunda's identity
 * service, which only the process module may call, so the process module implements this.
 */
public interface StaffDirectory {

    /** The user with this id, when it exists and has an e-mail address. */
    Optional<StaffMember> member(String userId);

    /** The address of the user, or the addresses of the group's members; empty when unknown. */
    List<String> emailAddresses(String userOrGroupId);

    /** A staff member's contact details, as the identity service knows them. */
    record StaffMember(String userId, String email, String displayName) {

        public StaffMember {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(email, "email");
            displayName = displayName == null || displayName.isBlank() ? userId : displayName;
        }
    }
}
