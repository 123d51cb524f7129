package nl.werving.application.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.werving.cv.InspectedCv;

/**
 * A SHA-256 (hex) of everything an application request asks for: its fields in a fixed order, and the CV's own
 * hash. Two requests have the same fingerprint exactly when they ask for the same application.
 */
final class RequestFingerprint {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RequestFingerprint() {
    }

    static String of(SubmitApplicationRequest request, InspectedCv cv) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(CANONICAL.writeValueAsBytes(request));
            digest.update((byte) 0);
            digest.update((cv == null ? "no-cv" : cv.sha256()).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint an application request", e);
        }
    }
}
