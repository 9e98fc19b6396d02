package ru.netcity.gateway.netcity;

import java.net.URI;

/**
 * Where and as whom to log in.
 *
 * @param baseUrl the AIS origin, e.g. {@code https://sgo.example.ru}
 * @param school the school's id, or its name or short name as {@code schools/search} shows it
 */
public record NetCityConnection(URI baseUrl, String login, String password, String school) {
  public NetCityConnection {
    if (baseUrl == null || login == null || login.isBlank() || password == null || school == null) {
      throw new IllegalArgumentException(
          "netcity.base-url, login, password and school are required");
    }
    String text = baseUrl.toString();
    baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  @Override
  public String toString() {
    return "NetCityConnection[" + baseUrl + ", login=" + login + ", school=" + school + "]";
  }
}
