package jp.selfcare.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps a secret column through {@link SecretBox}: encrypted in the database, plain in Java. */
@Converter
public class Encrypted implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String plain) {
    return SecretBox.configured().seal(plain);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return SecretBox.configured().open(stored);
  }
}
