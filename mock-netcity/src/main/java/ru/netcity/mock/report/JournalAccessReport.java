package ru.netcity.mock.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.netcity.mock.school.JournalLog;
import ru.netcity.mock.school.JournalLog.Entry;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;

/**
 * «Доступ к журналу»: who entered, changed or deleted which lesson topic, homework, mark, absence
 * or term mark, the old and the new value, and when. Rows are chosen by lesson date (the term end
 * for term marks) and ordered by entry time. At a moment of the clock it lists what happened up to
 * then, edits and deletions (the old value in «Было», «Стало» empty) included; without a clock the
 * final state's entries and the seeded changes of final marks, as before the mock had a clock.
 */
final class JournalAccessReport implements Report {
  static final Map<String, String> OBJECTS =
      Map.of(
          JournalLog.TOPIC, "Тема урока",
          JournalLog.HOMEWORK, "Домашнее задание",
          JournalLog.MARK, "Оценка",
          JournalLog.ABSENCE, "Отметка о посещении",
          JournalLog.TERM_MARK, "Итоговая отметка");

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
    Optional<LocalDateTime> moment = school.moment();
    JournalLog log = new JournalLog(school, moment.isPresent());
    School base = school.base();
    List<Entry> entries = new ArrayList<>();
    for (Lesson lesson : base.lessonsOf(q.schoolClass().id())) {
      if (q.covers(lesson.date())) {
        entries.addAll(log.lesson(lesson, q.student().isEmpty(), q::includes));
      }
    }
    entries.addAll(log.termMarks(q.schoolClass(), q.from(), q.to(), q::includes));
    if (moment.isPresent()) {
      entries.removeIf(e -> e.at().isAfter(moment.get()));
    }
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
          e.by(),
          className,
          base.subject(e.subjectId()).name(),
          e.lessonDate(),
          e.lesson(),
          e.studentId() == 0 ? null : base.student(e.studentId()).orElseThrow().fullName(),
          OBJECTS.get(e.object()),
          e.before(),
          e.after());
    }
    return table.finish();
  }
}
