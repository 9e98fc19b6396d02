package ru.netcity.gateway.routes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service's Spring context with its real routes, no web server, no AIS and an in-memory H2; the
 * start-up route off unless a test turns it on. Each context has its own Camel name, so its Quartz
 * scheduler (named after the context) is its own: another cached or closed context neither holds
 * nor shuts down its triggers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "camel.main.main-run-controller=false",
      "camel.main.name=route-test-${random.uuid}",
      "gateway.data-dir=./target/route-tests",
      "gateway.embedded-mock.enabled=false",
      "gateway.sync.on-start=false",
      "netcity.base-url=http://127.0.0.1:9",
      "netcity.login=route-test",
      "netcity.password=route-test",
      "netcity.school=1",
      "spring.datasource.url=jdbc:h2:mem:route-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@interface RouteTestContext {}
