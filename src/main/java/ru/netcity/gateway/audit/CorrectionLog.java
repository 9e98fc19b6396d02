package ru.netcity.gateway.audit;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.corrections.CorrectionRequest;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.3.4.2: the administrator, where the reasons are sound, «проводит соответствующие
 * изменения, с отметкой в журнале «Замена сведений в электронном журнале» о произведённых
 * изменениях». A change of the request's class, subject and lesson date made between the gateway's
 * filing of the request and the end of the day apply-within-days after its approval carries it out
 * (NO_RETROACTIVE_CHANGE clears such changes); an approved request with no such change once that
 * day has passed is a warning. The other half of the register, a retroactive change without an
 * approved request covering it, is NO_RETROACTIVE_CHANGE's.
 */
final class CorrectionLog implements Rule {
  static final String CODE = "CORRECTION_LOG";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "2.3.4.2";
  }

  @Override
  public Set<EntryKind> reads() {
    Set<EntryKind> kinds = EnumSet.copyOf(Rule.TEACHER_ENTRIES);
    kinds.add(EntryKind.REVISION);
    return kinds;
  }

  /**
   * An entry (its first entry) or a later write of the journal log ({@code REVISION}: {@code
   * <kind>|<CHANGED or DELETED>|…}), whether or not 2.3.3 judges it.
   */
  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    if (e.aisEnteredAt() != null) {
      EntryKind kind =
          e.kind() == EntryKind.REVISION
              ? EntryKind.valueOf(e.value().substring(0, e.value().indexOf('|')))
              : e.kind();
      seen(e, kind, e.aisEnteredAt(), context);
    }
  }

  /** A CHANGED or DELETED event of the ledger's history. */
  void history(JournalEntry e, AuditContext context) {
    seen(e, e.kind(), context.changedAt(e), context);
  }

  private void seen(JournalEntry e, EntryKind kind, LocalDateTime at, AuditContext context) {
    if (context.corrections().none()) {
      return;
    }
    Optional<RuleSet> set = context.rules(e.classId(), e.lessonDate());
    if (set.isPresent() && set.get().rules().correctionLog().kinds().contains(kind)) {
      context
          .corrections()
          .changed(
              e.classId(),
              e.subject(),
              e.lessonDate(),
              at,
              set.get().rules().correctionLog().applyWithinDays());
    }
  }

  @Override
  public void finish(AuditContext context, FindingSink out) {
    for (CorrectionRequest request : context.corrections().unapplied()) {
      Integer classId = context.corrections().classId(request.className());
      Optional<RuleSet> set =
          classId == null
              ? context.ruleSets().inForce(request.targetDate())
              : context.rules(classId, request.targetDate());
      if (set.isEmpty() || request.decidedAt() == null) {
        continue;
      }
      LocalDateTime approvedAt = context.corrections().approved(request);
      LocalDateTime deadline =
          context.corrections().until(request, set.get().rules().correctionLog().applyWithinDays());
      if (context.asOf().isBefore(deadline)) {
        continue; // the teacher still has time
      }
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("request", request.id());
      evidence.put("requestedOn", request.requestedOn().toString());
      evidence.put("filedAt", Texts.iso(context.corrections().filed(request)));
      evidence.put("approvedAt", Texts.iso(approvedAt));
      evidence.put("deadline", Texts.iso(deadline));
      evidence.put("auditedUpTo", Texts.iso(context.asOf()));
      out.add(
          this,
          set.get(),
          Severity.WARNING,
          classId == null ? 0 : classId,
          request.subject(),
          null,
          request.targetDate(),
          evidence,
          ("Одобренная заявка №%d от %s на замену сведений за %s (%s, «%s») не исполнена:"
                  + " изменений в журнале с подачи заявки по %s не найдено (п. 2.3.4.2).")
              .formatted(
                  request.id(),
                  Texts.day(request.requestedOn()),
                  Texts.day(request.targetDate()),
                  request.className(),
                  request.subject(),
                  Texts.day(deadline.toLocalDate().minusDays(1))));
    }
  }
}
