package ru.netcity.gateway.netcity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.report.Report;
import ru.netcity.mock.report.ReportQuery;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.AssignmentType;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

class ReportHtmlTest {
  private static final School SCHOOL = SchoolGenerator.generate(new SchoolOptions(3, 60));
  private static final SchoolClass CLASS = SCHOOL.classes().get(0);
  private static final Term TERM = SCHOOL.termsOf(CLASS.grade()).get(0);

  @Test
  void gradesHaveOneRowPerMarkOfTheStudentInTheSubjectWithTheDateItWasSet() {
    Student pupil = SCHOOL.student(CLASS.studentIds().get(0)).orElseThrow();
    for (Subject subject : SCHOOL.subjects()) {
      List<GradeRow> expected = new ArrayList<>();
      for (Mark m : SCHOOL.marks()) {
        Assignment a = SCHOOL.assignment(m.assignmentId()).orElseThrow();
        Lesson l = SCHOOL.lesson(a.lessonId()).orElseThrow();
        if (inTerm(l)
            && l.subjectId() == subject.id()
            && m.studentId() == pupil.id()
            && !m.dutyMark()) {
          LocalDateTime set = m.changedAt() != null ? m.changedAt() : m.enteredAt();
          expected.add(
              new GradeRow(
                  typeName(a.typeId()), a.name(), l.date(), set.toLocalDate(), "" + m.value()));
        }
      }
      ReportQuery query =
          new ReportQuery(
              CLASS,
              Optional.of(pupil),
              Optional.of(TERM),
              TERM.start(),
              TERM.end(),
              Optional.of(subject));
      assertThat(ReportHtml.grades(report("studentgrades").render(SCHOOL, query)))
          .as(subject.name())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void attendanceHasOneRowPerAbsenceOfTheClassInTheTerm() {
    List<AbsenceRow> expected = new ArrayList<>();
    for (Absence a : SCHOOL.absences()) {
      Lesson l = SCHOOL.lesson(a.lessonId()).orElseThrow();
      if (inTerm(l)) {
        expected.add(
            new AbsenceRow(student(a.studentId()), l.date(), l.number(), subject(l), a.code()));
      }
    }
    List<AbsenceRow> rows = ReportHtml.attendance(render("studentattendance", Optional.empty()));
    assertThat(expected).isNotEmpty();
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void journalAccessHasATopicRowPerLessonAndTheTermMarks() {
    List<LocalDateTime> topics =
        SCHOOL.lessonsOf(CLASS.id()).stream()
            .filter(ReportHtmlTest::inTerm)
            .map(Lesson::topicEnteredAt)
            .toList();
    long termMarks = termMarks().stream().filter(m -> m.termId() == TERM.id()).count();
    List<JournalAccessRow> rows =
        ReportHtml.journalAccess(render("journalaccess", Optional.empty()));
    assertThat(topics).isNotEmpty();
    assertThat(rows)
        .filteredOn(r -> r.object().equals("Тема урока"))
        .allMatch(r -> r.student() == null && r.before() == null && TERM.contains(r.lessonDate()))
        .extracting(JournalAccessRow::enteredAt)
        .containsExactlyInAnyOrderElementsOf(topics);
    assertThat(rows)
        .filteredOn(r -> r.object().equals("Итоговая отметка"))
        .hasSize((int) termMarks)
        .allMatch(r -> r.lesson().equals(TERM.name()) && r.student() != null);
    assertThat(rows)
        .allMatch(r -> r.className().equals(CLASS.name()))
        .isSortedAccordingTo(Comparator.comparing(JournalAccessRow::enteredAt));
  }

  @Test
  void termMarksHaveOneRowPerTermAndYearMarkOfTheStudent() {
    Student pupil = SCHOOL.student(CLASS.studentIds().get(0)).orElseThrow();
    List<TermMarkRow> expected = new ArrayList<>();
    for (TermMark m : SCHOOL.termMarksOf(pupil.id())) {
      String subject = SCHOOL.subject(m.subjectId()).name();
      expected.add(new TermMarkRow(pupil.id(), subject, termName(m), m.value()));
    }
    ReportQuery query =
        new ReportQuery(CLASS, Optional.of(pupil), Optional.empty(), TERM.start(), TERM.end());
    List<TermMarkRow> rows =
        ReportHtml.termMarks(pupil.id(), report("studenttotalmarks").render(SCHOOL, query));
    assertThat(expected).isNotEmpty();
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void findsReorderedGradeColumnsByHeaderAndSkipsTheTotalsRow() {
    String html =
        "<table><tr><td>x</td><td><span>a</span></td></tr></table>"
            + "<table class=\"table-print\"><tr><th>Оценка</th><th>Тема задания</th>"
            + "<th>Дата выставления оценки</th><th>Тип задания</th><th>Дата выполнения</th></tr>"
            + "<tr><td> 5&nbsp;</td><td>Диктант</td><td>04.09.24</td><td>Контрольная работа</td>"
            + "<td>02.09.24</td></tr>"
            + "<tr><td>УП</td><td>Тема 2</td><td>03.09.24</td><td>Ответ на уроке</td>"
            + "<td>03.09.24</td></tr>"
            + "<tr class=\"totals\"><td></td><td></td><td>Средний балл: 5,00</td><td></td><td></td>"
            + "</tr></table>";
    assertThat(ReportHtml.grades(html))
        .containsExactly(
            new GradeRow("Контрольная работа", "Диктант", day(2), day(4), "5"),
            new GradeRow("Ответ на уроке", "Тема 2", day(3), day(3), "УП"));
    String badDate = html.replace("04.09.24", "04.09.2024");
    assertThatThrownBy(() -> ReportHtml.grades(badDate))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContaining("dd.mm.yy");
  }

  @Test
  void termMarksSkipEmptyCellsAndJournalAccessMapsEmptyCellsToNull() {
    String totals =
        page(
            "№|Предмет|1 четверть|2 четверть|Год. оценка|Экз. оценка|Итог. оценка",
            "1|Алгебра|4||5||5");
    assertThat(ReportHtml.termMarks(7, totals))
        .containsExactly(
            new TermMarkRow(7, "Алгебра", "1 четверть", 4),
            new TermMarkRow(7, "Алгебра", "Год", 5));
    String journal =
        page(
            "Дата и время|Пользователь|Класс|Предмет|Дата урока|Урок|Ученик|Объект|Было|Стало",
            "02.09.2024 15:04:05|Сидорова А. Б.|7А|Алгебра|02.09.2024|2||Тема урока||Уравнения");
    assertThat(ReportHtml.journalAccess(journal))
        .extracting(
            JournalAccessRow::enteredAt, JournalAccessRow::student, JournalAccessRow::before)
        .containsExactly(tuple(day(2).atTime(15, 4, 5), null, null));
  }

  @Test
  void aJournalAccessDeletionRowHasTheOldValueAndNoNewOne() {
    String journal =
        page(
            "Дата и время|Пользователь|Класс|Предмет|Дата урока|Урок|Ученик|Объект|Было|Стало",
            "03.09.2024 09:10:00|Сидорова А. Б.|7А|Алгебра|02.09.2024|2|Иванов Иван|Оценка|4|");
    assertThat(ReportHtml.journalAccess(journal))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.before()).isEqualTo("4");
              assertThat(r.after()).isNull();
              assertThat(r.deletion()).isTrue();
            });
  }

  @Test
  void aHeaderRowInTbodyIsTakenAndOtherTablesOnThePageAreIgnored() {
    String html =
        "<table class=\"layout\"><tr><th>Меню</th></tr><tr><td>x</td></tr></table>"
            + "<table class=\"table-print\"><tr><th>№</th><th>Предмет</th><th>Год. оценка</th>"
            + "</tr><tr><td>1</td><td>Русский&nbsp;язык</td><td>5</td></tr>"
            + "<tr><td>2</td><td>Алгебра</td><td>4</td></tr></table>"
            + "<table><tr><td>подпись</td></tr></table>";

    assertThat(ReportHtml.termMarks(3, html))
        .containsExactly(
            new TermMarkRow(3, "Русский язык", "Год", 5), new TermMarkRow(3, "Алгебра", "Год", 4));
  }

  @Test
  void aPageWithoutTheTableOrAColumnIsMalformed() {
    assertThatThrownBy(() -> ReportHtml.attendance("<html><body><p>Сессия истекла</p></body>"))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContaining("table.table-print");
    assertThatThrownBy(() -> ReportHtml.attendance(page("Ученик|Дата|Урок|Предмет")))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContaining("Отметка о посещении");
  }

  @Test
  void aPageCutMidTableIsMalformedNotTheRowsSoFar() {
    String whole =
        page(
            "Ученик|Дата|Урок|Предмет|Отметка о посещении",
            "Иванов Иван|02.09.2024|1|Алгебра|Н",
            "Петров Пётр|03.09.2024|2|Алгебра|Б");
    String cut = whole.substring(0, whole.indexOf("Петров") + 3);

    assertThat(ReportHtml.attendance(whole)).hasSize(2);
    assertThatThrownBy(() -> ReportHtml.attendance(cut))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContaining("ends inside table.table-print");
  }

  @Test
  void aBadCellIsNamedByRowAndColumnWithoutItsText() {
    String html =
        page(
            "Ученик|Дата|Урок|Предмет|Отметка о посещении",
            "Иванов Иван|02.09.2024|1|Алгебра|Н",
            "Петров Пётр|31.02.2024|2|Алгебра|Б");
    assertThatThrownBy(() -> ReportHtml.attendance(html))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContainingAll("studentattendance", "row 2", "Дата")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("31.02", "Петров"));
  }

  @Test
  void aTimestampMustBeARealMomentInTheReportsFormat() {
    String header =
        "Дата и время|Пользователь|Класс|Предмет|Дата урока|Урок|Ученик|Объект|Было|Стало";
    for (String stamp :
        List.of(
            "02.09.2024 24:00:00",
            "02.09.2024 15:60:00",
            "30.02.2024 15:04:05",
            "2.09.2024 15:04:05",
            "02.09.2024T15:04:05",
            "02.09.2024 15:04:05.1",
            "02.09.2024")) {
      String journal =
          page(header, stamp + "|С. А. Б.|7А|Алгебра|02.09.2024|2||Тема урока||Уравнения");
      assertThatThrownBy(() -> ReportHtml.journalAccess(journal))
          .as(stamp)
          .isInstanceOf(MalformedReportException.class)
          .hasMessageContaining("not a timestamp");
    }
    String leap = page(header, "29.02.2024 23:59:59|С. А. Б.|7А|Алгебра|29.02.2024|2||Тема||Т");
    assertThat(ReportHtml.journalAccess(leap))
        .extracting(JournalAccessRow::enteredAt, JournalAccessRow::lessonDate)
        .containsExactly(
            tuple(LocalDate.of(2024, 2, 29).atTime(23, 59, 59), LocalDate.of(2024, 2, 29)));
  }

  /** A report table; the header and each row are cells separated by "|". */
  private static String page(String header, String... rows) {
    String th = "<tr><th>" + header.replace("|", "</th><th>") + "</th></tr>";
    StringBuilder html =
        new StringBuilder("<table class=\"table-print\"><thead>" + th + "</thead>");
    for (String row : rows) {
      html.append("<tr><td>").append(row.replace("|", "</td><td>")).append("</td></tr>");
    }
    return html.append("</table>").toString();
  }

  private static String render(String name, Optional<Term> term) {
    return report(name)
        .render(SCHOOL, new ReportQuery(CLASS, Optional.empty(), term, TERM.start(), TERM.end()));
  }

  private static Report report(String name) {
    return Report.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  private static boolean inTerm(Lesson lesson) {
    return lesson.classId() == CLASS.id() && TERM.contains(lesson.date());
  }

  private static List<TermMark> termMarks() {
    return CLASS.studentIds().stream().flatMap(id -> SCHOOL.termMarksOf(id).stream()).toList();
  }

  private static String student(int id) {
    return SCHOOL.student(id).orElseThrow().fullName();
  }

  private static String subject(Lesson lesson) {
    return SCHOOL.subject(lesson.subjectId()).name();
  }

  private static String typeName(int typeId) {
    return SCHOOL.assignmentTypes().stream()
        .filter(t -> t.id() == typeId)
        .map(AssignmentType::name)
        .findFirst()
        .orElseThrow();
  }

  // TermMark.YEAR is no term's id, so a year mark falls through to the year column's header.
  private static String termName(TermMark mark) {
    return SCHOOL.terms().stream()
        .filter(t -> t.id() == mark.termId())
        .map(Term::name)
        .findFirst()
        .orElse("Год");
  }

  private static LocalDate day(int september) {
    return LocalDate.of(2024, 9, september);
  }
}
