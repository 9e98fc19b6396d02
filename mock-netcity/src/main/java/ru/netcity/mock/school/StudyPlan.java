package ru.netcity.mock.school;

import java.util.ArrayList;
import java.util.List;

/** Subjects, weekly hours per grade, work types and the minimum-marks rule of clause 2.3.1. */
final class StudyPlan {
  private StudyPlan() {}

  static final int RUS = 1;
  static final int LIT = 2;
  static final int ENG = 3;
  static final int ALG = 4;
  static final int GEOM = 5;
  static final int PROB = 6;
  static final int INF = 7;
  static final int HIST = 8;
  static final int SOC = 9;
  static final int GEO = 10;
  static final int BIO = 11;
  static final int PHYS = 12;
  static final int CHEM = 13;
  static final int PE = 14;
  static final int OBZR = 15;
  static final int MUS = 16;
  static final int ART = 17;
  static final int TECH = 18;

  /**
   * The second foreign language, taken by group 2 only of the classes with {@link
   * Drafts.ClassDraft#splitBells}; in no grade's plan (its hours here are 0).
   */
  static final int DEU = 19;

  /** German's weekly hours in a class that has it. */
  static final int DEU_HOURS = 2;

  static final int SUBJECTS = 19;
  static final int[] GRADES = {7, 8, 9, 10, 11};

  static final String[] NAMES = {
    "Русский язык",
    "Литература",
    "Иностранный язык (английский)",
    "Алгебра",
    "Геометрия",
    "Вероятность и статистика",
    "Информатика",
    "История",
    "Обществознание",
    "География",
    "Биология",
    "Физика",
    "Химия",
    "Физическая культура",
    "Основы безопасности и защиты Родины",
    "Музыка",
    "Изобразительное искусство",
    "Труд (технология)",
    "Немецкий язык"
  };

  /** Weekly hours by subject (row = id - 1) and grade 7..11 (column). */
  private static final int[][] HOURS = {
    {4, 3, 3, 2, 2}, {2, 2, 3, 3, 3}, {3, 3, 3, 3, 3}, {3, 3, 3, 4, 4}, {2, 2, 2, 2, 2},
    {1, 1, 1, 1, 1}, {1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {1, 1, 1, 2, 2}, {2, 2, 2, 1, 1},
    {1, 1, 2, 1, 1}, {2, 2, 3, 2, 2}, {0, 2, 2, 1, 1}, {2, 2, 2, 2, 2}, {1, 1, 1, 1, 1},
    {1, 0, 0, 0, 0}, {1, 0, 0, 0, 0}, {2, 1, 1, 0, 0}, {0, 0, 0, 0, 0}
  };

  static int hours(int subjectId, int grade) {
    return HOURS[subjectId - 1][grade - 7];
  }

  static boolean split(int subjectId) {
    return subjectId == ENG || subjectId == INF;
  }

  static String name(int subjectId) {
    return NAMES[subjectId - 1];
  }

  /**
   * Default reading of clause 2.3.1: 1 h → 3, 2 h → 5 (the text leaves 2 h open), 3 h and more → 8
   * scaled by hours (ceil(8h/3)); a half-year counts double.
   */
  static int minMarks(int weeklyHours, boolean halfYear) {
    int min = weeklyHours <= 1 ? 3 : weeklyHours == 2 ? 5 : (8 * weeklyHours + 2) / 3;
    return halfYear ? 2 * min : min;
  }

  static List<Subject> subjects() {
    List<Subject> list = new ArrayList<>();
    for (int id = 1; id <= SUBJECTS; id++) {
      list.add(new Subject(id, name(id)));
    }
    return list;
  }

  static List<PlanRow> plan() {
    List<PlanRow> rows = new ArrayList<>();
    for (int grade : GRADES) {
      for (int id = 1; id <= SUBJECTS; id++) {
        if (hours(id, grade) > 0) {
          rows.add(new PlanRow(grade, id, hours(id, grade), split(id)));
        }
      }
    }
    return rows;
  }

  static final int ANSWER = 1;
  static final int CONTROL = 2;
  static final int HOMEWORK = 3;
  static final int CHECK = 4;
  static final int LAB = 5;
  static final int PRACTICAL = 6;
  static final int INDEPENDENT = 7;

  static List<AssignmentType> assignmentTypes() {
    return List.of(
        new AssignmentType(ANSWER, "О", "Ответ на уроке", 1),
        new AssignmentType(CONTROL, "К", "Контрольная работа", 2),
        new AssignmentType(HOMEWORK, "ДЗ", "Домашнее задание", 3),
        new AssignmentType(CHECK, "П", "Проверочная работа", 4),
        new AssignmentType(LAB, "Л", "Лабораторная работа", 5),
        new AssignmentType(PRACTICAL, "Пр", "Практическая работа", 6),
        new AssignmentType(INDEPENDENT, "С", "Самостоятельная работа", 7));
  }

  static int weight(int typeId) {
    return typeId == CONTROL ? 2 : 1;
  }

  /**
   * Subjects one teacher usually takes together in a class (Russian with literature, the three
   * maths courses, history with social studies); the key groups them for the load allocation.
   */
  static int teachingGroup(int subjectId) {
    return switch (subjectId) {
      case LIT -> RUS;
      case GEOM, PROB -> ALG;
      case SOC -> HIST;
      default -> subjectId;
    };
  }

  /** A subject's own room, or null when the class's home room is used. */
  static String room(int subjectId, int group, int classIndex) {
    return switch (subjectId) {
      case PHYS -> "304/кабинет физики";
      case CHEM -> "306/кабинет химии";
      case BIO -> "308/кабинет биологии";
      case INF -> group == 1 ? "401/кабинет информатики" : "402/кабинет информатики";
      case PE -> "Спортивный зал";
      case MUS -> "105/кабинет музыки";
      case ART -> "107/кабинет ИЗО";
      case TECH -> "Мастерская";
      case OBZR -> "109/кабинет ОБЗР";
      case DEU -> "110/кабинет немецкого языка";
      case ENG -> group == 1 ? null : String.valueOf(311 + classIndex % 8);
      default -> null;
    };
  }
}
