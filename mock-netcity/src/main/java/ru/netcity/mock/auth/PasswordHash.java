package ru.netcity.mock.auth;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The AIS password scheme: {@code pw2 = md5(salt + md5(cp1251 password))}, {@code pw = pw2[:len]}
 * (netcity-api.md §1.2 step 4).
 */
public final class PasswordHash {
  private static final Charset CP1251 = Charset.forName("windows-1251");

  private PasswordHash() {}

  public static String pw2(String salt, String password) {
    String inner = md5Hex(password.getBytes(CP1251));
    return md5Hex((salt + inner).getBytes(StandardCharsets.US_ASCII));
  }

  public static String pw(String salt, String password) {
    String pw2 = pw2(salt, password);
    return pw2.substring(0, Math.min(password.length(), pw2.length()));
  }

  static String md5Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }
}
