package ru.netcity.gateway.netcity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.report.Report;
import ru.netcity.mock.report.ReportQuery;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;
import ru.netcity.mock.school.Term;

class PrintTableScannerTest {

  private record Row(String section, boolean hasData, List<String> cells) {}

  private static List<Row> rows(String html) {
    List<Row> rows = new ArrayList<>();
    assertThat(PrintTableScanner.scan(html, (s, d, c) -> rows.add(new Row(s, d, c))))
        .isEqualTo(PrintTableScanner.Found.WHOLE_TABLE);
    return rows;
  }

  @Test
  void readsSectionsHeaderRowsAndDataRows() {
    String html =
        "<html><body><h1>Отчёт</h1><TABLE id=\"t\" CLASS=\"table table-print\">"
            + "<caption>не строка</caption><thead><tr><th>А</th><th>Б</th></tr></thead>"
            + "<tbody><tr><td>1</td><td>2</td></tr></tbody><tfoot><tr><td>итог</td></tr></tfoot>"
            + "</TABLE></body></html>";

    assertThat(rows(html))
        .containsExactly(
            new Row("thead", false, List.of("А", "Б")),
            new Row("tbody", true, List.of("1", "2")),
            new Row("tfoot", true, List.of("итог")));
  }

  @Test
  void decodesEntitiesAndCollapsesWhiteSpaceLikeABrowser() {
    String html =
        "<table class=table-print><tr><td> Иванов&nbsp;&nbsp;Иван\n Иванович </td>"
            + "<td>&laquo;Тема&raquo; &amp; &lt;b&gt; &#1071; &#x42F; &bogus; a&b</td>"
            + "<td><b>Ив</b>анов<br>Пётр<div>x</div></td></tr></table>";

    assertThat(rows(html).get(0).cells())
        .containsExactly("Иванов Иван Иванович", "«Тема» & <b> Я Я &bogus; a&b", "Иванов Пётр x");
  }

  @Test
  void closesCellsAndRowsLeftOpenAndRowsWithoutSection() {
    String html =
        "<table class=\"table-print\"><tr><th>А<th>Б<tr><td>1<td>2<tr><td>3<td>4</table>"
            + "<table class=\"table-print\"><tr><td>второй</td></tr></table>";

    assertThat(rows(html))
        .containsExactly(
            new Row("tbody", false, List.of("А", "Б")),
            new Row("tbody", true, List.of("1", "2")),
            new Row("tbody", true, List.of("3", "4")));
  }

  @Test
  void aTableInsideACellIsTheCellsTextAndOtherTablesAreSkipped() {
    String html =
        "<table class=\"layout\"><tr><td>меню</td></tr></table>"
            + "<table class='table-print'><tr><td>до <table><tr><td>внутри</td></tr></table>"
            + " после</td><td>2</td></tr></table>";

    assertThat(rows(html)).containsExactly(new Row("tbody", true, List.of("до внутри после", "2")));
  }

  @Test
  void skipsCommentsScriptsAndQuotedBrackets() {
    String html =
        "<!-- <table class=\"table-print\"><tr><td>нет</td></tr></table> -->"
            + "<script>var s = '<table class=\"table-print\">';</SCRIPT>"
            + "<table title=\"a > b\" class=\"table-print\"><tr><td data-x='<td>'>да</td></tr>"
            + "</table>";

    assertThat(rows(html)).containsExactly(new Row("tbody", true, List.of("да")));
  }

  @Test
  void aPageCutOffInsideTheTableIsReportedAsCut() {
    String html = "<table class=\"table-print\"><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4";

    assertThat(PrintTableScanner.scan(html, (s, d, c) -> {}))
        .isEqualTo(PrintTableScanner.Found.CUT_TABLE);
    assertThat(PrintTableScanner.scan(html + "</table>", (s, d, c) -> {}))
        .isEqualTo(PrintTableScanner.Found.WHOLE_TABLE);
  }

  @Test
  void readsEveryReportOfTheMockAsABrowsersDocumentTreeHasIt() {
    School school = SchoolGenerator.generate(new SchoolOptions(5, 60));
    SchoolClass schoolClass = school.classes().get(1);
    Term term = school.termsOf(schoolClass.grade()).get(0);
    Optional<Student> pupil = school.student(schoolClass.studentIds().get(0));
    for (Report report : Report.all()) {
      // The evidenced reports are about one student (and studentgrades one subject).
      Optional<Student> student = report.wholeClass() ? Optional.empty() : pupil;
      Optional<Subject> subject = Optional.of(school.subjects().get(0));
      String html =
          report.render(
              school,
              new ReportQuery(
                  schoolClass, student, Optional.of(term), term.start(), term.end(), subject));

      assertThat(rows(html)).as(report.name()).hasSizeGreaterThan(1).isEqualTo(domRows(html));
    }
  }

  @Test
  void readsAnAwkwardPageAsABrowsersDocumentTreeHasIt() {
    String html =
        "<p>Отчёт &laquo;Доступ&raquo;</p><table class=\"x table-print\"><colgroup><col></colgroup>"
            + "<thead><tr><th>Ученик<th>Было&nbsp;/ Стало</tr></thead>"
            + "<tr><td><span>Иванов</span>  <i>Иван</i><td>4 &rarr; 5"
            + "<tbody><tr><th>подзаголовок</th></tr><tr><td>a<br/>b</td><td><p>c</p><p>d</p></td>"
            + "</tbody></table>";

    assertThat(rows(html)).isEqualTo(domRows(html));
  }

  /** The reference: jsoup's full document tree, rows of the first print table in order. */
  private static List<Row> domRows(String html) {
    Element table = Jsoup.parse(html).selectFirst("table.table-print");
    List<Row> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") == table) {
        rows.add(
            new Row(
                tr.parent().normalName(),
                tr.children().stream().anyMatch(cell -> cell.nameIs("td")),
                tr.children().stream()
                    .map(cell -> cell.text().replace('\u00a0', ' ').trim().replaceAll(" +", " "))
                    .toList()));
      }
    }
    return rows;
  }

  @Test
  void aPageWithoutThePrintTableIsReported() {
    assertThat(
            PrintTableScanner.scan(
                "<table class=\"print\"><tr><td>1</td></tr></table>", (s, d, c) -> {}))
        .isEqualTo(PrintTableScanner.Found.NO_TABLE);
    assertThat(PrintTableScanner.scan(null, (s, d, c) -> {}))
        .isEqualTo(PrintTableScanner.Found.NO_TABLE);
  }
}
