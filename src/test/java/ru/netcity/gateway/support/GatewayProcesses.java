package ru.netcity.gateway.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.netcity.gateway.GatewayApplication;
import ru.netcity.gateway.cli.Command;

/**
 * The gateway's command line as the tests run it: a command in this JVM, or a gateway JVM of its
 * own (this JVM's classpath, 512 MB of heap) that a test can kill. The command's words come first,
 * then the settings ({@code --key=value}).
 */
public final class GatewayProcesses {
  private GatewayProcesses() {}

  /** Runs the command in this JVM; returns its exit code. */
  public static int run(String[] settings, String... words) {
    List<String> args = new ArrayList<>(List.of(words));
    args.addAll(List.of(settings));
    String[] all = args.toArray(String[]::new);
    return GatewayApplication.runCommand(Command.parse(all).orElseThrow(), all);
  }

  /** The command line of a gateway JVM running the command (no words: the service). */
  public static List<String> javaCommand(String[] settings, String... words) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                GatewayApplication.class.getName()));
    command.addAll(List.of(words));
    command.addAll(List.of(settings));
    return command;
  }

  /** Starts a gateway JVM running the command, its stdout discarded (its stderr to read). */
  public static Process start(String[] settings, String... words) throws IOException {
    return new ProcessBuilder(javaCommand(settings, words))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Reads a process's stderr until a line holds {@code wanted}; returns that line. */
  public static String waitFor(BufferedReader err, String wanted) {
    try {
      StringBuilder all = new StringBuilder();
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        if (line.contains(wanted)) {
          return line;
        }
        all.append(line).append('\n');
      }
      throw new IllegalStateException("the process ended before '" + wanted + "': " + all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
