package nl.werving.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values a service remembers for the rest of the current transaction, such as a row it has just written and will be
 * asked for again before the transaction ends. They are forgotten when the transaction ends, committed or rolled
 * back, and a transaction started inside it (propagation {@code REQUIRES_NEW}) sees none of them. Outside a
 * transaction nothing is remembered. Each instance is a memory of its own.
 *
 * @param <K> what a value is remembered by
 * @param <V> the value
 */
public final class TransactionMemory<K, V> {

    /** The value remembered by {@code key} in the current transaction; empty outside a transaction. */
    public Optional<V> get(K key) {
        Values<K, V> values = values();
        return values == null ? Optional.empty() : Optional.ofNullable(values.byKey.get(key));
    }

    /** Remembers the value until the current transaction ends; does nothing outside a transaction. */
    public void put(K key, V value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Values<K, V> values = values();
        if (values == null) {
            values = new Values<>(this);
            // A synchronization belongs to one transaction: an inner REQUIRES_NEW transaction suspends it.
            TransactionSynchronizationManager.registerSynchronization(values);
        }
        values.byKey.put(key, value);
    }

    /**
     * The value remembered by {@code key} in the current transaction, or else the one {@code read} gives, which is
     * then remembered (outside a transaction it is read every time).
     */
    public V get(K key, Supplier<V> read) {
        Optional<V> remembered = get(key);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        V value = read.get();
        put(key, value);
        return value;
    }

    /** Forgets every value the current transaction remembers, e.g. after changing what they were read from. */
    public void forgetAll() {
        Values<K, V> values = values();
        if (values != null) {
            values.byKey.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private Values<K, V> values() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Values<?, ?> values && values.owner == this) {
                return (Values<K, V>) values;
            }
        }
        return null;
    }

    /** One transaction's values, dropped with the transaction's synchronizations when it ends. */
    private static final class Values<K, V> implements TransactionSynchronization {

        private final TransactionMemory<K, V> owner;
        private final Map<K, V> byKey = new HashMap<>();

        Values(TransactionMemory<K, V> owner) {
            this.owner = owner;
        }

        @Override
        public void afterCompletion(int status) {
            byKey.clear();
        }
    }
}
