package org.nkrtimeline.editorial.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per account and address: after {@link #MAX_FAILURES} failures within
 * {@link #WINDOW}, that account cannot be signed into from that address, even with the right
 * password, until the window has passed since the last failure. Others can still sign in from the
 * address, and the account's owner from elsewhere, so a guesser cannot lock everyone out. The same
 * limit applies to usernames that do not exist, so it tells nothing about which ones do.
 *
 * <p>Kept in memory: a restart forgets the failures, which costs a guesser a restart of our server.
 * The table is bounded so that a flood of names cannot exhaust memory; when it is full, the entry
 * with the oldest failure makes room, so the flood cannot switch the counting off either.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username, String address) {
        Failures recorded = failures.get(Key.of(username, address));
        return recorded != null && recorded.count() >= MAX_FAILURES && !expired(recorded);
    }

    public void recordFailure(String username, String address) {
        Key key = Key.of(username, address);
        if (!failures.containsKey(key) && failures.size() >= MAX_TRACKED) {
            makeRoom();
        }
        Instant now = clock.instant();
        failures.merge(
                key, new Failures(1, now), (old, one) -> expired(old) ? one : new Failures(old.count() + 1, now));
    }

    /**
     * Forgets the expired entries, or else the one whose last failure is oldest: a flood of made-up
     * names must never stop the counting for the accounts being guessed at.
     */
    private void makeRoom() {
        failures.values().removeIf(this::expired);
        if (failures.size() >= MAX_TRACKED) {
            failures.entrySet().stream()
                    .min(Map.Entry.comparingByValue(Comparator.comparing(Failures::last)))
                    .ifPresent(oldest -> failures.remove(oldest.getKey()));
        }
    }

    public void recordSuccess(String username, String address) {
        failures.remove(Key.of(username, address));
    }

    private boolean expired(Failures recorded) {
        return recorded.last().plus(WINDOW).isBefore(clock.instant());
    }

    private record Key(String username, String address) {

        /** Longer than any username can be; a sign-in form posted with megabytes in it must not fill memory. */
        static final int MAX_LENGTH = 64;

        static Key of(String username, String address) {
            String name = EditorAccounts.normalise(username);
            return new Key(
                    name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH), address == null ? "" : address);
        }
    }

    private record Failures(int count, Instant last) {}
}
