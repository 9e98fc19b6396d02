package ru.netcity.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DataFolderTest {
  @TempDir Path dir;

  @Test
  void aNewFolderIsAbsoluteOwnerOnlyAndLogged(CapturedOutput output) throws Exception {
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("a/../data/nested"));

    DataFolder folder = new DataFolder(relative);

    assertThat(folder.path()).isAbsolute().isEqualTo(dir.resolve("data/nested"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.path())))
        .isEqualTo("rwx------");
    assertThat(output).contains("data folder " + dir.resolve("data/nested"));
  }

  @Test
  void anExistingFolderOthersMayEnterIsUsedWithAWarning(CapturedOutput output) throws Exception {
    Path open = Files.createDirectory(dir.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(new DataFolder(open).path()).isEqualTo(open);
    assertThat(output).contains("data folder " + open + " is rwxr-xr-x", "chmod 700");
  }
}
