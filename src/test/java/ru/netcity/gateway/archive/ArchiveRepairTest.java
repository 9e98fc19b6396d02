package ru.netcity.gateway.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import ru.netcity.gateway.archive.sign.CmsSigner;
import ru.netcity.gateway.archive.sign.SigningKey;
import ru.netcity.gateway.support.TestDatabase;

/** Damage on real files: found by the check, repaired from the healthy copy, or an alarm. */
class ArchiveRepairTest {
  @TempDir static Path keys;
  @TempDir Path dir;

  static TestDatabase db;
  static ArchiveFixture fixture;
  static SigningKey key;

  ArchiveService archive;
  Path a;
  Path b;
  String id;

  @BeforeAll
  static void recordTheSchool() {
    db = TestDatabase.h2();
    fixture = ArchiveFixture.record(db.dataSource(), 11, 20);
    key = ArchiveFixture.rsaKey(keys, "school");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void snapshot() {
    a = dir.resolve("a");
    b = dir.resolve("b");
    archive = fixture.archive(a, b, key);
    id = archive.create(null, step -> {}).id();
  }

  @Test
  void aFlippedByteInCopyAIsFoundAndRepairedFromCopyB() throws IOException {
    Path file = a.resolve(id).resolve("data/journal").toFile().listFiles()[0].toPath();
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(file, bytes);

    List<SnapshotHealth> first = archive.verify(true);
    List<SnapshotHealth> second = archive.verify(true);

    assertThat(first)
        .singleElement()
        .extracting(SnapshotHealth::status)
        .isEqualTo(SnapshotHealth.Status.REPAIRED);
    assertThat(first.get(0).problems().get("A"))
        .singleElement()
        .asString()
        .contains("data/journal/", "SHA-512 differs");
    assertThat(SnapshotHealth.exitCode(first)).isEqualTo(3);
    assertThat(Files.readAllBytes(file))
        .isEqualTo(Files.readAllBytes(b.resolve(id).resolve(a.resolve(id).relativize(file))));
    assertThat(a.resolve(".damaged"))
        .isDirectoryContaining(p -> p.getFileName().toString().startsWith(id));
    assertThat(SnapshotHealth.exitCode(second)).isZero();
  }

  @Test
  void aDeletedCopyIsRewritten() throws IOException {
    Files2.deleteTree(b.resolve(id));

    List<SnapshotHealth> checked = archive.verify(true);

    assertThat(checked.get(0).status()).isEqualTo(SnapshotHealth.Status.REPAIRED);
    assertThat(checked.get(0).problems().get("B")).containsExactly("missing");
    assertThat(new BagVerifier(List.of(key.certificate())).check(b.resolve(id))).isEmpty();
  }

  @Test
  void twoDamagedCopiesAreAnAlarmBeyondRepair() throws IOException {
    Files.delete(a.resolve(id).resolve("data/classes.csv"));
    Files.writeString(b.resolve(id).resolve("data/students.csv"), "class_id;student_id;name\n");

    List<SnapshotHealth> checked = archive.verify(true);

    assertThat(checked.get(0).status()).isEqualTo(SnapshotHealth.Status.DAMAGED);
    assertThat(SnapshotHealth.exitCode(checked)).isEqualTo(4);
    assertThat(
            new ArchiveHealth(db.dataSource(), ArchiveFixture.AFTER_THE_YEAR).health().getStatus())
        .isEqualTo(Status.DOWN);
  }

  @Test
  void aSnapshotSignedWithAnotherKeyFailsAndIsRepaired() throws IOException {
    SigningKey stranger = ArchiveFixture.rsaKey(dir, "stranger");
    Path bag = a.resolve(id);
    byte[] tagManifest = Files.readAllBytes(bag.resolve(Bags.TAG_MANIFEST));
    Files.write(bag.resolve(Bags.SIGNATURE), new CmsSigner(stranger, null).sign(tagManifest));

    List<String> problems = new BagVerifier(List.of(key.certificate())).check(bag);

    assertThat(problems).singleElement().asString().startsWith("signature:");
    assertThat(archive.verify(true).get(0).status()).isEqualTo(SnapshotHealth.Status.REPAIRED);
  }

  @Test
  void aChangedManifestFailsEvenWhenTheTagManifestIsRecomputed() throws IOException {
    Path bag = a.resolve(id);
    Path students = bag.resolve("data/students.csv");
    Files.writeString(students, "class_id;student_id;name\n1;1;Подставной\n");
    String manifest = Files.readString(bag.resolve(Bags.MANIFEST));
    manifest =
        manifest.replaceAll(
            "[0-9a-f]{128}  data/students.csv", Bags.sha512(students) + "  data/students.csv");
    Files.writeString(bag.resolve(Bags.MANIFEST), manifest);
    Path info = bag.resolve(Bags.INFO);
    String tags =
        Bags.manifest(
            java.util.Map.of(
                Bags.DECLARATION, Bags.sha512(bag.resolve(Bags.DECLARATION)),
                Bags.INFO, Bags.sha512(info),
                Bags.MANIFEST, Bags.sha512(bag.resolve(Bags.MANIFEST))));
    Files.writeString(bag.resolve(Bags.TAG_MANIFEST), tags);

    List<String> problems = new BagVerifier(List.of(key.certificate())).check(bag);

    assertThat(problems).singleElement().asString().contains("signature");
  }
}
