package org.nkrtimeline.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where Chromium and chromedriver are installed (see {@link HeadlessChromium}).
 * Without them the class is skipped, with the reason, before any application context starts; in CI
 * (environment variable {@code CI} set) it fails instead, so a missing browser cannot go unnoticed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RequiresChromium.Condition.class)
@interface RequiresChromium {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = HeadlessChromium.missing();
            if (missing == null) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if (HeadlessChromium.onCi()) {
                throw new IllegalStateException(missing + " (CI is set, so this is an error, not a skip)");
            }
            return ConditionEvaluationResult.disabled(missing);
        }
    }
}
