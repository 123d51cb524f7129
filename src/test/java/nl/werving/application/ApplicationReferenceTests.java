package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationReferenceTests {

    @Test
    void aRandomReferenceIsTwentyFourCharactersOfCrockfordBase32() {
        ApplicationReference reference = ApplicationReference.random();

        assertThat(reference.value()).hasSize(24).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(ApplicationReference.isWellFormed(reference.value())).isTrue();
    }

    @Test
    void referencesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            assertThat(seen.add(ApplicationReference.random().value())).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "V6QHHSN8VXXB3P0KW81VJQP", "V6QHHSN8VXXB3P0KW81VJQP3X", "v6qhhsn8vxxb3p0kw81vjqp3",
            "V6QHHSN8VXXB3P0KW81VJQPI", "../../etc/passwd12345678"})
    void malformedReferencesAreRefused(String value) {
        assertThat(ApplicationReference.isWellFormed(value)).isFalse();
        assertThatThrownBy(() -> new ApplicationReference(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
