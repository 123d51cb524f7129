package nl.werving.web;

/** One invalid field of a request, as listed in a problem document's {@code errors} member. */
public record FieldError(String field, String message) {
}
