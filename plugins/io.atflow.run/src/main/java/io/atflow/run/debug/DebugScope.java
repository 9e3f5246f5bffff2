package io.atflow.run.debug;

import java.util.List;

/**
 * A group of variables of a frame: {@code Variables} (the script's variables and captures), {@code Identities}
 * (devices and products; secrets masked, never revealed), {@code Module} (the last command and its response lines,
 * the URC backlog an await would see, the MQTT/HTTP state the script established).
 */
public record DebugScope(String name, List<DebugVariable> variables) {
    public DebugScope {
        variables = List.copyOf(variables);
    }
}
