package io.atflow.lang.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Step;

/**
 * Where {@code on} handlers stand. A handler takes effect when the run reaches it, so one written below steps does
 * not guard them: that is almost always a handler meant for the whole script, put at the end.
 */
public class HandlerValidator extends AtFlowCheckBase {
    @Check
    public void placement(Handler h) {
        if (!(h.eContainer() instanceof Script script)) {
            return;
        }
        int stepsAbove = 0;
        for (EObject e : script.getElements()) {
            if (e == h) {
                break;
            }
            if (e instanceof Step) {
                stepsAbove++;
            }
        }
        if (stepsAbove > 0) {
            String above = stepsAbove == 1 ? "the step above runs" : "the " + stepsAbove + " steps above run";
            warning("this handler is active only from here on: " + above
                    + " without it; move it above the first step to guard the whole script",
                    h, Literals.HANDLER__PATTERN, IssueCodes.HANDLER_AFTER_STEPS);
        }
    }
}
