package nl.werving.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id Werving assigns when it creates it (a random UUID, or the id of what it belongs to). Spring
 * Data cannot tell such an entity's state from its id, and without help it treats every one as possibly stored:
 * {@code save} then merges, which reads the row by id before inserting it. This class tells it instead: an entity is
 * new until it has been persisted or was loaded, so {@code save} of a new one inserts at once and {@code save} of a
 * stored one merges as before.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
