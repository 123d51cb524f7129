package nl.werving.process.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PublishedPasswordsTests {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml").build();

    @AfterEach
    void deleteUsers() {
        engine.getIdentityService().createUserQuery().list()
                .forEach(user -> engine.getIdentityService().deleteUser(user.getId()));
    }

    @Test
    void anAccountWithItsPublishedDemoPasswordStopsTheStart() {
        createUser("hr", "hr-demo");

        assertThatThrownBy(() -> PublishedPasswords.refuseIfInUse(engine.getProcessEngine()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("[hr]")
                .hasMessageContaining("published demo password");
    }

    @Test
    void changedPasswordsAndUnknownUsersAreFine() {
        createUser("hr", "a-real-secret-of-hr");
        createUser("admin", "a-real-secret-of-the-admin");

        assertThatCode(() -> PublishedPasswords.refuseIfInUse(engine.getProcessEngine())).doesNotThrowAnyException();
    }

    @Test
    void checkingDoesNotCountAsAFailedLogin() {
        createUser("admin", "a-real-secret-of-the-admin");

        PublishedPasswords.refuseIfInUse(engine.getProcessEngine());

        // A failed login would lock the user for a few seconds, so the right password would be refused now.
        org.assertj.core.api.Assertions.assertThat(
                engine.getIdentityService().checkPassword("admin", "a-real-secret-of-the-admin")).isTrue();
    }

    private static void createUser(String id, String password) {
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(id);
        user.setPassword(password);
        identity.saveUser(user);
    }
}
