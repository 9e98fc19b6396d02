package ru.netcity.gateway;

import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.BeansException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import ru.netcity.gateway.cli.Command;
import ru.netcity.gateway.cli.CommandLine;
import ru.netcity.gateway.config.NetCityProperties;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.security.FirstAdministrator;
import ru.netcity.gateway.web.DashboardAddress;

/** Starts the gateway as a service, or runs one command ({@code sync --once}, {@code status}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {
  public static void main(String[] args) {
    // The embedded H2's auto-server (AUTO_SERVER=TRUE in the default URL) serves the database file
    // to the other gateway processes of this host only, never to the school's network.
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
    Optional<Command> command;
    try {
      command = Command.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(Command.USAGE);
      System.exit(CommandLine.ERROR);
      return;
    }
    if (command.isEmpty()) {
      runService(args);
      return;
    }
    System.exit(runCommand(command.get(), args));
  }

  /**
   * Starts the service. The AIS connection is resolved lazily (commands such as {@code status} need
   * none), so a service without AIS settings is stopped here at once rather than logging a failed
   * sync every night. On the embedded demo, the first start creates and prints the first
   * administrator ({@link FirstAdministrator}).
   */
  private static void runService(String[] args) {
    ConfigurableApplicationContext context = SpringApplication.run(GatewayApplication.class, args);
    try {
      context.getBean(NetCityConnection.class);
    } catch (BeansException e) {
      System.err.println("error: " + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
      System.exit(SpringApplication.exit(context, () -> CommandLine.ERROR));
      return;
    }
    if (context.getBean(NetCityProperties.class).connection().isEmpty()) {
      context
          .getBean(FirstAdministrator.class)
          .createIfNoAccount(System.out, context.getBean(DashboardAddress.class).url());
    }
  }

  /** Runs a command without the schedule and returns its exit code. */
  public static int runCommand(Command command, String[] args) {
    // Passed as arguments so they win over config/application.yaml: no schedule, no waiting.
    String[] oneShot =
        Stream.concat(
                Stream.of(args),
                Stream.of(
                    "--camel.main.auto-startup=false",
                    "--camel.main.routes-collector-enabled=false",
                    "--camel.main.main-run-controller=false",
                    "--spring.main.banner-mode=off",
                    "--spring.main.web-application-type=none",
                    // stdout carries the command's result (status JSON); warnings go to stderr.
                    "--logging.config=classpath:logback-cli.xml"))
            .toArray(String[]::new);
    try (ConfigurableApplicationContext context =
        new SpringApplication(GatewayApplication.class).run(oneShot)) {
      return new CommandLine(System.out, System.err).execute(command, context);
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      return CommandLine.ERROR;
    }
  }
}
