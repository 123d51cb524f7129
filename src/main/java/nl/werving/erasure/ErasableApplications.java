package nl.werving.erasure;

import java.util.Optional;

/**
 * Finds the application an erasure request names. Implemented by the module that owns applications, so that
 * erasure need not depend on it; finds applications whose data was erased before too, so a repeated request gets
 * a receipt (with zero counts) rather than an error.
 */
public interface ErasableApplications {

    /** The application with this reference, erased or not; empty when there is none. */
    Optional<ErasedApplication> find(String reference);
}
