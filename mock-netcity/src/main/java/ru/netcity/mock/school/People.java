package ru.netcity.mock.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import ru.netcity.mock.school.Drafts.ClassDraft;

/** Classes with their students, the teaching staff and the logins. */
final class People {
  private People() {}

  static final String LETTERS = "АБВГДЕЖЗИКЛМНОПР";

  /**
   * The default school's deputy director, named in the journal log as a teacher is when she writes
   * in a lesson.
   */
  static final Teacher DEPUTY = new Teacher(5_001, "Шамрина", "Ирина", "Викторовна");

  static final int PARENT_USER_OFFSET = 100_000;

  /** A teacher's weekly load cap used to decide when the next teacher of a subject is hired. */
  private static final int MAX_LOAD = 26;

  /**
   * The deputy director of a school: the default school's is {@link #DEPUTY}; another school's is
   * drawn from its own stream, so no other phase of the generator moves.
   */
  static Teacher deputy(SchoolOptions options) {
    if (options.index() == 0) {
      return DEPUTY;
    }
    String[] p = Names.person(new SplittableRandom(options.generationSeed() ^ 0x5EEDL), false);
    return new Teacher(IdSpace.of(options.index()).staffUserId(), p[0], p[1], p[2]);
  }

  /** Builds the classes (grade by grade, letter by letter) with students sorted by surname. */
  static void classes(Gen g, SplittableRandom rnd) {
    int total = g.options.students();
    int parallels = Math.max(2, (int) Math.round(total / 125.0));
    int count = parallels * StudyPlan.GRADES.length;
    TreeSet<String> taken = new TreeSet<>();
    int nextStudentId = g.ids.firstStudentId();
    for (int i = 0; i < count; i++) {
      int grade = StudyPlan.GRADES[i / parallels];
      String name = grade + String.valueOf(LETTERS.charAt(i % parallels));
      ClassDraft c = new ClassDraft(g.ids.firstClassId() + i, i, name, grade, g.termsOf(grade));
      c.homeRoom = String.valueOf(201 + i);
      // the first class of grades 8 and 10 (8А, 10А) has English groups at different bells and
      // German for group 2
      c.splitBells = (grade == 8 || grade == 10) && i % parallels == 0;
      int size = total / count + (i < total % count ? 1 : 0);
      List<String[]> names = new ArrayList<>();
      while (names.size() < size) {
        // a cadet corps: about three boys to one girl
        String[] p = Names.person(rnd, rnd.nextInt(4) != 0);
        if (taken.add(p[0] + " " + p[1])) {
          names.add(p);
        }
      }
      names.sort(
          Comparator.<String[], String>comparing(p -> p[0])
              .thenComparing(p -> p[1])
              .thenComparing(p -> p[2]));
      c.firstStudentId = nextStudentId;
      for (int k = 0; k < size; k++) {
        // group 1 is the first half of the class list, group 2 the second
        int group = k < (size + 1) / 2 ? 1 : 2;
        Student s =
            new Student(
                nextStudentId++, names.get(k)[0], names.get(k)[1], names.get(k)[2], c.id, group);
        c.students.add(s);
        g.students.add(s);
      }
      if (size > 64) {
        throw new IllegalStateException("class too large: " + size);
      }
      g.classes.add(c);
    }
  }

  /**
   * Hires teachers per teaching group until each one's weekly load would pass {@link #MAX_LOAD};
   * split subjects get two pools so that the two groups of a class always have different teachers.
   */
  static void teachers(Gen g, SplittableRandom rnd) {
    for (int key = 1; key <= StudyPlan.SUBJECTS; key++) {
      if (StudyPlan.teachingGroup(key) != key) {
        continue;
      }
      boolean split = StudyPlan.split(key);
      for (int pool = split ? 1 : 0; pool <= (split ? 2 : 0); pool++) {
        Teacher current = null;
        int load = 0;
        for (ClassDraft c : g.classes) {
          int hours = 0;
          for (int s = 1; s <= StudyPlan.SUBJECTS; s++) {
            if (StudyPlan.teachingGroup(s) == key) {
              hours += StudyPlan.hours(s, c.grade);
            }
          }
          if (hours == 0) {
            continue;
          }
          if (current == null || load + hours > MAX_LOAD) {
            current = hire(g, rnd);
            load = 0;
          }
          load += hours;
          for (int s = 1; s <= StudyPlan.SUBJECTS; s++) {
            if (StudyPlan.teachingGroup(s) == key && StudyPlan.hours(s, c.grade) > 0) {
              c.teacherOf.put(s * 10 + pool, current.id());
            }
          }
        }
      }
    }
    // one German teacher for the classes that have German, hired last so no other hire changes
    Teacher german = null;
    for (ClassDraft c : g.classes) {
      if (c.splitBells) {
        german = german == null ? hire(g, rnd) : german;
        c.teacherOf.put(StudyPlan.DEU * 10 + 2, german.id());
      }
    }
    // class teachers: the first teacher of the class (in subject order) not yet leading a class
    TreeSet<Integer> leading = new TreeSet<>();
    for (ClassDraft c : g.classes) {
      c.classTeacherId = c.teacherOf.firstEntry().getValue();
      for (int teacherId : c.teacherOf.values()) {
        if (leading.add(teacherId)) {
          c.classTeacherId = teacherId;
          break;
        }
      }
    }
  }

  private static Teacher hire(Gen g, SplittableRandom rnd) {
    String[] p = Names.person(rnd, rnd.nextInt(10) < 3);
    Teacher t = new Teacher(g.ids.firstTeacherId() + g.teachers.size(), p[0], p[1], p[2]);
    g.teachers.add(t);
    return t;
  }

  /** The deputy director's login and one parent login (the mother) per student. */
  static List<Account> accounts(Gen g, SplittableRandom rnd) {
    List<Account> accounts = new ArrayList<>();
    accounts.add(
        new Account(
            g.deputy.id(),
            "zavuch",
            "Завуч2021!",
            String.join(" ", g.deputy.lastName(), g.deputy.firstName(), g.deputy.patronymic()),
            true,
            List.of()));
    for (Student s : g.students) {
      String[] mother = Names.person(rnd, false);
      accounts.add(
          new Account(
              PARENT_USER_OFFSET + s.id(),
              "parent" + s.id(),
              "Родитель" + s.id(),
              Names.femaleSurname(s.lastName()) + " " + mother[1] + " " + mother[2],
              false,
              List.of(s.id())));
    }
    return accounts;
  }
}
