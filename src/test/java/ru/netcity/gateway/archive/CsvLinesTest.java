package ru.netcity.gateway.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.support.TestDatabase;

/** The archive's CSV: quoting, null against empty text, times as the ledger hashes them. */
class CsvLinesTest {
  @Test
  void textsWithSeparatorsQuotesAndLineBreaksComeBackAsWrittenAndNullStaysApartFromEmpty()
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Object[]> seen = new ArrayList<>();
    try (TestDatabase db = TestDatabase.h2();
        CsvLines lines = new CsvLines(bytes, row -> seen.add(row.clone()))) {
      new JdbcTemplate(db.dataSource())
          .query(
              "SELECT * FROM (VALUES (1, 'Тема; «урок» \"1\"', CAST(NULL AS VARCHAR), '',"
                  + " 'две\nстроки', TIMESTAMP '2025-10-06 08:30:00.000012'))"
                  + " AS t(n, a, b, c, d, e)",
              lines::extract);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    CsvReader reader = new CsvReader(new StringReader(text));

    assertThat(text)
        .isEqualTo(
            "n;a;b;c;d;e\n1;\"Тема; «урок» \"\"1\"\"\";;\"\";\"две\nстроки\";2025-10-06T08:30:00.000012\n");
    assertThat(reader.record()).containsExactly("n", "a", "b", "c", "d", "e");
    assertThat(reader.record())
        .containsExactly(
            "1", "Тема; «урок» \"1\"", null, "", "две\nстроки", "2025-10-06T08:30:00.000012");
    assertThat(reader.record()).isNull();
    assertThat(Arrays.asList(seen.get(0)))
        .containsExactly(
            1L, "Тема; «урок» \"1\"", null, "", "две\nстроки", "2025-10-06T08:30:00.000012");
  }

  @Test
  void timesKeepMicrosecondsLikeTheLedgersHash() {
    assertThat(CsvLines.time(LocalDateTime.of(2025, 9, 1, 7, 5, 3, 120_000)))
        .isEqualTo("2025-09-01T07:05:03.000120")
        .isEqualTo(CsvLines.TIME.format(LocalDateTime.of(2025, 9, 1, 7, 5, 3, 120_000)));
  }
}
