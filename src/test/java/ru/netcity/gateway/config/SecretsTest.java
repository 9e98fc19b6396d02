package ru.netcity.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The password file's rules: see {@link Secrets}. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsTest {
  private static final String KEY = "netcity.password-file";

  @TempDir Path dir;

  @Test
  void aByteOrderMarkAndTheTrailingLineBreakAreRemovedAndSpacesKept() throws Exception {
    Path file =
        Files.write(dir.resolve("bom"), "\uFEFF Завуч 2021! \r\n".getBytes(StandardCharsets.UTF_8));
    owner(file);

    assertThat(Secrets.read(file, KEY)).isEqualTo(" Завуч 2021! ");
    assertThat(Secrets.read(owner(Files.writeString(dir.resolve("lf"), "a b\n")), KEY))
        .isEqualTo("a b");
    assertThat(Secrets.read(owner(Files.writeString(dir.resolve("none"), "\tab")), KEY))
        .isEqualTo("\tab");
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
    Path file =
        owner(Files.writeString(dir.resolve("big"), "x".repeat(Secrets.MAX_FILE_BYTES + 1)));

    assertThatThrownBy(() -> Secrets.read(file, KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(KEY + " " + file + " holds 4097 bytes")
        .hasMessageContaining("at most 4096 bytes");
    assertThat(Secrets.read(owner(Files.writeString(dir.resolve("limit"), "y".repeat(4096))), KEY))
        .hasSize(4096);
  }

  @Test
  void anEmptyOrNonUtf8FileIsRefused() throws Exception {
    Path empty = owner(Files.writeString(dir.resolve("empty"), "\uFEFF\n"));
    Path latin1 = owner(Files.write(dir.resolve("cp1251"), new byte[] {(byte) 0xC7, 'a'}));

    assertThatThrownBy(() -> Secrets.read(empty, KEY)).hasMessageContaining("is empty");
    assertThatThrownBy(() -> Secrets.read(latin1, KEY)).hasMessageContaining("is not UTF-8");
  }

  @Test
  void aFileOthersMayReadIsUsedWithAWarningThatHoldsNoPassword(CapturedOutput output)
      throws Exception {
    Path file = Files.writeString(dir.resolve("shared"), "Секрет-42\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(Secrets.read(file, KEY)).isEqualTo("Секрет-42");
    assertThat(output).contains(KEY + " " + file + " may be read by its group or others");
    assertThat(output).doesNotContain("Секрет-42");

    Path own = owner(Files.writeString(dir.resolve("own"), "Секрет-43\n"));
    int mark = output.length();
    Secrets.read(own, KEY);
    assertThat(output.toString().substring(mark)).doesNotContain("may be read");
  }

  @Test
  void bothTheVariableAndTheFileIsAnError() throws Exception {
    Path file = owner(Files.writeString(dir.resolve("both"), "from-file\n"));

    assertThatThrownBy(() -> Secrets.of("from-env", file, "NETCITY_PASSWORD", KEY, "missing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "both NETCITY_PASSWORD and "
                + KEY
                + " are set: keep one, so it is clear which secret is used");
    assertThat(Secrets.of("from-env", null, "NETCITY_PASSWORD", KEY, "missing"))
        .isEqualTo("from-env");
    assertThat(Secrets.of("", file, "NETCITY_PASSWORD", KEY, "missing")).isEqualTo("from-file");
    assertThatThrownBy(() -> Secrets.of(null, null, "NETCITY_PASSWORD", KEY, "missing"))
        .hasMessage("missing");
  }

  private static Path owner(Path file) throws Exception {
    return Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }
}
