package nl.werving.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document served at {@code /v3/api-docs}, describing Werving's own HTTP APIs. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI wervingOpenApi() {
        String version = Objects.requireNonNullElse(getClass().getPackage().getImplementationVersion(), "development");
        return new OpenAPI().info(new Info()
                .title("Werving API")
                .version(version)
                .description("""
                        Werving's HTTP API. Applying for a vacancy and listing open vacancies are public; \
                        errors are RFC 9457 problem documents whose `errors` member names each invalid field. \
                        Camunda's own REST API is served separately under /engine-rest.""")
                .license(new License().name("Apache-2.0")));
    }
}
