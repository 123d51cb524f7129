package nl.werving.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates Camunda users for integration tests (the 'postgres' profile has no demo users). */
public final class TestUsers {

    public static final String ADMIN_PASSWORD = "integration-admin-secret";
    public static final String PASSWORD = "integration-secret";

    private TestUsers() {
    }

    /** Makes sure a user with {@link #PASSWORD} exists and belongs to the group; returns the user id. */
    public static String member(IdentityService identity, String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName("Test");
            user.setLastName(userId);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
        return userId;
    }

    /** Like {@link #member(IdentityService, String, String)}, with an e-mail address and a name. */
    public static String memberWithEmail(IdentityService identity, String userId, String groupId, String email,
            String firstName, String lastName) {
        member(identity, userId, groupId);
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        identity.saveUser(user);
        return userId;
    }
}
