package ru.netcity.gateway.audit.ruleset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads {@code *.yaml} rule sets from a directory (or, when it does not exist, the copies packaged
 * under {@code config/rules/} in the jar) into validated {@link RuleSet}s. A bad file fails with
 * its name and every problem found, never with a partial rule set.
 */
public final class RuleSetLoader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** Built once: a validator factory takes long to start. */
  private static final Validator VALIDATOR = validator();

  private RuleSetLoader() {}

  @SuppressWarnings("resource") // lives as long as the class
  private static Validator validator() {
    ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    return factory.getValidator();
  }

  public static RuleSets load(Path directory) {
    List<RuleSet> sets = new ArrayList<>();
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(RuleSetLoader::isYaml).sorted().toList()) {
          try (InputStream in = Files.newInputStream(file)) {
            sets.add(parse(in, file.toString()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read rule sets in " + directory, e);
      }
    } else {
      sets.addAll(packaged());
    }
    return new RuleSets(sets);
  }

  /** Parses and validates one rule set; {@code name} only names the source in errors. */
  public static RuleSet parse(InputStream in, String name) {
    RuleSet set;
    try {
      set = YAML.readValue(in, RuleSet.class);
    } catch (MismatchedInputException e) {
      throw new IllegalArgumentException(
          "rule set " + name + ": " + path(e) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("rule set " + name + ": " + e.getMessage(), e);
    }
    if (set == null) {
      throw new IllegalArgumentException("rule set " + name + " is empty");
    }
    Set<ConstraintViolation<RuleSet>> problems = VALIDATOR.validate(set);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "rule set "
              + name
              + ": "
              + problems.stream()
                  .map(p -> p.getPropertyPath() + " " + p.getMessage())
                  .sorted()
                  .collect(Collectors.joining("; ")));
    }
    return set;
  }

  private static List<RuleSet> packaged() {
    List<RuleSet> sets = new ArrayList<>();
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources("classpath*:config/rules/*.yaml");
      for (Resource resource : resources) {
        try (InputStream in = resource.getInputStream()) {
          sets.add(parse(in, "classpath:config/rules/" + resource.getFilename()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged rule sets", e);
    }
    return sets;
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
