package ru.netcity.gateway.audit;

import java.util.List;

/** The rules of the regulation in the order they run; fresh instances for every audit run. */
public final class Rules {
  private Rules() {}

  public static List<Rule> all() {
    SufficiencyExempt exempt = new SufficiencyExempt();
    return List.of(
        new LessonRecordSameDay(),
        new HomeworkWithin5h(),
        exempt,
        new MarkSufficiency(exempt),
        new NoRetroactiveChange(),
        new FinalMarksWithin1Day(),
        new FinalMarkObjectivity(),
        new DataQuality(),
        new CorrectionLog());
  }

  static NoRetroactiveChange retroactive(List<Rule> rules) {
    return find(rules, NoRetroactiveChange.class);
  }

  static CorrectionLog correctionLog(List<Rule> rules) {
    return find(rules, CorrectionLog.class);
  }

  static DataQuality dataQuality(List<Rule> rules) {
    return find(rules, DataQuality.class);
  }

  private static <T> T find(List<Rule> rules, Class<T> type) {
    return rules.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }
}
