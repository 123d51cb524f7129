package nl.werving.datarequest;

import java.util.UUID;

/** No data request has the id. */
public class UnknownDataRequestException extends RuntimeException {

    public UnknownDataRequestException(UUID id) {
        super("No data request " + id);
    }
}
