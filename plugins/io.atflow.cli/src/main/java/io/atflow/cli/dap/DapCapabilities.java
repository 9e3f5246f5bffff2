package io.atflow.cli.dap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** What {@code atflow dap} answers to {@code initialize}. */
final class DapCapabilities {
    private DapCapabilities() {
    }

    static JsonObject all() {
        JsonObject c = new JsonObject();
        c.addProperty("supportsConfigurationDoneRequest", true);
        c.addProperty("supportsConditionalBreakpoints", true);
        c.addProperty("supportsHitConditionalBreakpoints", true);
        c.addProperty("supportsEvaluateForHovers", true);
        c.addProperty("supportsTerminateRequest", true);
        c.addProperty("supportsExceptionFilterOptions", true);
        JsonArray filters = new JsonArray();
        filters.add(filter("failure", "Suspend on failure",
                "an expect mismatch, a timeout, ERROR or +CME ERROR, a fail statement", false));
        JsonObject urc = filter("urc", "Suspend on URC",
                "a URC matching the condition arrives (every URC without one)", true);
        urc.addProperty("conditionDescription", "a URC pattern, e.g. +QMTSTAT: {client},{error}");
        filters.add(urc);
        c.add("exceptionBreakpointFilters", filters);
        return c;
    }

    private static JsonObject filter(String id, String label, String description, boolean condition) {
        JsonObject f = new JsonObject();
        f.addProperty("filter", id);
        f.addProperty("label", label);
        f.addProperty("description", description);
        f.addProperty("default", false);
        f.addProperty("supportsCondition", condition);
        return f;
    }
}
