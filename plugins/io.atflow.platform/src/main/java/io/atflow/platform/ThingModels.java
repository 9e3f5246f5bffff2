package io.atflow.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.aliyun.tsl.TslParser;

/**
 * The thing models the platform checks posts against, one per product ({@code profile.productKey} of the model).
 * A product without a model is answered as before (any well-formed post succeeds); a product with one is checked
 * the way Aliyun's strict verification does. Models can be given while the platform runs.
 */
public final class ThingModels {
    private final Map<String, ThingModel> byProduct = new ConcurrentHashMap<>();

    /** Gives {@code model} to its product, replacing an earlier one. */
    public void put(ThingModel model) {
        if (model.productKey() == null || model.productKey().isBlank()) {
            throw new PlatformException("the thing model names no product: it needs \"profile\": {\"productKey\": ...}");
        }
        byProduct.put(model.productKey(), model);
    }

    /** Reads a model file exported from the console and gives it to its product. */
    public ThingModel load(Path file) {
        try {
            ThingModel model = TslParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            put(model);
            return model;
        } catch (IOException e) {
            throw new PlatformException("cannot read the thing model " + file + ": " + e.getMessage(), e);
        } catch (AliyunInputException e) {
            throw new PlatformException(e.getMessage(), e);
        }
    }

    public Optional<ThingModel> of(String productKey) {
        return Optional.ofNullable(byProduct.get(productKey));
    }
}
