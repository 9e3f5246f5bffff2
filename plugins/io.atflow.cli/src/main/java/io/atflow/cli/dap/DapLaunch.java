package io.atflow.cli.dap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.atflow.cli.CliException;
import io.atflow.cli.run.RunOptions;

/**
 * The {@code launch} request's arguments: {@code program} (the script), {@code port} (as {@code --port}; default
 * {@code sim}), {@code vars} (an object, as {@code --var name=value}), {@code stopOnEntry}, {@code noDebug}. They are
 * turned into {@code atflow run}'s command line and parsed by {@link RunOptions}, so both commands accept and refuse
 * the same; a refusal names the launch argument.
 */
record DapLaunch(RunOptions options, boolean stopOnEntry, boolean noDebug) {

    static DapLaunch parse(JsonObject args) throws DapError {
        String program = string(args, "program");
        if (program == null || program.isBlank()) {
            throw new DapError("launch needs \"program\": the path of the .atflow script to debug");
        }
        List<String> line = new ArrayList<>(List.of(program));
        String port = string(args, "port");
        if (port != null) {
            line.add("--port");
            line.add(port);
        }
        JsonElement vars = args.get("vars");
        if (vars != null && !vars.isJsonNull()) {
            if (!vars.isJsonObject()) {
                throw new DapError("\"vars\" is not an object of script variables, e.g. {\"apn\": \"cmnet\"}");
            }
            for (Map.Entry<String, JsonElement> v : vars.getAsJsonObject().entrySet()) {
                if (!v.getValue().isJsonPrimitive()) {
                    throw new DapError("\"vars\": the value of " + v.getKey() + " is not a string or a number");
                }
                line.add("--var");
                line.add(v.getKey() + "=" + v.getValue().getAsString());
            }
        }
        try {
            return new DapLaunch(RunOptions.parse(line), flag(args, "stopOnEntry"), flag(args, "noDebug"));
        } catch (CliException e) {
            throw new DapError(argumentNamed(e.getMessage()));
        }
    }

    /** {@code atflow run}'s sentence with the launch argument's name for the option's. */
    private static String argumentNamed(String message) {
        if (message.contains("--port")) {
            return message.replace("(--port)", "(launch argument \"port\")").replace("--port", "\"port\"");
        }
        if (message.contains("--var")) {
            return "\"vars\": " + message.replace("--var ", "");
        }
        return "\"program\": " + message;
    }

    private static String string(JsonObject args, String name) throws DapError {
        JsonElement e = args.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new DapError("\"" + name + "\" is not a string");
        }
        return e.getAsString();
    }

    private static boolean flag(JsonObject args, String name) throws DapError {
        JsonElement e = args.get(name);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new DapError("\"" + name + "\" is not true or false");
        }
        return e.getAsBoolean();
    }
}
