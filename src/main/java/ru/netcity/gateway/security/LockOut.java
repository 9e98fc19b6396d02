package ru.netcity.gateway.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Counts failed sign-ins from Spring Security's authentication events; {@link Accounts} locks the
 * account after {@code gateway.security.max-failures} of them (Spring Security then refuses it as
 * not {@code accountNonLocked} until the lock-out has passed). A success clears the count. A wrong
 * login counts nowhere: there is no account to lock.
 */
final class LockOut {
  private final Accounts accounts;

  LockOut(Accounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    accounts.failed(event.getAuthentication().getName());
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    accounts.succeeded(event.getAuthentication().getName());
  }
}
