package org.nkrtimeline.editorial.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    /** A clock the test moves by hand, so the window can be crossed without waiting. */
    private static final class TestClock extends Clock {

        private Instant now = Instant.parse("2024-06-19T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }

    @Test
    void fourFailuresDoNotLockAndTheFifthDoes() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES - 1);
        assertThat(throttle.isLocked("alice", HOME)).isFalse();

        throttle.recordFailure("alice", HOME);

        assertThat(throttle.isLocked("alice", HOME)).isTrue();
    }

    @Test
    void anAccountNeverFailedIsNotLocked() {
        assertThat(throttle.isLocked("alice", HOME)).isFalse();
        assertThat(throttle.isLocked(null, HOME)).isFalse();
    }

    @Test
    void aLockedAccountCanStillBeSignedIntoFromAnotherAddress() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES);

        assertThat(throttle.isLocked("alice", ELSEWHERE)).isFalse();
    }

    @Test
    void aLockOnOneAccountDoesNotLockOthersFromTheSameAddress() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES);

        assertThat(throttle.isLocked("bob", HOME)).isFalse();
    }

    @Test
    void usernamesDifferingOnlyInCaseOrSurroundingSpacesShareOneCount() {
        // Otherwise "Alice", "ALICE" and "alice " would each give a guesser five more tries at one account.
        throttle.recordFailure("alice", HOME);
        throttle.recordFailure("Alice", HOME);
        throttle.recordFailure("ALICE", HOME);
        throttle.recordFailure(" alice ", HOME);
        throttle.recordFailure("aLiCe", HOME);

        assertThat(throttle.isLocked("alice", HOME)).isTrue();
        assertThat(throttle.isLocked("ALICE", HOME)).isTrue();
    }

    @Test
    void aSuccessClearsTheFailuresSoFar() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES - 1);

        throttle.recordSuccess("Alice", HOME);
        throttle.recordFailure("alice", HOME);

        assertThat(throttle.isLocked("alice", HOME))
                .as("one failure since the success")
                .isFalse();
    }

    @Test
    void aSuccessFromAnotherAddressDoesNotClearTheLock() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES);

        throttle.recordSuccess("alice", ELSEWHERE);

        assertThat(throttle.isLocked("alice", HOME)).isTrue();
    }

    @Test
    void theLockLastsTheWholeWindowAfterTheLastFailureAndEndsAfterIt() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES);

        clock.advance(LoginThrottle.WINDOW);
        assertThat(throttle.isLocked("alice", HOME))
                .as("at the end of the window")
                .isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("alice", HOME)).as("after the window").isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgottenBeforeCountingANewOne() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES - 1);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        throttle.recordFailure("alice", HOME);
        assertThat(throttle.isLocked("alice", HOME)).isFalse();

        fail("alice", HOME, LoginThrottle.MAX_FAILURES - 1);
        assertThat(throttle.isLocked("alice", HOME)).as("five fresh failures").isTrue();
    }

    @Test
    void aLockExpiredByTimeStartsAgainFromOneFailure() {
        fail("alice", HOME, LoginThrottle.MAX_FAILURES);
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));

        throttle.recordFailure("alice", HOME);

        assertThat(throttle.isLocked("alice", HOME)).isFalse();
    }

    @Test
    void usernamesThatDoNotExistAreThrottledTheSameWay() {
        // The throttle must not tell a guesser which usernames are real.
        fail("no-such-editor", HOME, LoginThrottle.MAX_FAILURES);

        assertThat(throttle.isLocked("no-such-editor", HOME)).isTrue();
    }

    @Test
    void aFullTableMakesRoomByDroppingExpiredEntries() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.recordFailure("flood-" + i, HOME);
        }
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        fail("alice", HOME, LoginThrottle.MAX_FAILURES);

        assertThat(throttle.isLocked("alice", HOME))
                .as("the expired flood no longer blocks new failures")
                .isTrue();
    }

    @Test
    void aFloodOfMadeUpNamesNeverStopsTheCountingForARealAccount() {
        fail("alice", HOME, 2);
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.recordFailure("flood-" + i, HOME);
        }

        fail("alice", HOME, LoginThrottle.MAX_FAILURES);

        assertThat(throttle.isLocked("alice", HOME))
                .as("a full table of live entries still counts alice")
                .isTrue();
    }

    @Test
    void aHugeUsernameIsCountedByItsFirstCharactersSoTheTableStaysSmall() {
        String huge = "x".repeat(1_000_000);

        fail(huge, HOME, LoginThrottle.MAX_FAILURES);

        assertThat(throttle.isLocked(huge, HOME)).isTrue();
        assertThat(throttle.isLocked("x".repeat(64), HOME))
                .as("the same key as its first 64 characters")
                .isTrue();
    }
}
