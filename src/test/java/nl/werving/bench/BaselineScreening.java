package nl.werving.bench;

import java.util.Map;

/**
 * What the bare engine's screening step does for an application: either the screening work Werving does, without
 * Werving ({@link SameScreening}), or nothing but setting the variables Werving's screening left
 * ({@link #engineOnly}), which measures the engine alone.
 */
interface BaselineScreening {

    /** In the thread that starts the application's processes, before it starts them. */
    void received(String applicationId, int index);

    /** The variables the screening step leaves on the hiring process. */
    Map<String, Object> screen(String applicationId);

    /** A name for the table. */
    String description();

    /** Sets the given variables and does nothing else. */
    static BaselineScreening engineOnly(Map<String, Object> features) {
        Map<String, Object> copy = Map.copyOf(features);
        return new BaselineScreening() {
            @Override
            public void received(String applicationId, int index) {
            }

            @Override
            public Map<String, Object> screen(String applicationId) {
                return copy;
            }

            @Override
            public String description() {
                return "bare engine, screening variables set";
            }
        };
    }
}
