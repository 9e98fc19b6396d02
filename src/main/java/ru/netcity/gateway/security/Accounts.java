package ru.netcity.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The gateway's accounts: created and changed from the command line ({@code users …}), read by
 * Spring Security at each sign-in, locked after repeated failures. Passwords are kept only as
 * hashes of the {@link PasswordEncoder} and never logged.
 */
public final class Accounts implements UserDetailsService {
  private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
  private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  /** bcrypt reads at most 72 bytes of a password. */
  private static final int MAX_PASSWORD_BYTES = 72;

  private static final int MAX_CLASS_NAME = 20;

  /** An address mail servers accept: one @, a dot in the domain, no spaces; RFC 5321's length. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private static final int MAX_EMAIL = 254;

  private final AccountStore store;
  private final PasswordEncoder encoder;
  private final SecurityProperties settings;
  private final Clock clock;

  public Accounts(
      DataSource dataSource, PasswordEncoder encoder, SecurityProperties settings, Clock clock) {
    this.store = new AccountStore(dataSource);
    this.encoder = encoder;
    this.settings = settings;
    this.clock = clock;
  }

  public Account add(
      String login, Role role, String displayName, List<String> classes, String password) {
    return add(login, role, displayName, classes, null, password);
  }

  /** The same with the e-mail address the scheduled reports go to (null = none). */
  public Account add(
      String login,
      Role role,
      String displayName,
      List<String> classes,
      String email,
      String password) {
    if (login == null || !LOGIN.matcher(login).matches()) {
      throw new AccountException(
          "Имя входа: от 2 до 64 символов, строчные латинские буквы, цифры, точка, дефис или"
              + " подчёркивание.");
    }
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
      throw new AccountException("Укажите ФИО (--name), не длиннее 200 символов.");
    }
    List<String> bound = classes.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (role.seesAllClasses() && !bound.isEmpty()) {
      throw new AccountException(
          "Роль «" + role.label() + "» видит все классы: --classes для неё не указывается.");
    }
    if (!role.seesAllClasses() && bound.isEmpty()) {
      throw new AccountException(
          "Для роли «" + role.label() + "» укажите её классы: --classes 5А,5Б.");
    }
    if (bound.stream().anyMatch(c -> c.length() > MAX_CLASS_NAME) || bound.size() > 40) {
      throw new AccountException(
          "Не более 40 классов, имя класса не длиннее " + MAX_CLASS_NAME + " символов.");
    }
    Account account =
        new Account(login, role, displayName.strip(), bound, true, 0, null, email(email));
    if (!store.insert(account, hash(password), now())) {
      throw new AccountException("Пользователь «" + login + "» уже есть.");
    }
    LOG.info("account {} added with role {}", login, role);
    return account;
  }

  /** Sets a new password; it also lifts a lock-out. */
  public void passwd(String login, String password) {
    if (!store.setPassword(login, hash(password))) {
      throw unknown(login);
    }
    LOG.info("password of account {} changed", login);
  }

  /** Sets the account's e-mail address; an empty one removes it (no more reports by mail). */
  public void setEmail(String login, String email) {
    if (!store.setEmail(login, email(email))) {
      throw unknown(login);
    }
    LOG.info("e-mail address of account {} {}", login, email(email) == null ? "removed" : "set");
  }

  public void disable(String login) {
    if (!store.disable(login)) {
      throw unknown(login);
    }
    LOG.info("account {} disabled", login);
  }

  public List<Account> list() {
    return store.list();
  }

  /** The signed-in person's account; the filter chain let only existing accounts through. */
  public Account signedIn(Principal principal) {
    return store.find(principal.getName()).orElseThrow(() -> unknown(principal.getName()));
  }

  @Override
  public UserDetails loadUserByUsername(String login) {
    Account account =
        store.find(login).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    return User.withUsername(login)
        .password(store.passwordHash(login).orElseThrow())
        .roles(account.role().name())
        .disabled(!account.enabled())
        .accountLocked(account.lockedUntil() != null && now().isBefore(account.lockedUntil()))
        .build();
  }

  /** A failed sign-in with a wrong password; enough of them in a row lock the account. */
  void failed(String login) {
    LocalDateTime until = now().plus(settings.lockout());
    if (store.failed(login, settings.maxFailures(), until)) {
      LOG.warn(
          "account {} locked until {} UTC after {} failed sign-ins",
          login,
          until,
          settings.maxFailures());
    }
  }

  void succeeded(String login) {
    store.succeeded(login);
  }

  private String hash(String password) {
    if (password == null || password.strip().length() < settings.minPasswordLength()) {
      throw new AccountException(
          "Пароль короче " + settings.minPasswordLength() + " символов: придумайте длиннее.");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw new AccountException(
          "Пароль длиннее "
              + MAX_PASSWORD_BYTES
              + " байт (латиница — 72 символа, кириллица — 36).");
    }
    return encoder.encode(password);
  }

  /** The address as stored: null for none (null or blank), refused when malformed. */
  private static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String address = email.strip();
    if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
      throw new AccountException(
          "Адрес электронной почты пишется как ivanova@school.ru, не длиннее "
              + MAX_EMAIL
              + " символов.");
    }
    return address;
  }

  private static AccountException unknown(String login) {
    return new AccountException("Пользователя «" + login + "» нет.");
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
