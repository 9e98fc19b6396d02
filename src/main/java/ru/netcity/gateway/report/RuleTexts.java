package ru.netcity.gateway.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reports say about each rule of the audit: its Russian name, the clause, the regulation's
 * own words and — for the rules with a share — which journal units are checked.
 *
 * <p>A share is «checked units without a finding / checked units». The ledger gives the checked
 * units (the denominator), the newest audit the units with a finding:
 *
 * <ul>
 *   <li>2.1 «уроки заполнены в срок»: one unit per class, day and subject with a held lesson
 *       (LESSON entries); it has a finding when a topic or absence of it was late or missing;
 *   <li>2.2 «домашнее задание в срок»: one unit per class, day and subject with homework (HOMEWORK
 *       entries);
 *   <li>2.3.1 «накопляемость достаточна»: one unit per student of the class's roster, subject the
 *       class had lessons of in the term, and ended term;
 *   <li>4.3 «итоговые отметки в срок» and 3.3.3 «итоговые отметки объективны»: one unit per term or
 *       year mark (TERM_MARK entries).
 * </ul>
 *
 * A finding whose unit the ledger does not show (a missing mark, a missing record) adds its unit,
 * so a share never exceeds 1. The other rules have no denominator: their findings are counted, no
 * share is given.
 */
public final class RuleTexts {

  /** One rule as the reports name it. */
  public record RuleText(
      String code, String clause, String label, String regulation, boolean hasShare) {}

  private static final Map<String, RuleText> RULES = new LinkedHashMap<>();

  static {
    add(
        "LESSON_RECORD_SAME_DAY",
        "2.1",
        "уроки заполнены в срок",
        "Внесение учетной записи о проведенном уроке, занятии и отметки об отсутствующих должны"
            + " вноситься в ЭЖ по факту в день проведения.",
        true);
    add(
        "HOMEWORK_WITHIN_5H",
        "2.2",
        "домашнее задание в срок",
        "Внесение в журнал информации о домашнем задании должно быть в день проведения урока, не"
            + " позднее 5 часов после окончания всех учебных занятий.",
        true);
    add(
        "MARK_SUFFICIENCY",
        "2.3.1",
        "накопляемость достаточна",
        "Наличие не менее трех-пяти отметок (при 1-часовой недельной нагрузке) и не менее 8-10"
            + " отметок (при учебной нагрузке более 2 часов в неделю), для предметов с большим"
            + " количеством часов количество отметок увеличивается пропорционально с обязательным"
            + " учетом качества знаний обучающихся по письменным контрольным, проверочным,"
            + " лабораторным, практическим работам.",
        true);
    add(
        "SUFFICIENCY_EXEMPT",
        "2.3.2",
        "освобождение от накопляемости",
        "Накопляемость отметок не учитывается у обучающихся, не посещавших уроки по уважительной"
            + " причине.",
        false);
    add(
        "NO_RETROACTIVE_CHANGE",
        "2.3.3",
        "без исправлений задним числом",
        "Запрещается исправление отметок, записей и выставление отметок «задним числом».",
        false);
    add(
        "CORRECTION_LOG",
        "2.3.4.2",
        "замены сведений по журналу замен",
        "Администратор: в случае обоснованности указанных причин, проводит соответствующие"
            + " изменения, с отметкой в журнале «Замена сведений в электронном журнале» о"
            + " произведённых изменениях.",
        false);
    add(
        "FINAL_MARKS_WITHIN_1DAY",
        "4.3",
        "итоговые отметки в срок",
        "Учителями заносится информация об итоговом оценивании и результатах ГИА в электронный"
            + " журнал не позднее суток после получения результатов.",
        true);
    add(
        "FINAL_MARK_OBJECTIVITY",
        "3.3.3",
        "итоговые отметки объективны",
        "Заместители директора контролируют деятельность учителей, своевременное внесение"
            + " календарно-тематических планов, успеваемость и объективность выставления итоговых"
            + " отметок, посещаемость обучающихся.",
        true);
    add(
        "DATA_QUALITY",
        "1.1",
        "достоверность данных",
        "Настоящий регламент … определяет условия и правила ведения ЭЖ, контроля за ведением ЭЖ,"
            + " процедуры обеспечения достоверности вводимых в ЭЖ данных.",
        false);
  }

  private RuleTexts() {}

  private static void add(
      String code, String clause, String label, String regulation, boolean share) {
    RULES.put(code, new RuleText(code, clause, label, regulation, share));
  }

  /** The rule's text; an unknown code (a newer rule) gets its code as its name. */
  public static RuleText of(String code) {
    RuleText text = RULES.get(code);
    return text != null ? text : new RuleText(code, "", code, "", false);
  }

  public static List<RuleText> all() {
    return List.copyOf(RULES.values());
  }
}
