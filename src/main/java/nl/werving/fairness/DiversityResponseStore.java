package nl.werving.fairness;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.stereotype.Component;

/** Erasure reaches the diversity survey's answers: they are deleted with the application's other personal data. */
@Component
class DiversityResponseStore implements PersonalDataStore {

    private final DiversityResponses responses;

    DiversityResponseStore(DiversityResponses responses) {
        this.responses = responses;
    }

    @Override
    public String name() {
        return "diversity_response";
    }

    @Override
    public int erase(ErasedApplication application) {
        return responses.delete(application.applicationId());
    }
}
