package ru.netcity.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.AuditJob;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditStore;
import ru.netcity.gateway.audit.CorrectionRegister;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.FindingFilter;
import ru.netcity.gateway.audit.LedgerGate;
import ru.netcity.gateway.audit.Severity;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.ledger.Verification;

/** The register, its import and template, mayMessage and PARENT_CONSENT, on each engine. */
abstract class ParentRegisterContract {
  static final ZoneId TOMSK = ZoneId.of("Asia/Tomsk");

  /** 30 Nov 2025, noon in Tomsk. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-30T05:00:00Z"), ZoneOffset.UTC);

  static final String HEADER = String.join(";", ParentSheet.COLUMNS);

  @TempDir Path dir;
  ParentService parents;
  Consents consents;

  abstract DataSource dataSource();

  @BeforeEach
  void seedRoster() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource());
    jdbc.update(
        "INSERT INTO sync_run (id, school_id, started_at, finished_at, status, complete,"
            + " units_total, units_done) VALUES ('run-1', 1001, ?, ?, 'FINISHED', TRUE, 0, 0)",
        LocalDateTime.of(2025, 11, 29, 20, 0),
        LocalDateTime.of(2025, 11, 29, 21, 0));
    for (Object[] pupil :
        List.of(
            new Object[] {7001, "7А", 101},
            new Object[] {7001, "7А", 102},
            new Object[] {7002, "8Б", 201})) {
      jdbc.update(
          "INSERT INTO roster (school_id, class_id, class_name, student_id, run_id)"
              + " VALUES (1001, ?, ?, ?, 'run-1')",
          pupil);
    }
    parents =
        new ParentService(
            dataSource(),
            CLOCK,
            TOMSK,
            byClass -> Map.of(101, "Иванов Пётр", 102, "Петрова Анна", 201, "Сидоров Иван"));
    consents = new Consents(dataSource());
  }

  /** The template's row of the pupil with the parent's cells after the three pupil cells. */
  static String filled(String templateLine, String parentCells) {
    String[] cells = templateLine.split(";", -1);
    return cells[0] + ";" + cells[1] + ";" + cells[2] + ";" + parentCells;
  }

  @Test
  void theCsvTemplateListsThePupilsAndImportsOnceFilled() throws IOException {
    Path template = dir.resolve("parents.csv");
    parents.template(ParentService.Format.CSV, template);
    byte[] bytes = Files.readAllBytes(template);
    assertThat(bytes).startsWith(0xef, 0xbb, 0xbf);
    List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
    assertThat(lines.get(0).substring(1)).isEqualTo(HEADER);
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "7А;101;Иванов Пётр;;;;;;;;;",
            "7А;102;Петрова Анна;;;;;;;;;",
            "8Б;201;Сидоров Иван;;;;;;;;;");

    List<String> out = new ArrayList<>(lines);
    out.set(
        1,
        filled(
            lines.get(1),
            "Иванова Мария Петровна;да;maria@example.ru;123456789;;8 (913) 111-22-33;01.09.2025;"
                + "\"заявление № 12 от 01.09.2025\";"));
    out.set(3, filled(lines.get(3), "Сидорова Ольга;нет;olga@example.ru;;;;;;"));
    Files.write(template, out, StandardCharsets.UTF_8);

    ParentService.ImportReport report = parents.importFile(template);

    assertThat(report).isEqualTo(new ParentService.ImportReport(2, 2, 2 + 2 + 3));
    List<ParentLink> links = parents.list(null);
    assertThat(links).extracting(ParentLink::studentId).containsExactly(101, 201);
    ParentLink maria = links.get(0);
    assertThat(maria.parentName()).isEqualTo("Иванова Мария Петровна");
    assertThat(maria.contacts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Channel.EMAIL, "maria@example.ru",
                Channel.TELEGRAM, "123456789",
                Channel.SMS, "+79131112233"));
    assertThat(maria.consents().keySet())
        .containsExactlyInAnyOrder(Channel.EMAIL, Channel.TELEGRAM, Channel.SMS);
    assertThat(maria.consents().get(Channel.EMAIL))
        .isEqualTo(
            new ParentLink.Consent(LocalDate.of(2025, 9, 1), "заявление № 12 от 01.09.2025", null));
    assertThat(parents.list("8б"))
        .singleElement()
        .satisfies(l -> assertThat(l.consents()).isEmpty());
    // the messages' name of each child: the file's «Ученик»
    assertThat(
            new JdbcTemplate(dataSource())
                .queryForList(
                    "SELECT student_id || ' ' || name FROM pupil_name ORDER BY student_id",
                    String.class))
        .containsExactly("101 Иванов Пётр", "201 Сидоров Иван");
  }

  @Test
  void theXlsxTemplateImportsWithTextAndDateCells() throws IOException {
    Path template = dir.resolve("parents.xlsx");
    parents.template(ParentService.Format.XLSX, template);
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Родитель");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("102");
      Row row = sheet.getRow(2);
      row.createCell(3).setCellValue("Петров Олег");
      row.createCell(4).setCellValue("да");
      row.createCell(7).setCellValue(555777); // MAX id typed as a number
      var date = row.createCell(9);
      date.setCellValue(LocalDate.of(2025, 10, 1));
      var style = book.createCellStyle();
      style.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
      date.setCellStyle(style);
      row.createCell(10).setCellValue("заявление № 3");
      try (OutputStream out = Files.newOutputStream(template)) {
        book.write(out);
      }
    }

    assertThat(parents.importFile(template).rows()).isEqualTo(1);

    ParentLink oleg = parents.list("7А").get(0);
    assertThat(oleg.studentId()).isEqualTo(102);
    assertThat(oleg.diaryAccess()).isTrue();
    assertThat(oleg.contacts()).containsExactlyEntriesOf(Map.of(Channel.MAX, "555777"));
    assertThat(consents.mayMessage(oleg.parentId(), 102, Channel.MAX, LocalDate.of(2025, 10, 1)))
        .isTrue();
  }

  @Test
  void aWindows1251FileReadsLikeExcelSavedIt() throws IOException {
    Path file = dir.resolve("cp1251.csv");
    Files.write(
        file,
        (HEADER + "\r\n7А;101;;Иванова Мария;да;;;;89131112233;02.09.2025;заявление № 7;\r\n")
            .getBytes(Charset.forName("windows-1251")));

    parents.importFile(file);

    assertThat(parents.list(null))
        .singleElement()
        .satisfies(l -> assertThat(l.parentName()).isEqualTo("Иванова Мария"));
  }

  @Test
  void aReImportOfTheSameFileChangesNothing() throws IOException {
    Path file =
        csv(
            "7А;101;;Иванова Мария;да;maria@example.ru;;;;01.09.2025;заявление № 12;",
            "7А;102;;Иванова Мария;да;;;;;01.09.2025;заявление № 12;");
    parents.importFile(file);
    List<ParentLink> before = parents.list(null);

    ParentService.ImportReport again = parents.importFile(file);

    assertThat(again.changed()).isZero();
    assertThat(parents.list(null)).isEqualTo(before);
    assertThat(before).extracting(ParentLink::parentId).containsOnly(before.get(0).parentId());
    // the second row's child gets the consent on the parent's e-mail given in the first row
    assertThat(before.get(1).consents()).containsOnlyKeys(Channel.EMAIL);
  }

  @Test
  void oneBadRowStoresNothingAndAllBadRowsAreReported() throws IOException {
    Path file =
        csv(
            "7А;101;;Иванова Мария;да;maria@example.ru;;;;01.09.2025;заявление № 12;",
            "7А;999;;Петров Олег;нет;oleg@example.ru;;;;01.09.2025;заявление № 13;",
            "8Б;201;;Сидорова Ольга;нет;olga(at)example.ru;;;;;;");

    assertThatThrownBy(() -> parents.importFile(file))
        .isInstanceOfSatisfying(
            ParentImportException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "строка 3: ученика с ID 999 нет в списке класса 7А (по данным АИС)",
                        "строка 4: неверный адрес электронной почты в столбце «Email»"))
        .message()
        .doesNotContain("example");
    assertThat(parents.list(null)).isEmpty();
  }

  @Test
  void mayMessageOnlyFromTheConsentUntilItsRevocation() throws IOException {
    parents.importFile(
        csv(
            "7А;101;;Иванова Мария;да;maria@example.ru;;;;01.09.2025;заявление № 12;20.11.2025",
            "7А;102;;Иванова Мария;да;;;;;05.09.2025;заявление № 14;"));
    long id = parents.list(null).get(0).parentId();

    assertThat(consents.mayMessage(id, 101, Channel.EMAIL, LocalDate.of(2025, 8, 31))).isFalse();
    assertThat(consents.mayMessage(id, 101, Channel.EMAIL, LocalDate.of(2025, 9, 1))).isTrue();
    assertThat(consents.mayMessage(id, 101, Channel.EMAIL, LocalDate.of(2025, 11, 19))).isTrue();
    assertThat(consents.mayMessage(id, 101, Channel.EMAIL, LocalDate.of(2025, 11, 20))).isFalse();
    assertThat(consents.mayMessage(id, 102, Channel.EMAIL, LocalDate.of(2025, 11, 20))).isTrue();
    assertThat(consents.mayMessage(id, 102, Channel.SMS, LocalDate.of(2025, 11, 20))).isFalse();
    assertThat(consents.mayMessage(id + 1, 102, Channel.EMAIL, LocalDate.of(2025, 11, 20)))
        .isFalse();
    assertThat(consents.mayMessage(id, 201, Channel.EMAIL, LocalDate.of(2025, 11, 20))).isFalse();
  }

  @Test
  void parentConsentWarnsOfDiaryAccessWithoutAConsentInForce() throws IOException {
    parents.importFile(
        csv(
            "7А;101;;Иванова Мария;да;maria@example.ru;;;;01.09.2025;заявление № 12;",
            "7А;102;;Петров Олег;да;oleg@example.ru;;;;;;",
            "8Б;201;;Сидорова Ольга;да;olga@example.ru;;;;01.09.2025;заявление № 2;20.11.2025",
            "8Б;201;;Сидоров Павел;нет;;;;;;;"));

    List<Finding> findings = audit();

    assertThat(findings).extracting(Finding::rule).containsOnly(ParentConsentRule.CODE);
    assertThat(findings)
        .extracting(Finding::studentId, Finding::className, Finding::severity, Finding::clause)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(102, "7А", Severity.WARNING, "4.4"),
            org.assertj.core.groups.Tuple.tuple(201, "8Б", Severity.WARNING, "4.4"));
    Finding revoked = findings.stream().filter(f -> f.studentId() == 201).findFirst().orElseThrow();
    long olga =
        parents.list("8Б").stream()
            .filter(ParentLink::diaryAccess)
            .findFirst()
            .orElseThrow()
            .parentId();
    assertThat(revoked.message())
        .isEqualTo(
            "У родителя №"
                + olga
                + " (реестр родителей) есть доступ к электронному дневнику, но его письменное"
                + " согласие на обработку персональных данных отозвано 20.11.2025 (п. 4.4"
                + " Положения).");
    assertThat(revoked.evidence()).containsEntry("revokedOn", "2025-11-20");
    assertThat(findings).allSatisfy(f -> assertThat(f.message()).doesNotContain("example", "Олег"));
  }

  @Test
  void anEmptyRegisterFindsNothing() {
    assertThat(audit()).isEmpty();
  }

  Path csv(String... rows) throws IOException {
    Path file = dir.resolve("import-" + System.nanoTime() + ".csv");
    Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  List<Finding> audit() {
    LedgerGate unchecked =
        new LedgerGate() {
          @Override
          public Verification verify(DataSource snapshot, int schoolId) {
            return new Verification(schoolId, 0, 0, "", 0, null, null, LocalDateTime.MIN);
          }

          @Override
          public void record(Verification verification) {}
        };
    var sets = RuleSetLoader.load(Path.of("config/rules"));
    AuditRun run =
        new AuditJob(
                dataSource(),
                () -> sets,
                TOMSK,
                CLOCK,
                CorrectionRegister.NONE,
                unchecked,
                () -> List.of(new ParentConsentRule(() -> parents.list(null))))
            .run(1001);
    return new AuditStore(dataSource()).findings(run.id(), FindingFilter.ALL);
  }
}
