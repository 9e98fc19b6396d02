package ru.netcity.gateway.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Russian message templates a school edits in {@code config/notify/}: one UTF-8 file per {@link
 * MessageKind}, its first line the subject, the rest the body. Placeholders in braces ({@code
 * {child}}, {@code {subject}}, {@code {teacher}}, {@code {date}}, {@code {value}}, {@code
 * {previous}}, {@code {term}}, …) are filled from the message's own facts only, so a message names
 * one child: the one it is about. Beside them, {@code class-digest.txt}: the class teachers' daily
 * digest of their class. A kind without a file takes the jar's; an unknown placeholder stops the
 * start.
 */
public final class Templates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  /** A filled template. */
  public record Text(String subject, String body) {}

  private record Template(String subject, String body) {}

  /** The placeholders of the class teachers' digest: one class and one school day. */
  static final Set<String> CLASS_DIGEST_FACTS =
      Set.of("class", "date", "teacher", "absences", "lowmarks", "findings");

  private final Map<MessageKind, Template> templates = new EnumMap<>(MessageKind.class);
  private final Template classDigest;

  /**
   * @param folder the school's templates; a kind without a file there takes the one packaged in the
   *     jar ({@code config/notify/} on the classpath), so a gateway started from another folder
   *     still starts
   */
  public Templates(Path folder) {
    for (MessageKind kind : MessageKind.values()) {
      templates.put(kind, load(folder, kind.template(), Facts.NAMES));
    }
    classDigest = load(folder, "class-digest", CLASS_DIGEST_FACTS);
  }

  private static Template load(Path folder, String stem, Set<String> placeholders) {
    String name = stem + ".txt";
    Path file = folder.resolve(name);
    String text = read(file, name).replace("\uFEFF", "").strip();
    int newline = text.indexOf('\n');
    if (newline < 0) {
      throw new IllegalStateException("template " + file + " needs a subject line and a body");
    }
    Template t = new Template(text.substring(0, newline).strip(), text.substring(newline + 1));
    requireKnown(file, t.subject() + t.body(), placeholders);
    return t;
  }

  private static String read(Path file, String name) {
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
      try (InputStream packaged = Templates.class.getResourceAsStream("/config/notify/" + name)) {
        if (packaged == null) {
          throw new IllegalStateException(
              "no message template " + file.toAbsolutePath() + " nor one in the jar");
        }
        return new String(packaged.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the message template " + file, e);
    }
  }

  /** The template of {@code kind} with the facts filled in. */
  Text fill(MessageKind kind, Map<String, String> facts) {
    return fill(templates.get(kind), facts);
  }

  /** The class teachers' digest ({@code class-digest.txt}) with its facts filled in. */
  Text classDigest(Map<String, String> facts) {
    return fill(classDigest, facts);
  }

  private static Text fill(Template t, Map<String, String> facts) {
    return new Text(replace(t.subject(), facts), replace(t.body(), facts).strip());
  }

  private static String replace(String text, Map<String, String> facts) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(facts.getOrDefault(m.group(1), "—")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void requireKnown(Path file, String text, Set<String> placeholders) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!placeholders.contains(m.group(1))) {
        throw new IllegalStateException(
            "template " + file + " has an unknown placeholder {" + m.group(1) + "}");
      }
    }
  }
}
