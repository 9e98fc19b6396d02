package ru.netcity.gateway.security;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts on the gateway's database, for the service and the {@code users} commands alike. New
 * passwords are hashed with bcrypt, stored as {@code {bcrypt}…} so that a later encoder can take
 * over without invalidating them (DelegatingPasswordEncoder).
 */
@Configuration(proxyBeanMethods = false)
public class AccountConfiguration {
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  Accounts accounts(
      DataSource dataSource, PasswordEncoder encoder, SecurityProperties settings, Clock clock) {
    return new Accounts(dataSource, encoder, settings, clock);
  }

  @Bean
  FirstAdministrator firstAdministrator(Accounts accounts) {
    return new FirstAdministrator(accounts);
  }

  @Bean
  LockOut lockOut(Accounts accounts) {
    return new LockOut(accounts);
  }
}
