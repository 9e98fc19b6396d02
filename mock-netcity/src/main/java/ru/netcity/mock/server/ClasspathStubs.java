package ru.netcity.mock.server;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the stub files from the classpath ({@code mock-netcity/mappings/*.json}), so the same
 * routing table works from the source tree, the test classpath and the gateway's jar.
 */
public final class ClasspathStubs implements MappingsSource {
  static final List<String> FILES =
      List.of("auth.json", "context.json", "diary.json", "reports.json", "mock-control.json");

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    for (String file : FILES) {
      StubMappingCollection collection =
          Json.read(read("mock-netcity/mappings/" + file), StubMappingCollection.class);
      collection.getMappingOrMappings().forEach(stubMappings::addMapping);
    }
  }

  /** The text of a classpath resource; the stub bodies in {@code __files} are read this way too. */
  public static String read(String resource) {
    try (InputStream in = ClasspathStubs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void save(List<StubMapping> stubMappings) {}

  @Override
  public void save(StubMapping stubMapping) {}

  @Override
  public void remove(StubMapping stubMapping) {}

  @Override
  public void removeAll() {}
}
