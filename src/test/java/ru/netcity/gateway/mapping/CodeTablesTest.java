package ru.netcity.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.AssignmentType;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/** The three tables of mappings/ load and know every code the mock school uses. */
class CodeTablesTest {
  private static final CodeTables TABLES = CodeTables.load();

  @Test
  void everyTableLoads() {
    assertThat(TABLES.workCategories())
        .containsEntry("Контрольная работа", WorkCategory.CONTROL)
        .containsEntry("Проверочная работа", WorkCategory.TEST)
        .containsEntry("Лабораторная работа", WorkCategory.LAB)
        .containsEntry("Практическая работа", WorkCategory.PRACTICAL)
        .containsEntry("Самостоятельная работа", WorkCategory.INDEPENDENT)
        .containsEntry("Ответ на уроке", WorkCategory.ORAL)
        .containsEntry("Домашнее задание", WorkCategory.HOMEWORK);
    assertThat(TABLES.reasons())
        .isEqualTo(
            Map.of(
                "Б", ReasonCategory.VALID,
                "УП", ReasonCategory.VALID,
                "НП", ReasonCategory.INVALID,
                "Н", ReasonCategory.UNKNOWN,
                "ОТ", ReasonCategory.UNKNOWN,
                "ОП", ReasonCategory.LATE,
                "ОСВ", ReasonCategory.EXEMPT));
    assertThat(TABLES.marks()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    assertThat(TABLES.dot()).isEqualTo(".");
  }

  @Test
  void theValidReasonsOfClause232AreIllnessValidReasonAndExemption() {
    assertThat(
            TABLES.reasons().entrySet().stream()
                .filter(e -> e.getValue().isValidReason())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("Б", "УП", "ОСВ");
  }

  @Test
  void everyTypeNameAndLetterOfTheMockSchoolIsKnown() {
    School school = SchoolGenerator.generate(new SchoolOptions(3, 60));
    assertThat(school.assignmentTypes())
        .isNotEmpty()
        .allSatisfy(t -> assertThat(TABLES.workCategory(t.name())).as(t.name()).isPresent());
    assertThat(school.absences().stream().map(Absence::code).distinct())
        .isNotEmpty()
        .allSatisfy(code -> assertThat(TABLES.reason(code)).as(code).isPresent());
    assertThat(school.assignmentTypes().stream().map(AssignmentType::name))
        .contains("Домашнее задание");
  }

  @Test
  void anUnknownCodeIsEmptyNeverADefault() {
    assertThat(TABLES.workCategory("Неведомая работа")).isEmpty();
    assertThat(TABLES.workCategory(null)).isEmpty();
    assertThat(TABLES.reason("Ъ")).isEmpty();
    assertThat(TABLES.reason("б")).isEmpty();
    assertThat(TABLES.markText(6)).isEmpty();
    assertThat(TABLES.markText(0)).isEmpty();
    assertThat(TABLES.markText(null)).isEmpty();
    assertThat(TABLES.markText(5)).contains("5");
  }
}
