package nl.werving;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Libraries that log through the Commons Logging API (PDFBox among them) reach Logback through Spring's spring-jcl,
 * so the levels in application.yaml apply to them. A second copy of the API (commons-logging.jar, which some Tika
 * modules bring) makes spring-jcl warn at every start.
 */
class LoggingClasspathTests {

    @Test
    void theCommonsLoggingApiComesFromSpringJclAlone() throws Exception {
        List<URL> copies = Collections.list(getClass().getClassLoader()
                .getResources("org/apache/commons/logging/LogFactory.class"));

        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).toString()).contains("spring-jcl");
    }
}
