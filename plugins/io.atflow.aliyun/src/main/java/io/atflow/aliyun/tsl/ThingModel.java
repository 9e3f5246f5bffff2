package io.atflow.aliyun.tsl;

import java.util.Map;
import java.util.Optional;

/**
 * A thing model (物模型, TSL) as the Aliyun console exports it ("物模型 TSL" → export, a JSON file with
 * {@code schema}, {@code profile.productKey}, {@code properties}, {@code events} and {@code services}). Read with
 * {@link TslParser}; checked against with {@link TslCheck}. Maps keep the file's order.
 */
public record ThingModel(String productKey, Map<String, TslParam> properties, Map<String, TslFunction> events,
        Map<String, TslFunction> services) {

    public Optional<TslParam> property(String identifier) {
        return Optional.ofNullable(properties.get(identifier));
    }

    public Optional<TslFunction> event(String identifier) {
        return Optional.ofNullable(events.get(identifier));
    }

    public Optional<TslFunction> service(String identifier) {
        return Optional.ofNullable(services.get(identifier));
    }
}
