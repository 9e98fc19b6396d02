package ru.netcity.gateway.security;

/** An account change the gateway refuses; the message is for people, in Russian. */
public class AccountException extends RuntimeException {
  public AccountException(String message) {
    super(message);
  }
}
