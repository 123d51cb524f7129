package nl.werving.application.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OpenAPI description of the optional {@code Idempotency-Key} header of the application endpoints. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", required = false,
        description = "A key the client makes per application (a UUID, say) and sends again on every retry. A retry "
                + "with the same key and request within 24 hours creates nothing new and answers with the first "
                + "application; the same key with a different request is a 422.",
        schema = @Schema(type = "string", minLength = 8, maxLength = 255, example = "3f1c2a9e-5b7d-4e2f-9a61-0c8d4b7e2f10"))
@interface IdempotencyKeyHeader {
}
