package nl.werving.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What a {@link TransactionMemory} remembers, and for how long, with a real transaction manager. */
class TransactionMemoryTests {

    private final DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(
            new DriverManagerDataSource("jdbc:h2:mem:transaction-memory-" + UUID.randomUUID()));
    private final TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    private final TransactionMemory<String, String> memory = new TransactionMemory<>();

    @Test
    void aValueIsRememberedForTheRestOfItsTransactionAndForgottenAfter() {
        String seen = transaction.execute(status -> {
            assertThat(memory.get("key")).isEmpty();
            memory.put("key", "value");
            return memory.get("key").orElseThrow();
        });

        assertThat(seen).isEqualTo("value");
        Optional<String> next = transaction.execute(status -> memory.get("key"));
        assertThat(next).as("the next transaction").isEmpty();
    }

    @Test
    void aRolledBackTransactionsValuesAreForgottenToo() {
        transaction.executeWithoutResult(status -> {
            memory.put("key", "value");
            status.setRollbackOnly();
        });

        Optional<String> next = transaction.execute(status -> memory.get("key"));
        assertThat(next).isEmpty();
    }

    @Test
    void outsideATransactionNothingIsRemembered() {
        memory.put("key", "value");

        assertThat(memory.get("key")).isEmpty();
    }

    @Test
    void aTransactionStartedInsideAnotherSharesNoValuesWithIt() {
        TransactionTemplate inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transaction.executeWithoutResult(status -> {
            memory.put("outer", "outer value");
            inner.executeWithoutResult(innerStatus -> {
                assertThat(memory.get("outer")).as("the outer value, inside").isEmpty();
                memory.put("inner", "inner value");
                assertThat(memory.get("inner")).contains("inner value");
            });
            assertThat(memory.get("inner")).as("the inner value, after the inner transaction").isEmpty();
            assertThat(memory.get("outer")).contains("outer value");
        });
    }

    @Test
    void aJoinedTransactionSharesItsValues() {
        TransactionTemplate joining = new TransactionTemplate(transactionManager);
        joining.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);

        String seen = transaction.execute(status -> {
            joining.executeWithoutResult(joined -> memory.put("key", "value"));
            return memory.get("key").orElse(null);
        });

        assertThat(seen).isEqualTo("value");
    }

    @Test
    void forgettingAllLeavesTheTransactionFreeToRememberAgain() {
        transaction.executeWithoutResult(status -> {
            memory.put("one", "1");
            memory.put("two", "2");
            memory.forgetAll();
            assertThat(memory.get("one")).isEmpty();
            assertThat(memory.get("two")).isEmpty();
            memory.put("one", "again");
            assertThat(memory.get("one")).contains("again");
        });
    }

    @Test
    void aValueReadOnceIsRememberedAndOutsideATransactionReadEveryTime() {
        AtomicInteger reads = new AtomicInteger();

        String seen = transaction.execute(status -> {
            memory.get("key", () -> "read " + reads.incrementAndGet());
            return memory.get("key", () -> "read " + reads.incrementAndGet());
        });
        memory.get("key", () -> "read " + reads.incrementAndGet());
        memory.get("key", () -> "read " + reads.incrementAndGet());

        assertThat(seen).isEqualTo("read 1");
        assertThat(reads).hasValue(3);
    }

    @Test
    void twoMemoriesKeepTheirValuesApart() {
        TransactionMemory<String, String> other = new TransactionMemory<>();

        transaction.executeWithoutResult(status -> {
            memory.put("key", "mine");
            assertThat(other.get("key")).isEmpty();
            other.put("key", "theirs");
            assertThat(memory.get("key")).contains("mine");
            assertThat(other.get("key")).contains("theirs");
        });
    }
}
