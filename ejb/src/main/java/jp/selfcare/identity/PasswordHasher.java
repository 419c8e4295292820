package jp.selfcare.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}).
 * The parameters travel in the string, so they can be raised later: {@link #needsRehash} tells when
 * a stored hash was made with weaker ones (rehash it at the next successful login). Defaults: 19
 * MiB, 2 passes, 1 lane (OWASP's minimum; ~36 ms on the build machine).
 */
public final class PasswordHasher {

  /** The parameters new hashes get. */
  public static final PasswordHasher DEFAULT = new PasswordHasher(19 * 1024, 2, 1);

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  /**
   * Argon2 computations allowed at once (the machine's cores, at least 2). Each takes 19 MiB, and
   * an unknown login ID costs one as well (so that it answers like a wrong password): without a
   * bound, a burst of logins would take memory by the gigabyte. Beyond it, callers wait their turn
   * in order; a burst costs time, not memory.
   */
  static final int CONCURRENT = Math.max(2, Runtime.getRuntime().availableProcessors());

  /**
   * Logins allowed to wait for their turn beyond those running (system property {@code
   * selfcare.login.queue}, default four per running one). A waiting login holds a request thread;
   * the bound keeps a burst of logins from taking every thread the routing API and the pages need.
   */
  static final int QUEUE = Integer.getInteger("selfcare.login.queue", 4 * CONCURRENT);

  private static final Semaphore WORK = new Semaphore(CONCURRENT, true);
  private static final AtomicInteger IN_LINE = new AtomicInteger();
  private static final ThreadLocal<Boolean> ADMITTED = ThreadLocal.withInitial(() -> false);
  private static final AtomicInteger RUNNING = new AtomicInteger();
  private static final AtomicInteger PEAK = new AtomicInteger();

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;

  public PasswordHasher(int memoryKib, int iterations, int parallelism) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
  }

  /** A fresh salted hash of the password. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = argon2(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
    return "$argon2id$v=19$m="
        + memoryKib
        + ",t="
        + iterations
        + ",p="
        + parallelism
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /** Whether the password matches the stored hash (constant-time comparison). */
  public static boolean verify(String password, String stored) {
    Matcher m = stored == null ? null : PHC.matcher(stored);
    if (password == null || m == null || !m.matches()) {
      return false;
    }
    byte[] expected = B64D.decode(m.group(5));
    byte[] actual =
        argon2(
            password,
            B64D.decode(m.group(4)),
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Whether the stored hash used weaker parameters than this hasher's. */
  public boolean needsRehash(String stored) {
    Matcher m = PHC.matcher(stored);
    return !m.matches()
        || Integer.parseInt(m.group(1)) < memoryKib
        || Integer.parseInt(m.group(2)) < iterations;
  }

  private static byte[] argon2(
      String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .build());
    byte[] out = new byte[length];
    boolean admitted = ADMITTED.get();
    if (!admitted) {
      WORK.acquireUninterruptibly();
    }
    try {
      PEAK.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
      generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    } finally {
      RUNNING.decrementAndGet();
      if (!admitted) {
        WORK.release();
      }
    }
    return out;
  }

  /** A login's turn at the password work; closing it gives the turn to the next in line. */
  public interface Admission extends AutoCloseable {
    @Override
    void close();
  }

  /** Too many logins are running and waiting: this one is refused before any work is done. */
  public static final class BusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BusyException() {
      super("too many logins at once", null, false, false);
    }
  }

  /**
   * Admits a login's password step before it touches the database: the caller waits its turn here,
   * holding nothing, and then runs the whole step — account read, verification, audit — as one of
   * the {@link #CONCURRENT} running. Waiting for the turn inside the step instead would hold a
   * database connection while waiting, and a burst of logins would take the whole pool (each step
   * also needs a second connection for the audit log, which commits on its own). When {@link
   * #QUEUE} logins already wait, the login is refused at once.
   *
   * @throws BusyException when the line is full
   */
  public static Admission admit() {
    if (ADMITTED.get()) {
      return () -> {};
    }
    if (IN_LINE.incrementAndGet() > CONCURRENT + QUEUE) {
      IN_LINE.decrementAndGet();
      throw new BusyException();
    }
    WORK.acquireUninterruptibly();
    ADMITTED.set(true);
    return () -> {
      ADMITTED.set(false);
      WORK.release();
      IN_LINE.decrementAndGet();
    };
  }

  /** Logins running or waiting for their turn (for the tests). */
  static int inLine() {
    return IN_LINE.get();
  }

  /** The most Argon2 computations seen at once since the last call (for the tests). */
  static int takePeak() {
    return PEAK.getAndSet(0);
  }
}
