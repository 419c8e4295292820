package jp.selfcare.change;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.io.StringReader;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one setting's value is kept in the settings history, as the old and the new value of an
 * entry: the setting's own typed record written as JSON inside a versioned envelope, {@code
 * {"v":1,"value":{…}}} ({@code "value":null} where there was no value, e.g. no reservation yet).
 * The difference page and 元に戻す read the record back, never the text.
 *
 * <p>Entries written before the history was typed keep the setting's earlier compact text (e.g.
 * {@code F;U---;r=;l=…} of a forwarding setting); {@code legacy} reads it, so every entry ever
 * written still shows and can still be restored. A later change of a record's shape raises {@link
 * #VERSION} and teaches {@link #read} the earlier one.
 *
 * @param <V> the setting's value
 */
public final class HistoryCodec<V> {

  /** The envelope's format. */
  public static final int VERSION = 1;

  private static final String ENVELOPE = "{\"v\":";

  /**
   * Created on first use, not when a setting's class loads: code that never touches the history
   * (the routing cache, the CSV jobs) needs no JSON-B provider.
   */
  private static final class Json {
    /** Thread-safe; nulls written so that every record component is present when read back. */
    static final Jsonb B =
        JsonbBuilder.create(
            new JsonbConfig()
                .withNullValues(true)
                .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));
  }

  private final Class<V> type;
  private final Function<String, V> legacy;

  private HistoryCodec(Class<V> type, Function<String, V> legacy) {
    this.type = Objects.requireNonNull(type);
    this.legacy = Objects.requireNonNull(legacy);
  }

  /**
   * The codec of a setting kept as {@code type}; {@code legacy} reads the text of entries written
   * before the history was typed.
   */
  public static <V> HistoryCodec<V> of(Class<V> type, Function<String, V> legacy) {
    return new HistoryCodec<>(type, legacy);
  }

  /** The text an entry keeps for this value (null: there was none). */
  public String write(V value) {
    return ENVELOPE
        + VERSION
        + ",\"value\":"
        + (value == null ? "null" : Json.B.toJson(value))
        + "}";
  }

  /** The value an entry kept, whichever format wrote it (null: there was none). */
  public V read(String text) {
    if (!text.startsWith(ENVELOPE)) {
      return legacy.apply(text);
    }
    JsonObject envelope;
    try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
      envelope = reader.readObject();
    }
    int version = envelope.getInt("v");
    if (version != VERSION) {
      throw new IllegalStateException(
          "a history value of format " + version + "; this application reads " + VERSION);
    }
    JsonValue value = envelope.get("value");
    return value == null || value == JsonValue.NULL
        ? null
        : Json.B.fromJson(value.toString(), type);
  }
}
