package ru.netcity.mock.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.netcity.mock.report.Report;
import ru.netcity.mock.report.ReportQuery;
import ru.netcity.mock.school.Account;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.server.BadRequest;

/**
 * The report filters of one account: classes (PCLID), students (SID, "-1" = the whole class for
 * staff where the report allows it), subjects (SGID), terms (TERMID, "-1" = the year) and the
 * period range.
 */
final class Filters {
  static final String ALL = "-1";

  private final School school;
  private final Account account;

  Filters(School school, Account account) {
    this.school = school;
    this.account = account;
  }

  List<Map<String, Object>> sources(Report report, Selection selection) {
    SchoolClass cls = schoolClass(selection);
    Optional<Term> term = term(cls, selection);
    List<Map<String, Object>> sources = new ArrayList<>();
    for (String id : report.filterIds()) {
      switch (id) {
        case "SID" ->
            sources.add(
                items(
                    id,
                    studentItems(cls, report),
                    selection.get(id).orElse(defaultStudent(cls, report))));
        case "SGID" -> sources.add(subjectSource(cls, selection, report));
        case "PCLID", "PCLID_IUP" -> sources.add(items(id, classes(id), classValue(id, cls)));
        case "TERMID" -> sources.add(items(id, terms(cls), term.map(t -> "" + t.id()).orElse(ALL)));
        case "period" -> sources.add(period(term));
        default -> throw new IllegalStateException("unknown filter " + id);
      }
    }
    return sources;
  }

  ReportQuery query(Report report, Selection selection) {
    SchoolClass cls = schoolClass(selection);
    Optional<Student> student = student(cls, selection, report);
    Optional<Term> term = term(cls, selection);
    LocalDate from = term.map(Term::start).orElse(school.yearStart());
    LocalDate to = term.map(Term::end).orElse(school.yearEnd());
    Optional<String> period = selection.get("PERIOD");
    if (period.isPresent()) {
      String[] ends = period.get().split(" - ");
      if (ends.length != 2) {
        throw new BadRequest("Неверный период: " + period.get());
      }
      from = Wire.parseDate("period", ends[0].trim());
      to = Wire.parseDate("period", ends[1].trim());
    }
    Optional<Subject> subject =
        report.filterIds().contains("SGID")
            ? Optional.of(subject(cls, selection, report))
            : Optional.empty();
    return new ReportQuery(
        cls, student, term, from, to, subject, id -> school.onRoster(id, cls.id()));
  }

  private SchoolClass schoolClass(Selection selection) {
    List<SchoolClass> visible = visibleClasses();
    int id = selection.classId().orElse(visible.get(0).id());
    return visible.stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .orElseThrow(() -> new BadRequest(403, "Нет доступа к классу " + id));
  }

  private Optional<Student> student(SchoolClass cls, Selection selection, Report report) {
    String value = selection.get("SID").orElse(defaultStudent(cls, report));
    if (value.equals(ALL)) {
      if (!account.staff() || !report.wholeClass()) {
        throw new BadRequest(403, "Нет доступа к отчёту по всему классу");
      }
      return Optional.empty();
    }
    int id = Selection.parse("SID", value);
    return Optional.of(
        students(cls).stream()
            .filter(s -> s.id() == id)
            .findFirst()
            .orElseThrow(() -> new BadRequest(403, "Ученик " + id + " не найден в классе")));
  }

  private Optional<Term> term(SchoolClass cls, Selection selection) {
    Optional<String> chosen = selection.get("TERMID");
    if (chosen.isEmpty() && school.moment().isPresent()) {
      return Optional.of(currentTerm(cls, school.moment().get().toLocalDate()));
    }
    String value = chosen.orElse(ALL);
    if (value.equals(ALL)) {
      return Optional.empty();
    }
    int id = Selection.parse("TERMID", value);
    return Optional.of(
        school.termsOf(cls.grade()).stream()
            .filter(t -> t.id() == id)
            .findFirst()
            .orElseThrow(() -> new BadRequest("Учебный период " + id + " не найден")));
  }

  /**
   * At a moment of the clock the AIS preselects the term current then: the one holding the day, in
   * a vacation the last one begun, before the year the first.
   */
  private Term currentTerm(SchoolClass cls, LocalDate day) {
    List<Term> terms = school.termsOf(cls.grade());
    Term current = terms.get(0);
    for (Term t : terms) {
      if (!t.start().isAfter(day)) {
        current = t;
      }
    }
    return current;
  }

  private List<SchoolClass> visibleClasses() {
    return account.staff()
        ? school.classes()
        : Diaries.visibleStudents(school, account).stream()
            .map(s -> school.schoolClass(s.classId()).orElseThrow())
            .distinct()
            .toList();
  }

  private List<Student> students(SchoolClass cls) {
    return Diaries.visibleStudents(school, account).stream()
        .filter(s -> s.classId() == cls.id())
        .toList();
  }

  private String defaultStudent(SchoolClass cls, Report report) {
    List<Student> students = students(cls);
    return account.staff() && (report.wholeClass() || students.isEmpty())
        ? ALL
        : "" + students.get(0).id();
  }

  /** SGID: the subjects the class (or the chosen student) has lessons of; the first by default. */
  private Map<String, Object> subjectSource(SchoolClass cls, Selection selection, Report report) {
    List<Subject> subjects = subjects(cls, selection, report);
    String def = subjects.isEmpty() ? null : "" + subjects.get(0).id();
    return items(
        "SGID",
        subjects.stream().map(s -> item(s.name(), "" + s.id())).toList(),
        selection.get("SGID").orElse(def));
  }

  private Subject subject(SchoolClass cls, Selection selection, Report report) {
    List<Subject> subjects = subjects(cls, selection, report);
    if (subjects.isEmpty()) {
      throw new BadRequest("Нет предметов для отчёта");
    }
    Optional<String> value = selection.get("SGID");
    if (value.isEmpty()) {
      return subjects.get(0);
    }
    int id = Selection.parse("SGID", value.get());
    return subjects.stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .orElseThrow(() -> new BadRequest("Предмет " + id + " не найден"));
  }

  private List<Subject> subjects(SchoolClass cls, Selection selection, Report report) {
    Optional<Student> student =
        selection.get("SID").filter(v -> !v.equals(ALL)).isPresent()
            ? student(cls, selection, report)
            : Optional.empty();
    Set<Integer> ids = new HashSet<>();
    for (Lesson lesson : school.lessonsOf(cls.id())) {
      if (student.map(lesson::isFor).orElse(true)) {
        ids.add(lesson.subjectId());
      }
    }
    return school.subjects().stream().filter(s -> ids.contains(s.id())).toList();
  }

  private List<Map<String, String>> classes(String filterId) {
    return visibleClasses().stream().map(c -> item(c.name(), classValue(filterId, c))).toList();
  }

  private static String classValue(String filterId, SchoolClass cls) {
    return filterId.equals("PCLID_IUP") ? cls.id() + "_0" : "" + cls.id();
  }

  private List<Map<String, String>> studentItems(SchoolClass cls, Report report) {
    List<Map<String, String>> items = new ArrayList<>();
    if (account.staff() && report.wholeClass()) {
      items.add(item("Все", ALL));
    }
    students(cls).forEach(s -> items.add(item(s.nickName(), "" + s.id())));
    return items;
  }

  private List<Map<String, String>> terms(SchoolClass cls) {
    List<Map<String, String>> items = new ArrayList<>();
    school.termsOf(cls.grade()).forEach(t -> items.add(item(t.name(), "" + t.id())));
    items.add(item("Год", ALL));
    return items;
  }

  private Map<String, Object> period(Optional<Term> term) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("filterId", "period");
    source.put("items", null);
    source.put("defaultValue", null);
    // With a term chosen the AIS narrows the range to the term; LE reads term dates from it.
    Map<String, String> range =
        range(
            term.map(Term::start).orElse(school.yearStart()),
            term.map(Term::end).orElse(school.yearEnd()));
    source.put("range", range);
    source.put("defaultRange", range);
    return source;
  }

  private static Map<String, String> range(LocalDate start, LocalDate end) {
    return Map.of("start", Wire.date(start), "end", Wire.date(end));
  }

  private static Map<String, Object> items(String id, List<Map<String, String>> items, String def) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("filterId", id);
    source.put("items", items);
    source.put("defaultValue", def);
    return source;
  }

  private static Map<String, String> item(String title, String value) {
    Map<String, String> item = new LinkedHashMap<>();
    item.put("title", title);
    item.put("value", value);
    return item;
  }
}
