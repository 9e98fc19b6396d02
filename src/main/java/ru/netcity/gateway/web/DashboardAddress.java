package ru.netcity.gateway.web;

import java.net.InetAddress;
import java.util.Optional;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address of the service's dashboard ({@code /}) as the web server really listens: the port it
 * got (also a random one, {@code server.port=0}), the configured address ({@code localhost} for the
 * loopback and every interface) and the context path. Empty until the server started, and in the
 * commands, which serve no HTTP.
 */
@Component
public class DashboardAddress implements ApplicationListener<WebServerInitializedEvent> {
  private final Environment environment;
  private volatile String url;

  DashboardAddress(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() != null) {
      return; // the management server (management.server.port), not the pages
    }
    boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false);
    url =
        (tls ? "https" : "http")
            + "://"
            + host(environment.getProperty("server.address", ""))
            + ":"
            + event.getWebServer().getPort()
            + environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "")
            + "/";
  }

  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  private static String host(String address) {
    if (address.isBlank()) {
      return "localhost";
    }
    try {
      InetAddress ip = InetAddress.getByName(address);
      if (ip.isAnyLocalAddress() || ip.isLoopbackAddress()) {
        return "localhost";
      }
    } catch (java.net.UnknownHostException e) {
      return address;
    }
    return address.contains(":") ? "[" + address + "]" : address;
  }
}
