package jp.selfcare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  /** Small parameters keep the test fast; the format and the checks are the same. */
  private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

  @Test
  void verifiesTheRightPasswordOnly() {
    String stored = hasher.hash("Abcdefg1");
    assertThat(stored).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
    assertThat(PasswordHasher.verify("Abcdefg1", stored)).isTrue();
    assertThat(PasswordHasher.verify("Abcdefg2", stored)).isFalse();
    assertThat(PasswordHasher.verify("", stored)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("Abcdefg1")).isNotEqualTo(hasher.hash("Abcdefg1"));
  }

  @Test
  void refusesMalformedStoredValues() {
    assertThat(PasswordHasher.verify("Abcdefg1", "Abcdefg1")).isFalse();
    assertThat(PasswordHasher.verify("Abcdefg1", null)).isFalse();
    assertThat(PasswordHasher.verify(null, hasher.hash("x"))).isFalse();
  }

  @Test
  void weakerStoredParametersNeedARehash() {
    String weak = hasher.hash("Abcdefg1");
    assertThat(PasswordHasher.DEFAULT.needsRehash(weak)).isTrue();
    assertThat(hasher.needsRehash(weak)).isFalse();
    assertThat(PasswordHasher.verify("Abcdefg1", weak)).as("old hashes still verify").isTrue();
  }

  /** A burst of logins (16 at once here) never runs more Argon2 computations than the bound. */
  @Test
  void aBurstOfVerificationsRunsAtMostTheBoundAtOnce() throws Exception {
    String stored = new PasswordHasher(1024, 1, 1).hash("Passw0rdOk");
    PasswordHasher.takePeak();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return PasswordHasher.verify("Passw0rdOk", stored);
                }));
      }
      start.countDown();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(PasswordHasher.takePeak()).isBetween(1, PasswordHasher.CONCURRENT);
  }

  /**
   * A login waits for its turn before it reads anything and then runs its verifications within that
   * turn: it does not queue a second time while the other turns are all taken.
   */
  @Test
  void aLoginsTurnCoversItsOwnVerifications() throws Exception {
    String stored = new PasswordHasher(1024, 1, 1).hash("Passw0rdOk");
    ExecutorService others = Executors.newFixedThreadPool(PasswordHasher.CONCURRENT);
    CountDownLatch holding = new CountDownLatch(PasswordHasher.CONCURRENT - 1);
    CountDownLatch done = new CountDownLatch(1);
    try {
      for (int i = 1; i < PasswordHasher.CONCURRENT; i++) {
        others.submit(() -> holdATurn(holding, done));
      }
      holding.await();
      Future<Boolean> login =
          others.submit(
              () -> {
                try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
                  return PasswordHasher.verify("wrong", stored)
                      || PasswordHasher.verify("Passw0rdOk", stored);
                }
              });
      assertThat(login.get(1, TimeUnit.MINUTES)).as("never waits for a second turn").isTrue();
    } finally {
      done.countDown();
      others.shutdown();
    }
  }

  /**
   * While every turn is taken and the line of waiting logins is full, the next login is refused at
   * once instead of taking another request thread; the ones in line all get their turn.
   */
  @Test
  void whenTheLineIsFullTheNextLoginIsRefusedAtOnce() throws Exception {
    int running = PasswordHasher.CONCURRENT;
    int waiting = PasswordHasher.QUEUE;
    ExecutorService logins = Executors.newFixedThreadPool(running + waiting);
    CountDownLatch holding = new CountDownLatch(running);
    CountDownLatch done = new CountDownLatch(1);
    try {
      for (int i = 0; i < running; i++) {
        logins.submit(() -> holdATurn(holding, done));
      }
      holding.await();
      List<Future<Boolean>> inLine = new ArrayList<>();
      for (int i = 0; i < waiting; i++) {
        inLine.add(
            logins.submit(
                () -> {
                  try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
                    return true;
                  }
                }));
      }
      while (PasswordHasher.inLine() < running + waiting) {
        Thread.onSpinWait();
      }

      assertThatThrownBy(PasswordHasher::admit).isInstanceOf(PasswordHasher.BusyException.class);
      assertThat(PasswordHasher.inLine())
          .as("the refused one left no trace")
          .isEqualTo(running + waiting);

      done.countDown();
      for (Future<Boolean> login : inLine) {
        assertThat(login.get()).isTrue();
      }
    } finally {
      done.countDown();
      logins.shutdown();
    }
    while (PasswordHasher.inLine() > 0) {
      Thread.onSpinWait();
    }
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      assertThat(PasswordHasher.inLine()).isEqualTo(1);
    }
  }

  private static Void holdATurn(CountDownLatch holding, CountDownLatch done) throws Exception {
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      holding.countDown();
      done.await();
    }
    return null;
  }
}
