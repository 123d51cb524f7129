package nl.werving.security;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses to start Werving outside demo mode when the administrator's password is unset, short, or a
 * published demo value. Runs before any bean is created, so nothing touches the database first.
 * Registered in {@code META-INF/spring.factories}.
 */
public class AdminPasswordGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String DEMO_ENABLED = "werving.demo.enabled";
    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";
    static final int MINIMUM_LENGTH = 12;

    private static final Set<String> KNOWN_WEAK = Stream.concat(
                    DemoAccount.ALL.stream().map(DemoAccount::password),
                    Stream.of("admin", "demo", "password", "changeme", "change-me", "camunda", "werving", "secret"))
            .map(value -> value.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(Environment environment) {
        if (environment.getProperty(DEMO_ENABLED, Boolean.class, false)) {
            return;
        }
        String password = environment.getProperty(ADMIN_PASSWORD, "");
        if (password.isBlank()) {
            throw new InsecureAdminPasswordException("no administrator password is set");
        }
        if (KNOWN_WEAK.contains(password.strip().toLowerCase(Locale.ROOT))) {
            throw new InsecureAdminPasswordException("the administrator password is a published demo or default value");
        }
        if (password.length() < MINIMUM_LENGTH) {
            throw new InsecureAdminPasswordException(
                    "the administrator password is shorter than " + MINIMUM_LENGTH + " characters");
        }
    }
}
