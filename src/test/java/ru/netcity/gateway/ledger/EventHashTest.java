package ru.netcity.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The link hash's encoding (version 1) must never change, or every stored chain breaks: these
 * hashes were computed by the encoder the first chains were written with.
 */
class EventHashTest {
  @Test
  void anEventHashesAsTheFirstEncoderHashedIt() {
    String hash =
        EventHash.ofFields(
            EventHash.GENESIS,
            7,
            42L,
            "run-1",
            "7:3:2024-09-02:2024-09-08",
            "MARK",
            "MARK:3:12",
            3,
            LocalDate.of(2024, 9, 2),
            "Математика",
            null,
            "5 \"отл\"\n",
            EventHash.time(LocalDateTime.of(2024, 9, 2, 15, 30, 0, 123_456_789)),
            null,
            "BASELINE");

    assertThat(hash).isEqualTo("48f93b813318a5b0c9d46e16d9b3f34999a32ee30d80c11291642e1b2f308f8a");
  }

  @Test
  void eachCallStartsAFreshDigest() {
    String expected = "95688b62790f0ec0c031e98616059b983fcb030ef3f96571e890e5f3cd6453ec";
    for (int i = 0; i < 3; i++) {
      assertThat(HexFormat.of().formatHex(EventHash.digest("a", null, 1))).isEqualTo(expected);
    }
  }
}
