package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.util.Map;
import ru.netcity.gateway.audit.ruleset.RuleSet;

/** Where rules put their findings; the school, class name and teacher are filled in for them. */
public interface FindingSink {
  void add(
      Rule rule,
      RuleSet ruleSet,
      Severity severity,
      int classId,
      String subject,
      Integer studentId,
      LocalDate lessonDate,
      Map<String, Object> evidence,
      String message);
}
