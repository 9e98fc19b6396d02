package ru.netcity.gateway.audit.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.netcity.gateway.audit.ruleset.ExemptionParameters.Mode;
import ru.netcity.gateway.audit.ruleset.LessonRecordParameters.NextDay;
import ru.netcity.gateway.mapping.WorkCategory;

/** The rule sets of config/rules: defaults, validation errors, and the set in force for a term. */
class RuleSetLoaderTest {
  private static final Path RULES = Path.of("config/rules");

  private static String text() throws IOException {
    return Files.readString(RULES.resolve("school-2025.yaml"));
  }

  private static RuleSet parse(String yaml) {
    return RuleSetLoader.parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void theShippedSetHoldsTheDocumentedDefaults() {
    RuleSet set = RuleSetLoader.load(RULES).inForce(LocalDate.of(2025, 9, 1)).orElseThrow();

    assertThat(set.version()).isEqualTo("school-2025.1");
    assertThat(set.rules().lessonRecord().nextDay()).isEqualTo(NextDay.CALENDAR);
    assertThat(set.rules().homework().hoursAfterLastLesson()).isEqualTo(5);
    assertThat(set.rules().sufficiency().minMarks(1, false)).isEqualTo(3);
    assertThat(set.rules().sufficiency().minMarks(2, false)).isEqualTo(5);
    assertThat(set.rules().sufficiency().minMarks(3, false)).isEqualTo(8);
    assertThat(set.rules().sufficiency().minMarks(4, false)).isEqualTo(11);
    assertThat(set.rules().sufficiency().minMarks(2, true)).isEqualTo(10);
    assertThat(set.rules().sufficiency().writtenWorkCategories())
        .containsExactlyInAnyOrder(
            WorkCategory.CONTROL, WorkCategory.TEST, WorkCategory.LAB, WorkCategory.PRACTICAL);
    assertThat(set.rules().exemption().mode()).isEqualTo(Mode.THRESHOLD);
    assertThat(set.rules().exemption().validCodes()).containsExactlyInAnyOrder("Б", "УП", "ОСВ");
    assertThat(set.calendar().isSchoolDay(LocalDate.of(2025, 11, 4))).isFalse();
    assertThat(set.calendar().nextSchoolDay(LocalDate.of(2025, 10, 24)))
        .isEqualTo(LocalDate.of(2025, 11, 5));
  }

  @Test
  void aPastTermIsAuditedUnderTheSetInForceAtItsStart(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("school-2025.yaml"), text());
    Files.writeString(
        dir.resolve("school-2026.yaml"),
        text()
            .replace("version: school-2025.1", "version: school-2026.1")
            .replace("effective-from: 2025-09-01", "effective-from: 2026-01-12"));
    RuleSets sets = RuleSetLoader.load(dir);

    assertThat(sets.inForce(LocalDate.of(2025, 11, 5)).orElseThrow().version())
        .isEqualTo("school-2025.1");
    assertThat(sets.inForce(LocalDate.of(2026, 3, 30)).orElseThrow().version())
        .isEqualTo("school-2026.1");
    assertThat(sets.inForce(LocalDate.of(2025, 8, 31))).isEmpty();
  }

  @Test
  void aMissingKeyIsNamed() throws IOException {
    assertThatThrownBy(() -> parse(text().replace("    days-allowed: 1\n", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.yaml")
        .hasMessageContaining("days-allowed");
  }

  @Test
  void anUnknownKeyIsNamed() throws IOException {
    assertThatThrownBy(
            () ->
                parse(
                    text()
                        .replace("count-dots: false", "count-dots: false\n    count-dotz: false")))
        .hasMessageContaining("count-dotz");
  }

  @Test
  void anOutOfRangeValueIsNamed() throws IOException {
    assertThatThrownBy(
            () -> parse(text().replace("valid-absence-share: 0.3", "valid-absence-share: 1.5")))
        .hasMessageContaining("validAbsenceShare");
    assertThatThrownBy(
            () -> parse(text().replace("hours-after-last-lesson: 5", "hours-after-last-lesson: 0")))
        .hasMessageContaining("hoursAfterLastLesson");
    assertThatThrownBy(() -> parse(text().replace("mode: threshold", "mode: sometimes")))
        .hasMessageContaining("mode");
    assertThatThrownBy(
            () ->
                parse(
                    text()
                        .replace(
                            "{ from: 2025-12-27, to: 2026-01-11 }",
                            "{ from: 2026-01-27, to: 2026-01-11 }")))
        .hasMessageContaining("'from' must not be after 'to'");
  }

  @Test
  void twoSetsFromTheSameDayAreRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), text());
    Files.writeString(dir.resolve("b.yaml"), text().replace("school-2025.1", "school-2025.2"));

    assertThatThrownBy(() -> RuleSetLoader.load(dir)).hasMessageContaining("share effective-from");
  }
}
