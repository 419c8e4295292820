package jp.selfcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
}
