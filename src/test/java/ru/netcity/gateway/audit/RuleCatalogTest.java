package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * design.md §7: every rule code of config/rules has a class, and every rule class has a test of its
 * own (the sufficiency exemption is tested with MarkSufficiencyTest, data quality end to end).
 */
class RuleCatalogTest {
  private static final Pattern CODE = Pattern.compile("^  ([A-Z_0-9]+):$", Pattern.MULTILINE);

  @Test
  void everyConfiguredCodeHasARuleAndEveryRuleATest() throws IOException {
    Set<String> configured = new java.util.TreeSet<>();
    Matcher m = CODE.matcher(Files.readString(Path.of("config/rules/school-2025.yaml")));
    while (m.find()) {
      configured.add(m.group(1));
    }
    List<Rule> rules = Rules.all();
    Set<String> codes = rules.stream().map(Rule::code).collect(Collectors.toSet());

    assertThat(codes).containsExactlyInAnyOrderElementsOf(configured);
    for (Rule rule : rules) {
      String test =
          switch (rule.code()) {
            case SufficiencyExempt.CODE -> "MarkSufficiencyTest";
            case DataQuality.CODE -> "DataQualityTest";
            default -> rule.getClass().getSimpleName() + "Test";
          };
      assertThat(Path.of("src/test/java/ru/netcity/gateway/audit", test + ".java"))
          .as(rule.code())
          .exists();
    }
  }
}
