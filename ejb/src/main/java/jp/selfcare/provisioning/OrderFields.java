package jp.selfcare.provisioning;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.selfcare.addon.AddOnPatch;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.organisation.InvalidIdentifierException;
import jp.selfcare.organisation.ServiceType;

/**
 * One JSON object of an order line, its fields read once each and checked as they are read (type,
 * length, identifier shape), each refusal naming the field with its path; what is left unread at
 * the end was not expected ({@link #noOthers}).
 */
final class OrderFields {

  private static final Map<String, AddOn> ADD_ONS =
      Map.of(
          "messageBox", AddOn.MESSAGE_BOX,
          "nuisanceBlocking", AddOn.NUISANCE_BLOCKING,
          "anonymousRejection", AddOn.ANONYMOUS_REJECTION,
          "specificPresentation", AddOn.SPECIFIC_NUMBER_PRESENTATION,
          "bulkForwarding", AddOn.BULK_FORWARDING,
          "specificDestination", AddOn.SPECIFIC_DESTINATION,
          "membersNet", AddOn.MEMBERS_NET);

  private final JsonObject object;
  private final String path;
  private final Set<String> read = new HashSet<>();

  OrderFields(JsonObject object, String path) {
    this.object = object;
    this.path = path;
  }

  boolean has(String name) {
    return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
  }

  private JsonValue value(String name) {
    read.add(name);
    if (!has(name)) {
      throw new OrderRefused(Reason.MISSING_FIELD, path + name);
    }
    return object.get(name);
  }

  private OrderRefused invalid(String name, String expected) {
    return new OrderRefused(Reason.INVALID_FIELD, path + name + ": " + expected);
  }

  String text(String name, int max) {
    JsonValue value = value(name);
    if (!(value instanceof JsonString s)) {
      throw invalid(name, "a string");
    }
    String text = s.getString().strip();
    if (text.isEmpty() || text.length() > max) {
      throw invalid(name, "1 to " + max + " characters");
    }
    return text;
  }

  String id(String name, Function<String, ?> shape) {
    String text = text(name, 20);
    try {
      shape.apply(text);
      return text;
    } catch (InvalidIdentifierException e) {
      throw new OrderRefused(
          Reason.INVALID_IDENTIFIER, path + name + " '" + text + "': " + e.expected());
    }
  }

  String optionalId(String name, Function<String, ?> shape) {
    read.add(name);
    return has(name) ? id(name, shape) : null;
  }

  String absent(String name, String why) {
    read.add(name);
    if (has(name)) {
      throw invalid(name, why);
    }
    return null;
  }

  int count(String name, int min, int max) {
    JsonValue value = value(name);
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      throw invalid(name, "a whole number");
    }
    long count = n.longValue();
    if (count < min || count > max) {
      throw invalid(name, min + " to " + max);
    }
    return (int) count;
  }

  /** A month as yyyy-MM. */
  java.time.YearMonth month(String name) {
    String text = text(name, 7);
    try {
      return java.time.YearMonth.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw invalid(name, "a month such as 2026-11");
    }
  }

  /** A day as yyyy-MM-dd. */
  java.time.LocalDate day(String name) {
    String text = text(name, 10);
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw invalid(name, "a day such as 2026-12-25");
    }
  }

  ZoneId zone(String name) {
    read.add(name);
    if (!has(name)) {
      return ZoneId.of("Asia/Tokyo");
    }
    String text = text(name, 40);
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw invalid(name, "a time zone such as Asia/Tokyo");
    }
  }

  Locale language(String name, Locale otherwise) {
    read.add(name);
    if (!has(name)) {
      return otherwise;
    }
    return switch (text(name, 2)) {
      case "ja" -> Locale.JAPANESE;
      case "en" -> Locale.ENGLISH;
      default -> throw invalid(name, "ja or en");
    };
  }

  ServiceType service(String name) {
    String text = text(name, 20);
    try {
      return ServiceType.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw invalid(name, "IP_VOICE, SMART_PBX, MOBILE_OFFICE, BUSINESS_MOBILE or UNIVERSAL_ONE");
    }
  }

  <T> List<T> list(String name, Function<OrderFields, T> element) {
    JsonValue value = value(name);
    if (!(value instanceof JsonArray array)
        || array.isEmpty()
        || array.size() > OrderFormat.NUMBERS_MAX) {
      throw invalid(name, "a list of 1 to " + OrderFormat.NUMBERS_MAX);
    }
    List<T> elements = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject o)) {
        throw invalid(name + "[" + i + "]", "an object");
      }
      elements.add(element.apply(new OrderFields(o, path + name + "[" + i + "].")));
    }
    return elements;
  }

  /** A list of 1 to {@code max} identifiers of the shape, none twice. */
  List<String> ids(String name, int max, Function<String, ?> shape) {
    JsonValue value = value(name);
    if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > max) {
      throw invalid(name, "a list of 1 to " + max);
    }
    List<String> ids = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String element = name + "[" + i + "]";
      if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
        throw invalid(element, "a string");
      }
      String id = s.getString().strip();
      try {
        shape.apply(id);
      } catch (InvalidIdentifierException e) {
        throw new OrderRefused(
            Reason.INVALID_IDENTIFIER, path + element + " '" + id + "': " + e.expected());
      }
      if (ids.contains(id)) {
        throw invalid(element, "each once ('" + id + "' is named twice)");
      }
      ids.add(id);
    }
    return ids;
  }

  AddOnPatch addOns(String name) {
    if (!(value(name) instanceof JsonObject o)) {
      throw invalid(name, "an object");
    }
    Map<AddOn, Boolean> switches = new EnumMap<>(AddOn.class);
    String presented = null;
    String destination = null;
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      AddOn feature = ADD_ONS.get(e.getKey());
      String field = name + "." + e.getKey();
      if (feature == null) {
        throw new OrderRefused(Reason.UNKNOWN_FIELD, path + field);
      }
      boolean needsNumber =
          feature == AddOn.SPECIFIC_NUMBER_PRESENTATION || feature == AddOn.SPECIFIC_DESTINATION;
      JsonValue v = e.getValue();
      if (v == JsonValue.FALSE) {
        switches.put(feature, false);
      } else if (!needsNumber && v == JsonValue.TRUE) {
        switches.put(feature, true);
      } else if (needsNumber && v instanceof JsonString s) {
        switches.put(feature, true);
        if (feature == AddOn.SPECIFIC_NUMBER_PRESENTATION) {
          presented = s.getString();
        } else {
          destination = s.getString();
        }
      } else {
        throw invalid(
            field, needsNumber ? "its 0120, 0800 or 0570 number, or false" : "true or false");
      }
    }
    AddOnPatch patch = new AddOnPatch(switches, presented, destination);
    try {
      patch.applyTo(AddOns.NONE);
    } catch (IllegalArgumentException e) {
      throw invalid(name, "a contracted number is a 0120, 0800 or 0570 number");
    }
    return patch;
  }

  void noOthers() {
    for (String name : object.keySet()) {
      if (!read.contains(name)) {
        throw new OrderRefused(Reason.UNKNOWN_FIELD, path + name);
      }
    }
  }
}
