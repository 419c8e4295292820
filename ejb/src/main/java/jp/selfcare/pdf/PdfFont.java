package jp.selfcare.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Japanese font every PDF of the product embeds ({@link JapanesePdf}): operator settings {@code
 * selfcare.pdf.font} (a TrueType file or collection) and {@code selfcare.pdf.font-name} (the face
 * in a collection).
 */
@ApplicationScoped
public class PdfFont {

  @Inject
  @ConfigProperty(
      name = "selfcare.pdf.font",
      defaultValue = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf")
  String file;

  @Inject
  @ConfigProperty(name = "selfcare.pdf.font-name", defaultValue = "IPAGothic")
  String name;

  public File file() {
    return new File(file);
  }

  public String name() {
    return name;
  }
}
