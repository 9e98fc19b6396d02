package ru.netcity.gateway.netcity;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The AIS login hash (netcity-api.md §1.2): {@code pw2 = md5(salt + md5(cp1251 password))} in
 * lower-case hex, {@code pw = pw2[:len(password)]}.
 */
public final class PasswordHasher {
  private static final Charset CP1251 = Charset.forName("windows-1251");

  private PasswordHasher() {}

  public static String pw2(String salt, String password) {
    return md5(salt + md5(password.getBytes(CP1251)));
  }

  public static String pw(String salt, String password) {
    return pw2(salt, password).substring(0, Math.min(32, password.length()));
  }

  private static String md5(String ascii) {
    return md5(ascii.getBytes(StandardCharsets.US_ASCII));
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
