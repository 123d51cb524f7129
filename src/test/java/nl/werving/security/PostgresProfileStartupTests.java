package nl.werving.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werving.WervingApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PostgresProfileStartupTests {

    @Test
    void thePostgresProfileRefusesToStartWithoutAnAdminPassword(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(WervingApplication.class)
                .profiles("postgres");

        // Command-line arguments outrank any WERVING_ADMIN_PASSWORD in the environment running the tests.
        assertThatThrownBy(() -> application.run("--camunda.bpm.admin-user.password=", "--server.port=0"))
                .isInstanceOf(InsecureAdminPasswordException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("no administrator password is set")
                .contains("WERVING_ADMIN_PASSWORD");
    }

    @Test
    void thePostgresProfileRefusesAPublishedDemoPassword() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(WervingApplication.class)
                .profiles("postgres");

        assertThatThrownBy(() -> application.run("--camunda.bpm.admin-user.password=admin-demo", "--server.port=0"))
                .isInstanceOf(InsecureAdminPasswordException.class)
                .hasMessageContaining("published demo or default value");
    }
}
