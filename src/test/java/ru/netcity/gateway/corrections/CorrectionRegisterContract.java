package ru.netcity.gateway.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register's behaviour, run on each engine by a subclass. */
abstract class CorrectionRegisterContract {
  /** 23:30 UTC on 14 Jan is already 15 Jan in Tomsk (UTC+7): "today" is the school's day. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-14T23:30:00Z"), ZoneOffset.UTC);

  static final ZoneId TOMSK = ZoneId.of("Asia/Tomsk");

  static final String DONE = "Отметка «3» за 12.01 заменена на «4»";

  CorrectionService register;

  abstract DataSource dataSource();

  @BeforeEach
  void openRegister() {
    register = new CorrectionService(dataSource(), CLOCK, TOMSK);
  }

  static NewCorrection request(LocalDate target) {
    return new NewCorrection(
        "7А",
        "Сидорова Анна Борисовна",
        target,
        "Алгебра",
        "Отметку «3» ученику заменить на «4»",
        "Ошибка при выставлении",
        null);
  }

  @Test
  void aFiledRequestIsPendingAndDatedTheSchoolsToday() {
    CorrectionRequest filed = register.file(request(LocalDate.of(2026, 1, 12)));

    assertThat(filed.id()).isPositive();
    assertThat(filed.status()).isEqualTo(CorrectionStatus.PENDING);
    assertThat(filed.requestedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(filed.filedAt()).isEqualTo(LocalDateTime.of(2026, 1, 14, 23, 30));
    assertThat(filed.decidedAt()).isNull();
    assertThat(register.get(filed.id())).isEqualTo(filed);
  }

  @Test
  void aRequestWithMissingFieldsOrAFutureLessonIsRefusedInRussian() {
    NewCorrection empty =
        new NewCorrection(" ", null, LocalDate.of(2026, 1, 15), "", null, null, null);

    assertThatThrownBy(() -> register.file(empty))
        .isInstanceOfSatisfying(
            CorrectionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "Не заполнено поле «класс».",
                        "Не заполнено поле «учитель».",
                        "Не заполнено поле «предмет».",
                        "Не заполнено поле «вносимые изменения».",
                        "Не заполнено поле «причина замены».",
                        "Заявка нужна для замены сведений за прошедшую дату: дата урока должна"
                            + " быть раньше даты заявки."));
    assertThat(register.list(null, null, null)).isEmpty();
  }

  @Test
  void anAdministratorApprovesOnceAndARejectionNeedsAComment() {
    CorrectionRequest first = register.file(request(LocalDate.of(2026, 1, 12)));
    CorrectionRequest second = register.file(request(LocalDate.of(2026, 1, 13)));

    CorrectionRequest approved = register.approve(first.id(), "Петрова Е. В.", DONE, null);

    assertThat(approved.status()).isEqualTo(CorrectionStatus.APPROVED);
    assertThat(approved.decidedBy()).isEqualTo("Петрова Е. В.");
    assertThat(approved.decidedAt()).isEqualTo(LocalDateTime.of(2026, 1, 14, 23, 30));
    assertThat(approved.changesMade()).isEqualTo(DONE);
    String decided =
        "По заявке №"
            + first.id()
            + " уже принято решение: одобрена (15.01.2026 06:30,"
            + " Петрова Е. В.); ";
    assertThatThrownBy(() -> register.reject(first.id(), "Петрова Е. В.", "передумала"))
        .hasMessage(decided + "отклонить одобренную заявку нельзя.");
    assertThatThrownBy(() -> register.approve(first.id(), "Иванова О. П.", DONE, null))
        .hasMessage(decided + "повторно одобрить её нельзя.");
    assertThatThrownBy(() -> register.reject(second.id(), "Петрова Е. В.", " "))
        .hasMessage("Укажите причину отказа в комментарии.");
    assertThat(register.reject(second.id(), "Петрова Е. В.", "Нет документа").decisionComment())
        .isEqualTo("Нет документа");
    assertThatThrownBy(() -> register.approve(second.id(), "Петрова Е. В.", DONE, null))
        .hasMessageEndingWith("одобрить отклонённую заявку нельзя, подайте новую.");
    assertThat(register.get(second.id()).changesMade()).isNull();
    assertThatThrownBy(() -> register.approve(999_999, "Петрова Е. В.", DONE, null))
        .isInstanceOfSatisfying(CorrectionException.class, e -> assertThat(e.notFound()).isTrue());
  }

  /** Clause 2.3.4.2: an approval is recorded «с отметкой … о произведённых изменениях». */
  @Test
  void anApprovalWithoutTheNoteOfTheChangesMadeIsRefusedAndChangesNothing() {
    CorrectionRequest filed = register.file(request(LocalDate.of(2026, 1, 12)));

    for (String missing : new String[] {null, "  "}) {
      assertThatThrownBy(() -> register.approve(filed.id(), "Петрова Е. В.", missing, "да"))
          .isInstanceOfSatisfying(
              CorrectionException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "Укажите произведённые изменения: заявка одобряется с отметкой о"
                              + " произведённых изменениях (п. 2.3.4.2)."));
    }
    assertThatThrownBy(() -> register.approve(filed.id(), "Петрова Е. В.", "я".repeat(4001), null))
        .hasMessage("Поле «произведённые изменения» длиннее 4000 символов.");
    assertThat(register.get(filed.id())).isEqualTo(filed);
  }

  @Test
  void theRegisterListsByDateOfRequestAndStatus() {
    // Filed on 3 Dec (the service's clock then); the date of a request is always its filing day.
    CorrectionRequest early =
        new CorrectionService(
                dataSource(),
                Clock.fixed(Instant.parse("2025-12-03T04:00:00Z"), ZoneOffset.UTC),
                TOMSK)
            .file(request(LocalDate.of(2025, 12, 1)));
    assertThat(early.requestedOn()).isEqualTo(LocalDate.of(2025, 12, 3));
    CorrectionRequest late = register.file(request(LocalDate.of(2026, 1, 12)));
    register.approve(late.id(), "Петрова Е. В.", DONE, "согласовано");

    assertThat(register.list(null, null, null))
        .extracting(CorrectionRequest::id)
        .containsExactly(early.id(), late.id());
    assertThat(register.list(LocalDate.of(2026, 1, 1), null, null))
        .extracting(CorrectionRequest::id)
        .containsExactly(late.id());
    assertThat(register.list(null, null, CorrectionStatus.PENDING))
        .extracting(CorrectionRequest::id)
        .containsExactly(early.id());
  }

  @Test
  void anApprovedRequestCoversItsClassSubjectAndLessonDateOnly() {
    CorrectionRequest filed = register.file(request(LocalDate.of(2026, 1, 12)));
    assertThat(filed.covers("7А", "Алгебра", LocalDate.of(2026, 1, 12))).isFalse();

    CorrectionRequest approved = register.approve(filed.id(), "Петрова Е. В.", DONE, null);

    assertThat(approved.covers("7а", " Алгебра", LocalDate.of(2026, 1, 12))).isTrue();
    assertThat(approved.covers("7Б", "Алгебра", LocalDate.of(2026, 1, 12))).isFalse();
    assertThat(approved.covers("7А", "Геометрия", LocalDate.of(2026, 1, 12))).isFalse();
    assertThat(approved.covers("7А", "Алгебра", LocalDate.of(2026, 1, 13))).isFalse();
  }
}
