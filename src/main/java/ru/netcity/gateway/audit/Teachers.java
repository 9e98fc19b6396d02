package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who taught which lesson, from the ledger's TEACHER entries ({@code <number>|<teacher>[|<ids>]}),
 * and who made an entry in someone else's lesson, from its AUTHOR entries; and so who is
 * responsible for a finding: for a finding about one entry or edit (its evidence names it as {@link
 * #ENTRY_KEY}) whoever made it when that was not the lesson's teacher (the regulation makes the one
 * who made a late or retroactive entry answer for it), for any other lesson's finding the teacher
 * of that lesson (of the student's group when the finding names a student; a substitute for the
 * lessons he taught), for a term's finding the teacher of most of the student's lessons of the
 * subject in the term.
 */
final class Teachers {
  /** The evidence key of a finding about one entry or edit: the ledger key of that entry. */
  static final String ENTRY_KEY = "entryKey";

  private static final String AUTHOR = "AUTHOR:";

  private record Taught(int number, String teacher, Set<Integer> group) {
    boolean teaches(Integer student) {
      return group == null || student == null || group.contains(student);
    }
  }

  /** Per class and subject: date → the day's lessons of the subject. */
  private final Map<Integer, Map<String, TreeMap<LocalDate, List<Taught>>>> lessons =
      new HashMap<>();

  /**
   * One copy of each name and group: a school year holds some 100 000 lessons but a few hundred
   * teachers and groups, and the audit's heap is small.
   */
  private final Map<String, String> names = new HashMap<>();

  private final Map<Set<Integer>, Set<Integer>> groups = new HashMap<>();

  /** Who made an entry or edit in another teacher's lesson, by the entry's ledger key. */
  private final Map<String, String> authors = new HashMap<>();

  /** An AUTHOR entry: key {@code AUTHOR:<entry key>}, value who made that entry. */
  void author(String key, String name) {
    if (key.startsWith(AUTHOR) && name != null && !name.isBlank()) {
      authors.put(key.substring(AUTHOR.length()), names.computeIfAbsent(name, n -> n));
    }
  }

  void add(int classId, LocalDate date, String subject, String value) {
    String[] parts = value.split("\\|", -1);
    if (parts.length < 2 || date == null || subject == null || parts[1].isEmpty()) {
      return;
    }
    Set<Integer> group = null;
    if (parts.length > 2 && !parts[2].isEmpty()) {
      group = new HashSet<>();
      for (String id : parts[2].split(",")) {
        group.add(Integer.parseInt(id.trim()));
      }
    }
    lessons
        .computeIfAbsent(classId, c -> new HashMap<>())
        .computeIfAbsent(subject, s -> new TreeMap<>())
        .computeIfAbsent(date, d -> new ArrayList<>())
        .add(
            new Taught(
                Integer.parseInt(parts[0]),
                names.computeIfAbsent(parts[1], n -> n),
                group == null ? null : groups.computeIfAbsent(Set.copyOf(group), g -> g)));
  }

  /**
   * The teacher a finding names: a finding about an entry someone else made in the lesson (the
   * deputy director, a colleague) that one; a term's finding (its evidence names the term) the
   * term's, any other the lesson's of its day (at the evidence's lesson number when it names one);
   * a finding on a day without a lesson of the subject (a term mark's edit) the term's. A lesson
   * the journal log shows no entry of names nobody.
   */
  String responsible(
      int classId,
      String subject,
      Integer student,
      LocalDate date,
      Map<String, Object> evidence,
      AuditContext context) {
    if (evidence.get(ENTRY_KEY) instanceof String key && authors.containsKey(key)) {
      return authors.get(key);
    }
    if (subject == null || date == null) {
      return null;
    }
    Terms terms = context.terms();
    if (evidence.containsKey("term")) {
      Term term = terms.ending(classId, date).or(() -> terms.of(classId, date)).orElse(null);
      return term == null ? null : ofTerm(classId, subject, term, student);
    }
    if (evidence.get("groupLessons") instanceof Integer lessons
        && evidence.get("records") instanceof Integer records
        && records < lessons) {
      // the log names no group: whose record is missing cannot be told, so nobody is named
      return null;
    }
    Integer number = evidence.get("lessonNumber") instanceof Integer n ? n : null;
    String teacher = ofLesson(classId, subject, date, student, number);
    boolean noLesson =
        student == null
            ? context.timetable().lessons(classId, subject, date, date) == 0
            : context.timetable().lessons(classId, subject, student, date, date) == 0;
    if (teacher == null && noLesson) {
      return terms.of(classId, date).map(t -> ofTerm(classId, subject, t, student)).orElse(null);
    }
    return teacher;
  }

  /**
   * The teacher of the student's (or, without one, any) lessons of the subject that day, the one at
   * {@code number} when given; several teachers are named together, in order. Null when the ledger
   * shows none.
   */
  String ofLesson(int classId, String subject, LocalDate date, Integer student, Integer number) {
    TreeSet<String> names = new TreeSet<>();
    for (Taught t : days(classId, subject).getOrDefault(date, List.of())) {
      if (t.teaches(student) && (number == null || t.number() == number)) {
        names.add(t.teacher());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /**
   * The teacher of most of the student's (or the class's) lessons of the subject in the term; a tie
   * goes to the one who taught last. Null when the ledger shows none.
   */
  String ofTerm(int classId, String subject, Term term, Integer student) {
    Map<String, Integer> count = new HashMap<>();
    String best = null;
    for (List<Taught> day :
        days(classId, subject).subMap(term.start(), true, term.end(), true).values()) {
      for (Taught t : day) {
        if (t.teaches(student)) {
          int n = count.merge(t.teacher(), 1, Integer::sum);
          if (best == null || n >= count.get(best)) {
            best = t.teacher();
          }
        }
      }
    }
    return best;
  }

  private TreeMap<LocalDate, List<Taught>> days(int classId, String subject) {
    TreeMap<LocalDate, List<Taught>> days = lessons.getOrDefault(classId, Map.of()).get(subject);
    return days == null ? new TreeMap<>() : days;
  }
}
