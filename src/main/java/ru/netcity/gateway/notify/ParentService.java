package ru.netcity.gateway.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.report.CsvWriter;

/**
 * The class teachers' side of the register: the template with the classes and pupils filled in, the
 * import of the filled file (all rows or none), and the list of who may be messaged.
 */
public class ParentService {
  private static final Logger LOG = LoggerFactory.getLogger(ParentService.class);

  /** The template's formats. */
  public enum Format {
    CSV,
    XLSX
  }

  /**
   * What an import did.
   *
   * @param rows the rows with a parent
   * @param changed records new or changed (0: the register already held the file)
   */
  public record ImportReport(int rows, int parents, int changed) {}

  private final DataSource dataSource;
  private final ParentRegister register;
  private final Clock clock;
  private final ZoneId zone;
  private final StudentNames names;

  public ParentService(DataSource dataSource, Clock clock, ZoneId zone, StudentNames names) {
    this.dataSource = dataSource;
    this.register = new ParentRegister(dataSource);
    this.clock = clock;
    this.zone = zone;
    this.names = names;
  }

  /**
   * @throws ParentImportException the file's problems, line by line; nothing was stored
   */
  public ImportReport importFile(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParentImportException(List.of("файл не читается: " + file));
    }
    ParentSheet sheet = XlsxSheets.isXlsx(bytes) ? XlsxSheets.read(bytes) : CsvSheets.read(bytes);
    List<ParentEntry> entries = new ParentRows(register.roster(), today()).check(sheet);
    int changed = register.store(entries, LocalDateTime.now(clock));
    int parents = (int) entries.stream().map(ParentEntry::nameKey).distinct().count();
    LOG.info(
        "parents import: {} rows, {} parents, {} records new or changed",
        entries.size(),
        parents,
        changed);
    return new ImportReport(entries.size(), parents, changed);
  }

  /** The template with one row per pupil of the roster (class, id, name when the AIS gives it). */
  public void template(Format format, Path out) {
    List<List<String>> records = new ArrayList<>();
    records.add(ParentSheet.COLUMNS);
    for (Pupil p : pupils()) {
      List<String> row = new ArrayList<>();
      for (String column : ParentSheet.COLUMNS) {
        row.add(
            switch (column) {
              case "Класс" -> p.className();
              case "ID ученика" -> String.valueOf(p.studentId());
              case "Ученик" -> p.name();
              default -> "";
            });
      }
      records.add(row);
    }
    try {
      if (format == Format.XLSX) {
        Files.write(out, XlsxSheets.write(records));
      } else {
        StringBuilder text = new StringBuilder("\uFEFF");
        records.forEach(r -> text.append(CsvWriter.line(r)).append("\r\n"));
        Files.writeString(out, text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /** Every parent × child of the class (null: all classes) with the consents in force today. */
  public List<ParentLink> list(String className) {
    return register.links(className);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private record Pupil(String className, int classId, int studentId, String name) {}

  private List<Pupil> pupils() {
    Map<Integer, Set<Integer>> byClass = new TreeMap<>();
    Map<Integer, String> classNames = new HashMap<>();
    try (var c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "SELECT class_id, class_name, student_id FROM roster"
                    + " ORDER BY class_name, student_id");
        var rs = s.executeQuery()) {
      while (rs.next()) {
        byClass.computeIfAbsent(rs.getInt(1), k -> new java.util.TreeSet<>()).add(rs.getInt(3));
        classNames.put(rs.getInt(1), rs.getString(2));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot read the roster: " + e.getSQLState());
    }
    Map<Integer, String> known = names.names(byClass);
    List<Pupil> pupils = new ArrayList<>();
    byClass.forEach(
        (classId, students) ->
            students.forEach(
                s ->
                    pupils.add(
                        new Pupil(
                            classNames.get(classId), classId, s, known.getOrDefault(s, "")))));
    pupils.sort(
        java.util.Comparator.comparing(Pupil::className)
            .thenComparing(Pupil::name)
            .thenComparingInt(Pupil::studentId));
    return pupils;
  }
}
