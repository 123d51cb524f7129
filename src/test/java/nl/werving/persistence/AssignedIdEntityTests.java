package nl.werving.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignedIdEntityTests {

    @Test
    void anEntityIsNewUntilItIsPersistedOrLoaded() {
        Example created = new Example();
        assertThat(created.isNew()).isTrue();

        created.markStored();

        assertThat(created.isNew()).as("persisted, or loaded from the database").isFalse();
        assertThat(created.getId()).isNotNull();
    }

    private static final class Example extends AssignedIdEntity {

        private final UUID id = UUID.randomUUID();

        @Override
        public UUID getId() {
            return id;
        }
    }
}
