package ru.netcity.mock.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

/**
 * «Доступ к журналу»: who entered or changed which lesson topic, homework, mark, absence or term
 * mark, the old and the new value, and when. Rows are chosen by lesson date (the term end for term
 * marks) and ordered by entry time.
 */
final class JournalAccessReport implements Report {
  static final String TOPIC = "Тема урока";
  static final String HOMEWORK = "Домашнее задание";
  static final String MARK = "Оценка";
  static final String ABSENCE = "Отметка о посещении";
  static final String TERM_MARK = "Итоговая отметка";
  private static final int HOMEWORK_TYPE = 3;

  private record Entry(
      LocalDateTime at,
      String user,
      String subject,
      Object lessonDate,
      Object lesson,
      String student,
      String object,
      String before,
      String after) {}

  @Override
  public String name() {
    return "journalaccess";
  }

  @Override
  public String title() {
    return "Доступ к журналу";
  }

  @Override
  public boolean wholeClass() {
    return true;
  }

  @Override
  public List<String> filterIds() {
    return List.of("SID", "PCLID_IUP", "period");
  }

  @Override
  public String render(School school, ReportQuery q) {
    List<Entry> entries = new ArrayList<>();
    for (Lesson lesson : school.lessonsOf(q.schoolClass().id())) {
      if (q.covers(lesson.date())) {
        addLesson(school, q, lesson, entries);
      }
    }
    addTermMarks(school, q, entries);
    entries.sort(Comparator.comparing(Entry::at));
    HtmlTable table =
        new HtmlTable(
            title(),
            HtmlTable.filters(q),
            List.of(
                "Дата и время",
                "Пользователь",
                "Класс",
                "Предмет",
                "Дата урока",
                "Урок",
                "Ученик",
                "Объект",
                "Было",
                "Стало"));
    String className = q.schoolClass().name();
    for (Entry e : entries) {
      table.row(
          e.at(),
          e.user(),
          className,
          e.subject(),
          e.lessonDate(),
          e.lesson(),
          e.student(),
          e.object(),
          e.before(),
          e.after());
    }
    return table.finish();
  }

  private static void addLesson(School school, ReportQuery q, Lesson lesson, List<Entry> out) {
    String teacher = school.teacher(lesson.teacherId()).shortName();
    String subject = school.subject(lesson.subjectId()).name();
    if (q.student().isEmpty()) {
      out.add(
          new Entry(
              lesson.topicEnteredAt(),
              teacher,
              subject,
              lesson.date(),
              lesson.number(),
              null,
              TOPIC,
              "",
              lesson.topic()));
    }
    for (Assignment a : school.assignmentsOf(lesson.id())) {
      if (a.typeId() == HOMEWORK_TYPE && q.student().isEmpty()) {
        out.add(
            new Entry(
                a.enteredAt(),
                teacher,
                subject,
                lesson.date(),
                lesson.number(),
                null,
                HOMEWORK,
                "",
                a.name()));
      }
      for (Mark m : school.marksOf(a.id())) {
        if (!q.includes(m.studentId())) {
          continue;
        }
        String student = school.student(m.studentId()).orElseThrow().fullName();
        String first =
            m.previousValue() != null ? value(m.previousValue(), m) : value(m.value(), m);
        out.add(
            new Entry(
                m.enteredAt(),
                teacher,
                subject,
                lesson.date(),
                lesson.number(),
                student,
                MARK,
                "",
                first));
        if (m.changedAt() != null) {
          out.add(
              new Entry(
                  m.changedAt(),
                  teacher,
                  subject,
                  lesson.date(),
                  lesson.number(),
                  student,
                  MARK,
                  first,
                  value(m.value(), m)));
        }
      }
    }
    for (Absence absence : school.absencesOf(lesson.id())) {
      if (q.includes(absence.studentId())) {
        out.add(
            new Entry(
                absence.enteredAt(),
                teacher,
                subject,
                lesson.date(),
                lesson.number(),
                school.student(absence.studentId()).orElseThrow().fullName(),
                ABSENCE,
                "",
                absence.code()));
      }
    }
  }

  private static void addTermMarks(School school, ReportQuery q, List<Entry> out) {
    int grade = q.schoolClass().grade();
    List<Term> terms = school.termsOf(grade);
    Map<Integer, String> teacherOf = new HashMap<>();
    for (Lesson lesson : school.lessonsOf(q.schoolClass().id())) {
      teacherOf.putIfAbsent(lesson.subjectId(), school.teacher(lesson.teacherId()).shortName());
    }
    for (int studentId : q.schoolClass().studentIds()) {
      if (!q.includes(studentId)) {
        continue;
      }
      String student = school.student(studentId).orElseThrow().fullName();
      for (TermMark mark : school.termMarksOf(studentId)) {
        Term term = terms.stream().filter(t -> t.id() == mark.termId()).findFirst().orElse(null);
        LocalDate end = term != null ? term.end() : terms.get(terms.size() - 1).end();
        if (q.covers(end)) {
          out.add(
              new Entry(
                  mark.enteredAt(),
                  teacherOf.getOrDefault(mark.subjectId(), ""),
                  school.subject(mark.subjectId()).name(),
                  end,
                  term != null ? term.name() : "Год",
                  student,
                  TERM_MARK,
                  "",
                  Integer.toString(mark.value())));
        }
      }
    }
  }

  private static String value(int value, Mark m) {
    return m.dutyMark() ? "." : Integer.toString(value);
  }
}
