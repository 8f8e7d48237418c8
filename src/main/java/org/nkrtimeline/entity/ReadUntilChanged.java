package org.nkrtimeline.entity;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database at its first use and kept until {@link #forget()}. A read that was
 * under way when the value was forgotten may have seen the database before the change: it serves its
 * caller but is not kept, so the next use reads again.
 */
final class ReadUntilChanged<T> {

    private final Supplier<T> reader;
    private final AtomicLong forgotten = new AtomicLong();
    private volatile T value;

    ReadUntilChanged(Supplier<T> reader) {
        this.reader = reader;
    }

    T get() {
        T current = value;
        if (current == null) {
            long before = forgotten.get();
            current = reader.get();
            synchronized (this) {
                if (forgotten.get() == before) {
                    value = current;
                }
            }
        }
        return current;
    }

    synchronized void forget() {
        forgotten.incrementAndGet();
        value = null;
    }
}
