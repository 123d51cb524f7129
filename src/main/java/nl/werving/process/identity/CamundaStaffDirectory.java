package nl.werving.process.identity;

import java.util.List;
import java.util.Optional;
import nl.werving.notification.StaffDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Staff addresses from Camunda's identity service: a user id resolves to that user's address, a group id to the
 * addresses of its members. Users without an address are left out.
 */
@Component
class CamundaStaffDirectory implements StaffDirectory {

    private final IdentityService identity;

    CamundaStaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Optional<StaffMember> member(String userId) {
        return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .filter(CamundaStaffDirectory::hasAddress)
                .map(user -> new StaffMember(user.getId(), user.getEmail().strip(), displayName(user)));
    }

    @Override
    public List<String> emailAddresses(String userOrGroupId) {
        Optional<StaffMember> user = member(userOrGroupId);
        if (user.isPresent()) {
            return List.of(user.get().email());
        }
        return identity.createUserQuery().memberOfGroup(userOrGroupId).orderByUserId().asc().list().stream()
                .filter(CamundaStaffDirectory::hasAddress)
                .map(member -> member.getEmail().strip())
                .distinct()
                .toList();
    }

    private static boolean hasAddress(User user) {
        return user.getEmail() != null && !user.getEmail().isBlank();
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
