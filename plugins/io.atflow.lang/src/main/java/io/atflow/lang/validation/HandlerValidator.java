package io.atflow.lang.validation;

import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.model.StatementOrder;

/**
 * Where {@code on} handlers stand. A handler takes effect when the run reaches it, so one written below steps does
 * not guard them: that is almost always a handler meant for the whole script, put at the end.
 */
public class HandlerValidator extends AtFlowCheckBase {
    @Check
    public void placement(Handler h) {
        int stepsAbove = StatementOrder.stepsAbove(h).size();
        if (stepsAbove > 0) {
            String above = stepsAbove == 1 ? "the step above runs" : "the " + stepsAbove + " steps above run";
            warning("this handler is active only from here on: " + above
                    + " without it; move it above the first step to guard the whole script",
                    h, Literals.HANDLER__PATTERN, IssueCodes.HANDLER_AFTER_STEPS);
        }
    }
}
