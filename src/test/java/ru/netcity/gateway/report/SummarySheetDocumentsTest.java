package ru.netcity.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.support.PdfText;
import ru.netcity.gateway.support.Printing;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

/**
 * The year-end summary sheet (5.2, 5.4) of a generated school's ledger after the year: its marks
 * are the school's term and year marks of the class, the XLSX keeps them as numbers under a frozen,
 * filtered header, and the PDF (A4 landscape) names the class, subjects and pupils in Cyrillic.
 */
class SummarySheetDocumentsTest {
  private static final Clock AFTER_THE_YEAR =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC"));

  private static School school;
  private static TestDatabase db;
  private static SummarySheetDocuments documents;

  @BeforeAll
  static void ledger() {
    school = SchoolGenerator.generate(new SchoolOptions(3, 60));
    db = TestDatabase.h2();
    new SchoolLedger(school).fill(db.dataSource(), AFTER_THE_YEAR);
    Map<Integer, String> names =
        school.students().stream().collect(Collectors.toMap(Student::id, Student::nickName));
    StudentNames fromAis =
        byClass ->
            byClass.values().stream()
                .flatMap(Set::stream)
                .filter(names::containsKey)
                .collect(Collectors.toMap(id -> id, names::get, (a, b) -> a));
    documents =
        new SummarySheetDocuments(
            new SummarySheets(db.dataSource(), fromAis), Printing.pdf("Петрова А. С."));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void theSheetsMarksAreTheClasssTermAndYearMarks() throws Exception {
    SchoolClass c = school.classes().get(school.classes().size() / 2);
    Map<String, Object> model = documents.model(school.id(), c.name(), LocalDate.of(2026, 5, 31));

    Set<String> truth = truth(c);
    Set<String> sheet = new HashSet<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(model)))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      XSSFSheet ws = book.getSheet(c.name());
      Row subjects = ws.getRow(0);
      Row terms = ws.getRow(1);
      assertThat(ws.getPaneInformation().isFreezePane()).isTrue();
      assertThat(ws.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(ws.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:");
      for (int r = 2; r <= ws.getLastRowNum(); r++) {
        Row row = ws.getRow(r);
        String pupil = row.getCell(1).getStringCellValue();
        for (Cell cell : row) {
          if (cell.getColumnIndex() < 2) {
            continue;
          }
          assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
          String subject = subjectOver(subjects, ws, cell.getColumnIndex());
          String term = terms.getCell(cell.getColumnIndex()).getStringCellValue();
          sheet.add(
              pupil + " | " + subject + " | " + term + " | " + (int) cell.getNumericCellValue());
        }
      }
    }

    assertThat(truth).isNotEmpty().anyMatch(t -> t.contains(" | Год | "));
    assertThat(sheet).isEqualTo(truth);
  }

  @Test
  void thePdfIsLandscapeAndNamesTheClassSubjectsAndPupilsInCyrillic() throws Exception {
    SchoolClass c = school.classes().get(0);
    Map<String, Object> model = documents.model(school.id(), c.name(), LocalDate.of(2026, 5, 31));
    ClassSheet sheet = ((List<ClassSheet>) model.get("sheets")).get(0);

    byte[] pdf = documents.pdf(model);

    String text = PdfText.of(pdf);
    assertThat(text.replaceAll("\\s+", " "))
        .contains("Сводная ведомость итоговой успеваемости класса " + c.name() + " за 2025/2026");
    assertThat(sheet.subjects()).isNotEmpty();
    for (String subject : sheet.subjects()) {
      assertThat(text.replaceAll("\\s+", " ")).contains(subject.split(" ")[0]);
    }
    assertThat(sheet.pupils()).isNotEmpty();
    sheet.pupils().forEach(p -> assertThat(text).contains(p.name()));
    assertThat(text).contains("М.П.", "/Петрова А. С./", "Г — годовая отметка");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isGreaterThan(box.getHeight());
    }
  }

  @Test
  void theWholeSchoolsPdfIsEveryClassesSheetInTurnEachCertified() throws Exception {
    Map<String, Object> model = documents.model(school.id(), null, LocalDate.of(2026, 5, 31));
    List<ClassSheet> sheets = (List<ClassSheet>) model.get("sheets");
    assertThat(sheets).hasSizeGreaterThan(1);

    byte[] pdf = documents.pdf(model);

    String text = PdfText.of(pdf).replaceAll("\\s+", " ");
    int from = 0;
    for (ClassSheet sheet : sheets) {
      String heading = "успеваемости класса " + sheet.className() + " за 2025/2026";
      assertThat(text.indexOf(heading, from)).as(heading + " after the class before").isPositive();
      from = text.indexOf(heading, from);
    }
    assertThat(text.split("М\\.П\\.", -1)).hasSize(sheets.size() + 1);
  }

  /** «pupil | subject | term | mark» of the model school: the marks of pupils in the class then. */
  private static Set<String> truth(SchoolClass c) {
    List<Term> terms = school.termsOf(c.grade());
    LocalDate yearEnd = terms.stream().map(Term::end).max(LocalDate::compareTo).orElseThrow();
    Map<Integer, Term> byId = new HashMap<>();
    terms.forEach(t -> byId.put(t.id(), t));
    Set<String> out = new HashSet<>();
    Set<Integer> everyone = new HashSet<>(c.studentIds());
    school.enrolments().stream()
        .filter(e -> e.classId() == c.id())
        .forEach(e -> everyone.add(e.studentId()));
    for (Student s : school.students()) {
      if (!everyone.contains(s.id())) {
        continue; // never in the class
      }
      for (TermMark m : school.termMarksOf(s.id())) {
        Term t = byId.get(m.termId());
        LocalDate end = t == null ? yearEnd : t.end();
        if (school.enrolledIn(s.id(), c.id(), end)) {
          String name = t == null ? "Год" : t.name();
          out.add(
              s.nickName()
                  + " | "
                  + school.subject(m.subjectId()).name()
                  + " | "
                  + name
                  + " | "
                  + m.value());
        }
      }
    }
    return out;
  }

  /** The subject of a mark's column: the merged header cell over it. */
  private static String subjectOver(Row subjects, XSSFSheet ws, int column) {
    for (var region : ws.getMergedRegions()) {
      if (region.getFirstRow() == 0 && region.isInRange(0, column)) {
        return subjects.getCell(region.getFirstColumn()).getStringCellValue();
      }
    }
    return subjects.getCell(column).getStringCellValue();
  }
}
