package nl.werving.erasure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure a person asked for (GDPR art. 17), as the API hands it in. For now the erasure runs at once; the data
 * lifecycle process will take these requests over (legal holds, the one-month answer period), and then only this
 * class changes.
 */
@Service
public class ErasureRequests {

    private final ErasableApplications applications;
    private final Erasure erasure;

    ErasureRequests(ErasableApplications applications, Erasure erasure) {
        this.applications = applications;
        this.erasure = erasure;
    }

    /**
     * Erases the application's personal data at the candidate's request and returns the receipt. A repeated request
     * finds nothing left and returns a receipt with zero counts.
     *
     * @throws UnknownErasureSubjectException when no application has the reference
     */
    @Transactional
    public ErasureReceipt eraseOnCandidateRequest(String reference) {
        ErasedApplication application = applications.find(reference)
                .orElseThrow(UnknownErasureSubjectException::new);
        return erasure.erase(application, ErasureReason.CANDIDATE_REQUEST);
    }
}
