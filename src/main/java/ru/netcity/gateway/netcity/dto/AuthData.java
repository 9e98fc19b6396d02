package ru.netcity.gateway.netcity.dto;

/** {@code POST auth/getdata}: the one-time login challenge. */
public record AuthData(String lt, String ver, String salt) {
  public boolean complete() {
    return lt != null
        && !lt.isEmpty()
        && ver != null
        && !ver.isEmpty()
        && salt != null
        && !salt.isEmpty();
  }
}
