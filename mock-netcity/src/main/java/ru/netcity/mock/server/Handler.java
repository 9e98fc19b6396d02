package ru.netcity.mock.server;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** The logic behind one stub of {@code mock-netcity/stubs/mappings}, named by its "handler". */
@FunctionalInterface
public interface Handler {
  ResponseDefinitionBuilder handle(Call call);
}
