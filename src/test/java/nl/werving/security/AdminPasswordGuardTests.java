package nl.werving.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordGuardTests {

    @Test
    void demoModeNeedsNoAdminPassword() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordGuard.DEMO_ENABLED, "true");

        assertThatCode(() -> AdminPasswordGuard.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void outsideDemoModeAMissingPasswordIsRefused() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordGuard.DEMO_ENABLED, "false");

        assertThatThrownBy(() -> AdminPasswordGuard.check(environment))
                .isInstanceOf(InsecureAdminPasswordException.class)
                .hasMessageContaining("no administrator password is set")
                .hasMessageContaining("WERVING_ADMIN_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin-demo", "hr-demo", "RECRUITER-DEMO", "admin", "changeme", "   "})
    void publishedOrBlankPasswordsAreRefused(String password) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(AdminPasswordGuard.DEMO_ENABLED, "false")
                .withProperty(AdminPasswordGuard.ADMIN_PASSWORD, password);

        assertThatThrownBy(() -> AdminPasswordGuard.check(environment))
                .isInstanceOf(InsecureAdminPasswordException.class);
    }

    @Test
    void shortPasswordsAreRefused() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(AdminPasswordGuard.ADMIN_PASSWORD, "Xq7!short");

        assertThatThrownBy(() -> AdminPasswordGuard.check(environment))
                .isInstanceOf(InsecureAdminPasswordException.class)
                .hasMessageContaining("shorter than 12 characters");
    }

    @Test
    void aStrongPasswordIsAccepted() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(AdminPasswordGuard.DEMO_ENABLED, "false")
                .withProperty(AdminPasswordGuard.ADMIN_PASSWORD, "correct-horse-battery-staple");

        assertThatCode(() -> AdminPasswordGuard.check(environment)).doesNotThrowAnyException();
    }
}
