package nl.werving.cv;

/**
 * Every CV extraction slot stayed busy for the whole time limit: nothing is wrong with the document, Werving is
 * receiving more CVs than it reads at once. The candidate should try again a little later.
 */
public class CvIntakeBusyException extends RuntimeException {

    public CvIntakeBusyException() {
        super("Many CVs are arriving at the moment. Nothing was stored; please try again in a few minutes.");
    }
}
