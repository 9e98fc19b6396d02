package ru.netcity.gateway.audit.ruleset;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.TreeMap;

/**
 * Clause 2.2.
 *
 * @param hoursAfterLastLesson hours after the end of the last lesson of the day
 * @param sameDayRequired the deadline never passes midnight of the lesson day
 * @param lastLessonOf whose last lesson: the school's in the class's shift («окончания всех учебных
 *     занятий») or, narrower, the class's own
 * @param bells the school's bell schedule, lesson number → {@code HH:MM-HH:MM}, for lessons the AIS
 *     shows without times; empty: the times the AIS shows for that bell on other lessons that day
 */
public record HomeworkParameters(
    @Min(1) @Max(24) int hoursAfterLastLesson,
    boolean sameDayRequired,
    @NotNull LastLessonOf lastLessonOf,
    Map<@NotNull @Min(1) @Max(20) Integer, @NotNull @Pattern(regexp = BELL) String> bells) {
  static final String BELL = "([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d";

  public HomeworkParameters {
    bells = bells == null ? Map.of() : Map.copyOf(new TreeMap<>(bells));
  }

  /** The reading of «окончания всех учебных занятий». */
  public enum LastLessonOf {
    /** The school's last lesson that day among the classes of the class's shift. */
    @JsonProperty("school-shift")
    SCHOOL_SHIFT,
    /** The class's own last lesson that day (all its groups, moved lessons included). */
    @JsonProperty("class")
    CLASS
  }
}
