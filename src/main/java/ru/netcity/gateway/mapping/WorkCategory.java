package ru.netcity.gateway.mapping;

/** What kind of work an AIS assignment type stands for ({@code mappings/assignment-types.yaml}). */
public enum WorkCategory {
  /** Written control work (контрольная работа). */
  CONTROL,
  /** Check-up work (проверочная работа). */
  TEST,
  /** Laboratory work (лабораторная работа). */
  LAB,
  /** Practical work (практическая работа). */
  PRACTICAL,
  /** Short independent work in class (самостоятельная работа). */
  INDEPENDENT,
  /** Oral answer or work in class (ответ на уроке). */
  ORAL,
  /** Homework (домашнее задание); the AIS keeps homework as an assignment type. */
  HOMEWORK,
  /** Other written works: dictation, essay, summary, test, thematic work, credit. */
  WRITTEN,
  /** Long-running or creative works: project, paper. */
  PROJECT;

  /** The works clause 2.3.1 names: written control, check-up, laboratory and practical works. */
  public boolean isWrittenWork() {
    return this == CONTROL || this == TEST || this == LAB || this == PRACTICAL;
  }

  /**
   * Works written in the lesson and graded afterwards, within a grading period (clause 2.3.3 does
   * not count such grading as retroactive): the works of 2.3.1, independent and other written
   * works.
   */
  public boolean isGradedLater() {
    return isWrittenWork() || this == INDEPENDENT || this == WRITTEN;
  }
}
