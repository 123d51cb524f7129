package nl.werving.application.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Reads the {@code application} part of a multipart application when the client sent it without a content type
 * (browsers' {@code FormData} with a plain string, {@code curl -F application=...}): Spring then sees
 * {@code application/octet-stream}, which no JSON converter reads. This one reads it as JSON with the application's
 * own mapper (so unknown fields are still refused), for {@link SubmitApplicationRequest} only, and writes nothing.
 */
final class ApplicationPartConverter extends MappingJackson2HttpMessageConverter {

    ApplicationPartConverter(ObjectMapper objectMapper) {
        super(objectMapper);
        setSupportedMediaTypes(List.of(MediaType.APPLICATION_OCTET_STREAM));
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return clazz == SubmitApplicationRequest.class && super.canRead(clazz, mediaType);
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return type == SubmitApplicationRequest.class && super.canRead(type, contextClass, mediaType);
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        return false;
    }
}
