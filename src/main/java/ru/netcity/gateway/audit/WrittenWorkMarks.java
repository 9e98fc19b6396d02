package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.mapping.WorkCategory;

/**
 * The written-work part of clause 2.3.1: every student of the lesson's group with no attendance
 * letter in that lesson must carry a mark for a held control, check-up, laboratory or practical
 * work, once the work's grading period (a rule-set parameter per category) is over. Works come from
 * the ledger's WORK entries ({@code <category>|<lesson number>|<ids>}).
 */
final class WrittenWorkMarks {
  private record Work(
      long id,
      int classId,
      LocalDate date,
      String subject,
      int lesson,
      WorkCategory category,
      List<Integer> students) {}

  private final Map<Long, Work> works = new HashMap<>();
  private final Set<String> workSlots = new HashSet<>();
  private final Set<Marked> marked = new HashSet<>();
  private final Set<String> absent = new HashSet<>();

  void work(JournalEntry e) {
    String[] parts = e.value().split("\\|", -1);
    long id = Long.parseLong(e.key().substring(e.key().indexOf(':') + 1));
    List<Integer> students = new ArrayList<>();
    for (String s : parts[2].split(",")) {
      if (!s.isEmpty()) {
        students.add(Integer.parseInt(s));
      }
    }
    int lesson = Integer.parseInt(parts[1]);
    works.put(
        id,
        new Work(
            id,
            e.classId(),
            e.lessonDate(),
            e.subject(),
            lesson,
            WorkCategory.valueOf(parts[0]),
            students));
    workSlots.add(e.lessonDate() + ":" + lesson);
  }

  /** A mark: remembered only when it belongs to a written work. */
  void mark(JournalEntry e) {
    String key = e.key();
    int from = key.indexOf(':') + 1;
    long assignment = Long.parseLong(key, from, key.indexOf(':', from), 10);
    if (works.containsKey(assignment)) {
      marked.add(pair(assignment, e.studentId()));
    }
  }

  /** An attendance letter ({@code ABSENCE:<student>:<date>:<lesson>}) in a lesson with a work. */
  void absence(JournalEntry e) {
    String key = e.key();
    String slot = key.substring(key.indexOf(':', key.indexOf(':') + 1) + 1);
    if (workSlots.contains(slot)) {
      absent.add(key.substring(key.indexOf(':') + 1));
    }
  }

  void finish(Rule rule, AuditContext context, FindingSink out) {
    works.values().stream()
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .forEach(w -> check(w, rule, context, out));
    works.clear();
    workSlots.clear();
    marked.clear();
    absent.clear();
  }

  private void check(Work w, Rule rule, AuditContext context, FindingSink out) {
    RuleSet set = context.rules(w.classId(), w.date()).orElse(null);
    if (set == null || !set.rules().sufficiency().writtenWorkCategories().contains(w.category())) {
      return;
    }
    // A missing mark is knowable only once the work's grading period is over.
    int grading = set.rules().retroactive().gradingDays(w.category());
    if (context.asOf() != null
        && context.asOf().isBefore(w.date().plusDays(grading + 1L).atStartOfDay())) {
      return;
    }
    for (int student : w.students()) {
      if (marked.contains(pair(w.id(), student))
          || absent.contains(student + ":" + w.date() + ":" + w.lesson())) {
        continue;
      }
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("work", w.category().name());
      evidence.put("assignmentId", w.id());
      evidence.put("lessonNumber", w.lesson());
      evidence.put("attendance", "present");
      out.add(
          rule,
          set,
          Severity.VIOLATION,
          w.classId(),
          w.subject(),
          student,
          w.date(),
          evidence,
          "Ученик присутствовал на уроке «%s» %s, где проводилась %s, но отметки за неё нет (п. 2.3.1)."
              .formatted(w.subject(), Texts.day(w.date()), name(w.category())));
    }
  }

  private static Marked pair(long assignment, int student) {
    return new Marked(assignment, student);
  }

  private record Marked(long assignment, int student) {}

  private static String name(WorkCategory category) {
    return switch (category) {
      case CONTROL -> "контрольная работа";
      case TEST -> "проверочная работа";
      case LAB -> "лабораторная работа";
      case PRACTICAL -> "практическая работа";
      default -> "письменная работа";
    };
  }
}
