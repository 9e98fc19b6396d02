package ru.netcity.gateway.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import ru.netcity.gateway.support.RequiredServices;

/**
 * Skips the browser tests, with the reason in the test report, when Chromium or its driver is
 * missing, before the gateway is started for nothing. When services are required ({@code
 * it.require-services=true}, CI) the tests run and fail in {@link Browser#requireInstalled()}.
 */
final class ChromiumInstalled implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Browser.missing().isEmpty() || RequiredServices.required()) {
      return ConditionEvaluationResult.enabled("Chromium and chromium-driver are installed");
    }
    return ConditionEvaluationResult.disabled(
        Browser.missing().get()
            + "; skipped (apt-get install chromium chromium-driver, or set -D"
            + RequiredServices.REQUIRE_PROPERTY
            + "=true to fail instead)");
  }
}
