package ru.netcity.gateway.archive;

/**
 * The description every snapshot carries as {@code data/README.txt}, in Russian for the school's
 * staff: what each file holds and what each field means, so that a person can read the archive in
 * twenty years without the gateway.
 */
final class SnapshotSchema {
  private SnapshotSchema() {}

  static final String README =
      """
      Резервная копия электронного журнала (регламент, п. 2.5, 5.5)
      ==============================================================

      Папка — пакет BagIt (RFC 8493). Проверка целостности без шлюза:
        sha512sum -c manifest-sha512.txt      (из корня пакета; то же для tagmanifest-sha512.txt)
      Подпись: bag-signature.p7s — откреплённая подпись CMS (CAdES-BES) файла
      tagmanifest-sha512.txt, который содержит контрольные суммы всех остальных файлов:
        openssl cms -verify -inform DER -binary -in bag-signature.p7s \\
          -content tagmanifest-sha512.txt -CAfile <сертификат школы>.pem
      Сведения о пакете, подписанте и конце цепочки журнала изменений — в bag-info.txt.

      Форматы: таблицы CSV (RFC 4180, разделитель «;», UTF-8, первая строка — имена столбцов);
      *.csv.gz — то же, сжатое gzip (RFC 1952; открывается zcat, 7-Zip, любым архиватором).
      Поле с «;», кавычкой или переводом строки заключено в кавычки, кавычки внутри удвоены.
      Пустое поле — значение неизвестно (null); "" — пустой текст. Даты — ГГГГ-ММ-ДД; время —
      ГГГГ-ММ-ДДTчч:мм:сс.мкс. Время ais_entered_at — местное время школы, как его показывает
      АИС; прочее время — UTC.

      classes.csv — классы: class_id, class_name (название), students (число учеников).
      students.csv — ученики: class_id; student_id; name (ФИО из АИС, если было доступно).

      journal/class-<class_id>.csv.gz — журнал класса на момент копии, по записи в строке:
        kind          вид записи: LESSON урок, TOPIC тема урока, HOMEWORK домашнее задание,
                      MARK отметка, DOT точка (долг), ABSENCE отметка об отсутствии,
                      TERM_MARK итоговая отметка за период или год, WORK контрольная или иная
                      письменная работа, TERM учебный период
        entry_key     ключ записи (вид и идентификаторы АИС)
        lesson_date   дата урока (для TERM — начало периода, для TERM_MARK — его конец)
        subject       предмет
        student_id    ученик (см. students.csv), если запись относится к ученику
        value_text    значение: отметка, код отсутствия (Н, Б, УП …), текст темы или задания;
                      для LESSON — номер|начало-конец|предмет|кабинет урока; для WORK —
                      вид|номер урока|ученики; для TERM — название|начало|конец
        ais_entered_at время внесения записи по журналу доступа АИС
        first_seen_at когда шлюз впервые увидел это значение
        last_seq      номер последнего события записи в ledger/events.csv.gz
      Учителя: поле появится, когда журнал шлюза начнёт хранить учителя урока.

      ledger/events.csv.gz — журнал изменений шлюза до конца цепочки (см. Ledger-Head в
        bag-info.txt), по событию в строке: поля записи журнала, а также seq (номер),
        run_id, unit_key (прогон и единица загрузки), change (BASELINE, ADDED, CHANGED,
        DELETED), prev_hash и hash. hash = SHA-256 от кодировки «netcity-ledger-v1»: метка, затем
        поля prev_hash, school_id, seq, run_id, unit_key, kind, entry_key, class_id,
        lesson_date, subject, student_id, value_text, ais_entered_at, first_seen_at, change;
        каждое поле — байт 0x00 для null или 0x01, длина в 4 байтах (big-endian) и текст в
        UTF-8. Цепочку можно пересчитать по этому файлу. Ledger-Anchor в bag-info.txt —
        последний якорь головы цепочки из файла якорей вне базы: журнал, в котором нет события
        с этим seq и этим hash, урезан или переписан.

      audit/run.csv — последняя проверка журнала по регламенту; audit/findings.csv — её
        результаты: rule_code, clause (пункт регламента), severity, класс, предмет, учитель,
        ученик, дата урока, evidence (данные проверки, JSON) и message (текст).
      corrections.csv — журнал «Замена сведений в электронном журнале» (п. 2.3.4); changes_made —
        отметка администратора о произведённых изменениях (п. 2.3.4.2).
      summary/class-<class_id>.csv — сводная ведомость итоговой успеваемости класса за год
        (п. 5.2, 5.4), если годовые отметки уже выставлены: ученик, предмет, отметки за периоды
        и «Год».
      """;
}
