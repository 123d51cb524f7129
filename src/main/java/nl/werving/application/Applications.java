package nl.werving.application;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application module's public service for other modules: finding applications. */
@Service
@Transactional(readOnly = true)
public class Applications {

    private final ApplicationRepository repository;

    Applications(ApplicationRepository repository) {
        this.repository = repository;
    }

    public Optional<Application> findById(UUID id) {
        return repository.findById(id);
    }

    public Optional<Application> findByReference(ApplicationReference reference) {
        return repository.findByReference(reference.value());
    }
}
