package ru.netcity.mock.school;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/** The fixed weekly timetable of each class and the lessons it yields over the year. */
final class Timetable {
  private Timetable() {}

  static void build(Gen g, SplittableRandom rnd) {
    List<LessonDraft> all = new ArrayList<>();
    for (ClassDraft c : g.classes) {
      series(c);
      week(c, rnd);
      lessons(g, c, rnd);
      all.addAll(c.lessons);
    }
    // classmeetingIds follow the calendar, like an AIS that creates lessons day by day
    all.sort(
        Comparator.<LessonDraft, LocalDate>comparing(l -> l.date)
            .thenComparingInt(l -> l.cls.id)
            .thenComparingInt(l -> l.number)
            .thenComparingInt(l -> l.group));
    for (int i = 0; i < all.size(); i++) {
      all.get(i).id = g.ids.lessonBase() + i + 1;
    }
  }

  private static void series(ClassDraft c) {
    for (int s = 1; s <= StudyPlan.SUBJECTS; s++) {
      if (StudyPlan.hours(s, c.grade) == 0) {
        continue;
      }
      if (StudyPlan.split(s)) {
        c.series.add(new int[] {s, 1});
        c.series.add(new int[] {s, 2});
      } else {
        c.series.add(new int[] {s, 0});
      }
    }
    if (c.splitBells) {
      c.series.add(new int[] {StudyPlan.DEU, 2});
    }
  }

  /**
   * Spreads each subject's hours over distinct weekdays, always onto the least loaded days, so no
   * day has more than ceil(hours/5) ≤ 7 lessons and no subject comes twice a day.
   */
  private static void week(ClassDraft c, SplittableRandom rnd) {
    List<List<Integer>> byDay = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      byDay.add(new ArrayList<>());
    }
    List<Integer> subjects = new ArrayList<>();
    for (int s = 1; s <= StudyPlan.SUBJECTS; s++) {
      if (StudyPlan.hours(s, c.grade) > 0) {
        subjects.add(s);
      }
    }
    subjects.sort(Comparator.comparingInt(s -> -StudyPlan.hours(s, c.grade)));
    for (int s : subjects) {
      Integer[] order = {0, 1, 2, 3, 4};
      shuffle(order, rnd);
      Arrays.sort(order, Comparator.comparingInt(d -> byDay.get(d).size()));
      for (int k = 0; k < StudyPlan.hours(s, c.grade); k++) {
        byDay.get(order[k]).add(s);
      }
    }
    for (int d = 0; d < 5; d++) {
      Integer[] day = byDay.get(d).toArray(new Integer[0]);
      shuffle(day, rnd);
      c.week[d] = Arrays.stream(day).mapToInt(Integer::intValue).toArray();
    }
    // the first two English days of the week keep the groups apart (German takes group 2's place)
    for (int d = 0, n = 0; d < 5 && c.splitBells && n < StudyPlan.DEU_HOURS; d++) {
      if (Arrays.stream(c.week[d]).anyMatch(s -> s == StudyPlan.ENG)) {
        c.splitDays[d] = true;
        n++;
      }
    }
  }

  private static void lessons(Gen g, ClassDraft c, SplittableRandom rnd) {
    // timetable changes: on a few days one whole-class lesson moves to bell 8
    TreeMap<Integer, Integer> movedSlot = new TreeMap<>();
    int moves = 3 + rnd.nextInt(3);
    while (movedSlot.size() < moves) {
      int day = 5 + rnd.nextInt(g.days.size() - 10);
      int weekday = SchoolCalendar.timetableDay(g.days.get(day));
      int[] slots = c.week[weekday];
      int slot = rnd.nextInt(slots.length);
      // bell 8 may hold English group 2 on a split day: no lesson moves there then
      if (!StudyPlan.split(slots[slot]) && !c.splitDays[weekday]) {
        movedSlot.put(day, slot);
      }
    }
    c.dayFirst = new int[g.days.size()];
    c.dayCount = new int[g.days.size()];
    Arrays.fill(c.dayFirst, -1);
    Bell extra = g.bells.get(7);
    for (int d = 0; d < g.days.size(); d++) {
      LocalDate date = g.days.get(d);
      int term = SchoolCalendar.termIndex(c.terms, date);
      if (term < 0) {
        continue;
      }
      c.dayFirst[d] = c.lessons.size();
      int weekday = SchoolCalendar.timetableDay(date);
      int[] slots = c.week[weekday];
      LessonDraft moved = null;
      LessonDraft apart = null;
      for (int i = 0; i < slots.length; i++) {
        boolean isMoved = movedSlot.containsKey(d) && movedSlot.get(d) == i;
        int s = slots[i];
        boolean split = c.splitDays[weekday] && s == StudyPlan.ENG;
        for (int group = StudyPlan.split(s) ? 1 : 0;
            group <= (StudyPlan.split(s) ? 2 : 0);
            group++) {
          // on a split day English group 2 comes after the day's last bell
          Bell bell = isMoved ? extra : g.bells.get(split && group == 2 ? slots.length : i);
          LessonDraft l = lesson(c, date, d, s, group, term, bell, rnd);
          l.moved = isMoved;
          if (isMoved) {
            moved = l;
          } else if (split && group == 2) {
            apart = l;
          } else {
            add(c, l);
          }
        }
        if (split) {
          add(c, lesson(c, date, d, StudyPlan.DEU, 2, term, g.bells.get(i), rnd));
        }
      }
      if (apart != null) {
        add(c, apart);
      }
      if (moved != null) {
        add(c, moved);
      }
      c.dayCount[d] = c.lessons.size() - c.dayFirst[d];
    }
    for (int k = 0; k < c.keys(); k++) {
      c.byKey.add(new ArrayList<>());
    }
    LessonDraft[] last = new LessonDraft[c.series.size()];
    for (LessonDraft l : c.lessons) {
      LessonDraft prev = last[l.series];
      if (prev != null) {
        prev.next = l;
        l.seq = prev.seq + 1;
      }
      last[l.series] = l;
      c.byKey.get(c.key(l.series, l.termIndex)).add(l);
      l.topic = Topics.topic(l.subjectId, c.grade, l.seq);
      // the topic goes in after the lesson, by 21:00 at the latest
      int window = (int) Duration.between(l.end, LocalTime.of(21, 0)).toMinutes();
      l.topicEnteredAt = l.date.atTime(l.end).plusMinutes(1 + rnd.nextInt(window - 1));
    }
  }

  private static LessonDraft lesson(
      ClassDraft c,
      LocalDate date,
      int day,
      int subject,
      int group,
      int term,
      Bell bell,
      SplittableRandom rnd) {
    LessonDraft l = new LessonDraft(c, date, day, subject, group, c.seriesOf(subject, group), term);
    l.number = bell.number();
    l.start = bell.start();
    l.end = bell.end();
    l.teacherId = c.teacherOf.get(subject * 10 + group);
    String room = StudyPlan.room(subject, group, c.index);
    // a few lessons have no room filled in, as in the real AIS
    l.room = rnd.nextInt(300) == 0 ? null : room != null ? room : c.homeRoom;
    return l;
  }

  private static void add(ClassDraft c, LessonDraft l) {
    l.index = c.lessons.size();
    c.lessons.add(l);
  }

  static <T> void shuffle(T[] a, SplittableRandom rnd) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      T t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
