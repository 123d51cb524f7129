package nl.werving.vacancy;

/** An edit of a vacancy's requirements was based on a version that is no longer the current one. */
public class RequirementsVersionConflictException extends RuntimeException {

    private final int basedOnVersion;
    private final int currentVersion;

    public RequirementsVersionConflictException(int basedOnVersion, int currentVersion) {
        super("The requirements were changed meanwhile: the edit is based on version " + basedOnVersion
                + ", the current version is " + currentVersion);
        this.basedOnVersion = basedOnVersion;
        this.currentVersion = currentVersion;
    }

    public int basedOnVersion() {
        return basedOnVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
