package io.atflow.aliyun.tsl;

import java.util.List;

/**
 * An event or a service of a thing model: its {@code identifier}, the {@code method} the console exports for it
 * ({@code thing.event.alarm.post}, {@code thing.service.reboot}), its {@code inputData} (services) and
 * {@code outputData} (event parameters; a service reply's {@code data}).
 */
public record TslFunction(String identifier, String method, List<TslParam> inputData, List<TslParam> outputData) {

    public TslParam output(String identifier) {
        return outputData.stream().filter(p -> p.identifier().equals(identifier)).findFirst().orElse(null);
    }
}
