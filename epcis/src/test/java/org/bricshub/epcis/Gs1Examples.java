package org.bricshub.epcis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The GS1 EPCIS example files copied into the test resources. */
final class Gs1Examples {
  private Gs1Examples() {}

  static Path root(String folder) {
    try {
      return Path.of(Gs1Examples.class.getResource("/gs1/" + folder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Relative paths of the files under {@code gs1/folder} whose names end with one of the suffixes. */
  static Stream<String> files(String folder, String... suffixes) {
    Path root = root(folder);
    try (Stream<Path> walk = Files.walk(root)) {
      List<String> found = walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .filter(name -> Stream.of(suffixes).anyMatch(name::endsWith))
          .sorted()
          .toList();
      return found.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String folder, String relative) {
    try {
      return Files.readString(root(folder).resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
