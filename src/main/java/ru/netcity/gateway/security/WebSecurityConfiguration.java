package ru.netcity.gateway.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every HTTP endpoint needs a signed-in account, except {@code /actuator/health} (whose details
 * only the administrator and the deputy director see). Two chains:
 *
 * <ul>
 *   <li>a request carrying HTTP Basic credentials (the JSON API from scripts): stateless, no
 *       session, no CSRF token (a browser cannot send such a request cross-site with a JSON body);
 *   <li>everything else: form login with a session cookie and CSRF protection. An anonymous API or
 *       Actuator request answers 401 with a Basic challenge, a page redirects to the login form.
 * </ul>
 *
 * What each role may do is in {@link #rules}; the controllers narrow a teacher to their classes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSecurityConfiguration {
  static final String REALM = "netcity-gateway";
  private static final PathPatternRequestMatcher.Builder PATH =
      PathPatternRequestMatcher.withDefaults();

  @Bean
  @Order(1)
  SecurityFilterChain basicApi(HttpSecurity http) throws Exception {
    return http.securityMatcher(WebSecurityConfiguration::carriesBasicCredentials)
        .authorizeHttpRequests(WebSecurityConfiguration::rules)
        .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(e -> e.accessDeniedHandler(WebSecurityConfiguration::denied))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    RequestMatcher api =
        new OrRequestMatcher(
            new AndRequestMatcher(
                PATH.matcher("/api/**"),
                new NegatedRequestMatcher(PATH.matcher("/api/corrections/register"))),
            PATH.matcher("/actuator/**"));
    return http.authorizeHttpRequests(WebSecurityConfiguration::rules)
        // The Russian form of web.LoginPage; after signing in without a page asked for: the
        // compliance dashboard.
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/reports").permitAll())
        .logout(Customizer.withDefaults())
        // Without a session nobody is signed in here, so there is nothing to forge: such a request
        // gets its 401 or login redirect. The login form itself always needs its token.
        .csrf(csrf -> csrf.ignoringRequestMatchers(WebSecurityConfiguration::sessionless))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(basicEntryPoint(), api)
                    .accessDeniedHandler(WebSecurityConfiguration::denied))
        .build();
  }

  private static void rules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          auth) {
    auth.dispatcherTypeMatchers(DispatcherType.ERROR)
        .permitAll()
        .requestMatchers(PATH.matcher("/actuator/health"), PATH.matcher("/actuator/health/**"))
        .permitAll()
        .requestMatchers(PATH.matcher("/actuator/**"))
        .hasAnyRole(Role.ADMINISTRATOR.name(), Role.DEPUTY_DIRECTOR.name())
        .requestMatchers(
            PATH.matcher(HttpMethod.POST, "/api/corrections/*/approve"),
            PATH.matcher(HttpMethod.POST, "/api/corrections/*/reject"),
            PATH.matcher(HttpMethod.POST, "/reports/corrections/*/approve"),
            PATH.matcher(HttpMethod.POST, "/reports/corrections/*/reject"))
        .hasRole(Role.ADMINISTRATOR.name())
        .requestMatchers(PATH.matcher(HttpMethod.POST, "/api/corrections"))
        .hasAnyRole(Role.CLASS_TEACHER.name(), Role.TEACHER.name())
        .anyRequest()
        .authenticated();
  }

  private static boolean carriesBasicCredentials(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
  }

  private static boolean sessionless(HttpServletRequest request) {
    return request.getSession(false) == null
        && !PATH.matcher(HttpMethod.POST, "/login").matches(request);
  }

  private static BasicAuthenticationEntryPoint basicEntryPoint() {
    BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName(REALM);
    return entryPoint;
  }

  /** 403 with the Russian {@code {"errors": [...]}} body of the API. */
  private static void denied(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    String message =
        e instanceof CsrfException
            ? "Запрос отклонён: нет действительного CSRF-токена формы. Обновите страницу."
            : "Недостаточно прав: ваша роль не позволяет это действие.";
    response.setStatus(403);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"errors\":[\"" + message + "\"]}");
  }
}
