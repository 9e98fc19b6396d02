package ru.netcity.gateway.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The demo's first administrator: when the service starts on the embedded mock and the gateway has
 * no account yet, it creates {@value #LOGIN} with a random password, kept only as a hash, and
 * prints the password on the console this once (never to the log). Every later start finds an
 * account and prints nothing; a lost password is set anew with {@code users passwd admin}.
 */
public final class FirstAdministrator {
  static final String LOGIN = "admin";
  static final String DISPLAY_NAME = "Администратор демонстрационной школы";

  /** No 0/O, 1/l/I: the password is read off a console and typed. */
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final int LENGTH = 20;

  private final Accounts accounts;
  private final SecureRandom random = new SecureRandom();

  public FirstAdministrator(Accounts accounts) {
    this.accounts = accounts;
  }

  /**
   * Creates and prints the first administrator when there is no account at all; returns its login
   * then, else empty.
   *
   * @param signIn where the sign-in form is, when known
   */
  public Optional<String> createIfNoAccount(PrintStream console, Optional<String> signIn) {
    if (!accounts.list().isEmpty()) {
      return Optional.empty();
    }
    String password = password();
    try {
      accounts.add(LOGIN, Role.ADMINISTRATOR, DISPLAY_NAME, List.of(), password);
    } catch (AccountException e) {
      return Optional.empty(); // another process created it a moment ago
    }
    console.printf(
        "%n=== Первый администратор демонстрационной школы создан ==="
            + "%n  имя входа: %s%n  пароль:    %s"
            + "%n  Пароль показан только сейчас и хранится лишь как хеш. Сменить его:"
            + "%n  java -jar target/netcity-gateway.jar users passwd %s"
            + "%n  Другие учётные записи: users add (см. README, «Security»).%s%n%n",
        LOGIN,
        password,
        LOGIN,
        signIn.map(url -> "%n  Вход: " + url + "login").orElse("").formatted());
    console.flush();
    return Optional.of(LOGIN);
  }

  private String password() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
