package ru.netcity.gateway.archive;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.archive.sign.SigningKey;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.ledger.ChainReplay;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.LedgerVerifier;
import ru.netcity.gateway.support.TestDatabase;

/**
 * A snapshot checked by tools that are not the gateway's: the Library of Congress BagIt library,
 * {@code sha512sum}, {@code openssl cms -verify}; and read back: the archived chain ends at the
 * ledger's head, a restored copy holds the ledger's marks, the same data gives the same bytes.
 */
class ArchiveSnapshotTest {
  @TempDir static Path dir;
  static TestDatabase db;
  static ArchiveFixture fixture;
  static SigningKey key;
  static ArchiveService archive;
  static ArchiveService.Created created;
  static Anchors anchors;

  @BeforeAll
  static void snapshot() {
    db = TestDatabase.h2();
    fixture = ArchiveFixture.record(db.dataSource(), 5, 40);
    key = ArchiveFixture.rsaKey(dir, "school");
    anchors = new Anchors(dir.resolve("anchors/ledger-anchors.log"), ArchiveFixture.AFTER_THE_YEAR);
    new LedgerVerifier(db.dataSource(), anchors, ArchiveFixture.AFTER_THE_YEAR)
        .check(fixture.school.id());
    archive = fixture.archive(dir.resolve("a"), dir.resolve("b"), key, anchors);
    created = archive.create(null, step -> {});
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void bothCopiesValidateWithTheLibraryOfCongressBagItLibrary() throws Exception {
    assertThat(created.copies()).hasSize(2);
    for (Path copy : created.copies()) {
      Bag bag = new BagReader().read(copy);
      try (BagVerifier verifier = new BagVerifier()) {
        verifier.isValid(bag, false);
      }
      assertThat(bag.getMetadata().get("Payload-Oxum")).hasSize(1);
      assertThat(bag.getMetadata().get("Ledger-Head").get(0))
          .startsWith("school=" + fixture.school.id());
      // The anchor kept outside the database, signed with the snapshot (bag-info.txt is in the
      // signed tag manifest).
      Anchors.Anchor anchor = anchors.newest(fixture.school.id()).orElseThrow();
      assertThat(bag.getMetadata().get("Ledger-Anchor")).containsExactly(anchor.line());
      assertThat(bag.getMetadata().get("Ledger-Head").get(0))
          .contains("seq=" + anchor.seq() + " sha256=" + anchor.hash());
      assertThat(Files.readString(copy.resolve(Bags.TAG_MANIFEST))).contains(" bag-info.txt");
    }
  }

  @Test
  void sha512sumAndOpensslCmsVerifyTheCopyWithoutTheGateway() throws Exception {
    Path bag = created.copies().get(0);
    Path certificate = dir.resolve("school.pem");
    Files.writeString(
        certificate,
        "-----BEGIN CERTIFICATE-----\n"
            + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.certificate().getEncoded())
            + "\n-----END CERTIFICATE-----\n");

    assertThat(run(bag, "sha512sum", "--quiet", "-c", Bags.MANIFEST)).isZero();
    assertThat(run(bag, "sha512sum", "--quiet", "-c", Bags.TAG_MANIFEST)).isZero();
    assertThat(
            run(
                bag,
                "openssl",
                "cms",
                "-verify",
                "-inform",
                "DER",
                "-binary",
                "-in",
                Bags.SIGNATURE,
                "-content",
                Bags.TAG_MANIFEST,
                "-CAfile",
                certificate.toString(),
                "-purpose",
                "any",
                "-out",
                "/dev/null"))
        .isZero();
  }

  @Test
  void theArchivedEventsReVerifyTheLedgersChainHead() throws IOException {
    int school = fixture.school.id();
    ChainReplay replay = new ChainReplay(school);
    List<List<String>> events = csv(created.copies().get(1).resolve("data/ledger/events.csv.gz"));
    int[] at = ArchivedChain.COLUMNS.stream().mapToInt(events.get(0)::indexOf).toArray();
    events.stream().skip(1).forEach(row -> replay.next(ArchivedChain.archived(row, at)));
    Map<String, Object> head =
        new JdbcTemplate(db.dataSource())
            .queryForMap("SELECT seq, hash FROM ledger_head WHERE school_id = ?", school);

    assertThat(at).doesNotContain(-1);
    assertThat(replay.firstBroken()).isZero();
    assertThat(replay.seq()).isEqualTo(((Number) head.get("seq")).longValue()).isPositive();
    assertThat(replay.hash()).isEqualTo(head.get("hash"));
    assertThat(
            new Ledger(db.dataSource(), ArchiveFixture.AFTER_THE_YEAR).verifyChain(school).intact())
        .isTrue();
  }

  @Test
  void aRestoredSnapshotHoldsTheLedgersMarksForEveryClass() throws IOException {
    String end = archive.list().get(0).id();
    Path restored = archive.restore(end, dir.resolve("restored"));

    Map<String, String> archived = new HashMap<>();
    try (Stream<Path> files = Files.list(restored.resolve("data/journal"))) {
      for (Path file : files.toList()) {
        List<List<String>> rows = csv(file);
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
          if (row.get(header.indexOf("kind")).equals("MARK")) {
            archived.put(
                row.get(header.indexOf("entry_key")), row.get(header.indexOf("value_text")));
          }
        }
      }
    }
    Map<String, String> ledger = new HashMap<>();
    new JdbcTemplate(db.dataSource())
        .query(
            "SELECT entry_key, value_text FROM entry_state WHERE kind = 'MARK' AND deleted = FALSE",
            rs -> {
              ledger.put(rs.getString(1), rs.getString(2));
            });

    assertThat(archived).isNotEmpty().isEqualTo(ledger);
    assertThat(Files.readString(restored.resolve("data/students.csv"))).contains(";Ученик ");
  }

  @Test
  void theSameDataGivesTheSameBytes() throws IOException {
    ArchiveService again = fixture.archive(dir.resolve("c"), dir.resolve("d"), key, anchors);
    Path copy = again.create(null, step -> {}).copies().get(0);
    Path first = created.copies().get(0);

    for (String name : List.of(Bags.TAG_MANIFEST, Bags.MANIFEST, Bags.INFO)) {
      assertThat(copy.resolve(name)).hasSameBinaryContentAs(first.resolve(name));
    }
  }

  @Test
  void theYearEndSnapshotHoldsTheSummarySheetsWithTheYearMarks() throws IOException {
    ArchiveService.Created year = archive.snapshotEndedTerm().orElseThrow();
    Path sheets = year.copies().get(0).resolve("data/summary");
    Map<String, Object> mark =
        new JdbcTemplate(db.dataSource())
            .queryForMap(
                "SELECT class_id, student_id, subject, value_text FROM entry_state"
                    + " WHERE kind = 'TERM_MARK' AND entry_key LIKE '%:Год' ORDER BY entry_key LIMIT 1");

    assertThat(year.id()).endsWith("-term-2026-05-26");
    assertThat(archive.snapshotEndedTerm()).isEmpty();
    String sheet = Files.readString(sheets.resolve("class-" + mark.get("class_id") + ".csv"));
    assertThat(sheet.lines().findFirst().orElseThrow()).endsWith(";Год");
    assertThat(sheet)
        .containsPattern(
            "(?m)^"
                + mark.get("student_id")
                + ";Ученик \\d+;"
                + mark.get("subject")
                + ";.*;"
                + mark.get("value_text")
                + "$");
  }

  /** A gzip-compressed CSV of the archive, header first, read with the archive's own reader. */
  private static List<List<String>> csv(Path file) throws IOException {
    List<List<String>> rows = new java.util.ArrayList<>();
    try (var in =
        new java.io.InputStreamReader(
            new java.util.zip.GZIPInputStream(Files.newInputStream(file)),
            StandardCharsets.UTF_8)) {
      CsvReader reader = new CsvReader(in);
      for (List<String> row = reader.record(); row != null; row = reader.record()) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static int run(Path in, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(in.toFile()).inheritIO().start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }
}
