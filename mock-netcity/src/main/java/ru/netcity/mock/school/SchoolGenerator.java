package ru.netcity.mock.school;

import java.util.SplittableRandom;

/**
 * Builds the mock school deterministically from {@link SchoolOptions}: the same options give the
 * same school, down to every id and timestamp. Each phase gets its own random stream split off the
 * seed in a fixed order, so changing one phase does not reshuffle the others.
 *
 * <p>The journal is compliant with the school regulation except for the breaches listed in {@link
 * School#violations()}; {@link GroundTruth} writes them out for the gateway's audit tests.
 */
public final class SchoolGenerator {
  private SchoolGenerator() {}

  public static School generate(SchoolOptions options) {
    SplittableRandom root = new SplittableRandom(options.generationSeed());
    SplittableRandom people = root.split();
    SplittableRandom timetable = root.split();
    SplittableRandom written = root.split();
    SplittableRandom seeding = root.split();
    SplittableRandom attendance = root.split();
    SplittableRandom journal = root.split();
    SplittableRandom late = root.split();
    SplittableRandom finals = root.split();
    SplittableRandom accounts = root.split();
    SplittableRandom history = root.split();
    SplittableRandom untimed = root.split();

    Gen g = new Gen(options);
    People.classes(g, people);
    People.teachers(g, people);
    Timetable.build(g, timetable);
    Substitution.apply(g);
    WrittenWorks.plan(g, written);
    Seeds seeds = new Seeds(g, seeding);
    seeds.chooseIllAndShortfalls();
    Attendance.build(g, attendance, seeds);
    seeds.chooseMissingWrittenMark();
    new Journal(g, journal, seeds).fill();
    LateEntries.seed(g, seeds, late);
    UntimedLessons.seed(g, untimed);
    FinalMarks.count(g);
    FinalMarks.build(g, finals);
    FinalMarks.seedLate(g, seeds, finals);
    FinalMarks.seedMissing(g, seeds, finals);
    seeds.sufficiencyFindings();
    HistoryPlan.seed(g, seeds, history);
    Movements.seed(g);
    Departures.seed(g);
    FinalMarks.seedDeviating(g, seeds);
    return g.build(People.accounts(g, accounts));
  }
}
