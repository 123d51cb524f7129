package nl.werving.governance;

/** No decision table of this key and version is deployed. */
public class UnknownDecisionVersionException extends RuntimeException {

    public UnknownDecisionVersionException(String key, int version) {
        super("No version " + version + " of decision '" + key + "' is deployed");
    }
}
