package nl.werving.process.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionPoolCheckTests {

    @Test
    void aPoolOfTwiceTheJobThreadsPlusTheSpareIsEnough() {
        assertThatCode(() -> ConnectionPoolCheck.require(12, 4)).doesNotThrowAnyException();
        assertThatCode(() -> ConnectionPoolCheck.require(20, 4)).doesNotThrowAnyException();
    }

    @Test
    void aSmallerPoolIsRefusedNamingBothSettingsAndTheSizeNeeded() {
        assertThatThrownBy(() -> ConnectionPoolCheck.require(10, 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WERVING_DB_POOL_SIZE, 10")
                .hasMessageContaining("WERVING_JOB_THREADS, 10")
                .hasMessageContaining("set it to 24 or more");
        assertThatThrownBy(() -> ConnectionPoolCheck.require(11, 4)).isInstanceOf(IllegalStateException.class);
    }
}
