package ru.netcity.gateway.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.AccountException;
import ru.netcity.gateway.security.Accounts;

/**
 * {@code users …}: add an account, change its e-mail address, set its password, disable it, list
 * the accounts.
 */
final class UserCommands {
  /** A password file larger than this is not a password file. */
  private static final long MAX_PASSWORD_FILE = 4096;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  UserCommands(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  int run(UsersRequest request, Accounts accounts) {
    try {
      switch (request.action()) {
        case "add" -> {
          Account added =
              accounts.add(
                  request.login(),
                  request.role(),
                  request.option("name"),
                  request.classes(),
                  request.option("email"),
                  password(request));
          out.printf(
              "Пользователь «%s» добавлен: %s, %s%s.%n",
              added.login(),
              added.role().label(),
              added.displayName(),
              added.classes().isEmpty() ? "" : ", классы " + String.join(", ", added.classes()));
        }
        case "update" -> {
          accounts.setEmail(request.login(), request.option("email"));
          out.printf(
              "Адрес электронной почты пользователя «%s» %s.%n",
              request.login(), request.option("email").isBlank() ? "удалён" : "изменён");
        }
        case "passwd" -> {
          accounts.passwd(request.login(), password(request));
          out.printf("Пароль пользователя «%s» изменён.%n", request.login());
        }
        case "disable" -> {
          accounts.disable(request.login());
          out.printf("Пользователь «%s» отключён.%n", request.login());
        }
        case "list" -> list(accounts.list(), request.json());
        default -> throw new IllegalStateException(request.action());
      }
      return CommandLine.COMPLETE;
    } catch (AccountException e) {
      err.println("ошибка: " + e.getMessage());
      return CommandLine.ERROR;
    }
  }

  /** The first line of --password-file, or else of standard input; the line ending is not kept. */
  private String password(UsersRequest request) {
    String file = request.option("password-file");
    try {
      if (file != null) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path) || Files.size(path) > MAX_PASSWORD_FILE) {
          throw new AccountException(
              "Файл пароля " + file + " не найден или больше " + MAX_PASSWORD_FILE + " байт.");
        }
        return firstLine(Files.newInputStream(path));
      }
      return firstLine(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the password: " + e.getMessage(), e);
    }
  }

  private static String firstLine(InputStream stream) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    String line = reader.readLine();
    if (line == null || line.isEmpty()) {
      throw new AccountException(
          "Пароль не получен: подайте его первой строкой стандартного ввода или файлом"
              + " --password-file.");
    }
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private void list(List<Account> accounts, boolean json) {
    if (json) {
      List<Map<String, Object>> rows =
          accounts.stream()
              .map(
                  a -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("login", a.login());
                    row.put("role", a.role().name());
                    row.put("name", a.displayName());
                    row.put("classes", a.classes());
                    row.put("email", a.email());
                    row.put("enabled", a.enabled());
                    row.put("lockedUntil", a.lockedUntil() == null ? null : a.lockedUntil() + "Z");
                    return row;
                  })
              .toList();
      PrettyJson.println(out, rows);
      return;
    }
    for (Account a : accounts) {
      out.printf(
          "%-20s %-22s %s%s%s%s%s%n",
          a.login(),
          a.role().label(),
          a.displayName(),
          a.classes().isEmpty() ? "" : "  классы " + String.join(", ", a.classes()),
          a.email() == null ? "" : "  " + a.email(),
          a.enabled() ? "" : "  ОТКЛЮЧЁН",
          a.lockedUntil() == null ? "" : "  заблокирован до " + a.lockedUntil() + " UTC");
    }
    out.printf("пользователей: %d%n", accounts.size());
  }
}
