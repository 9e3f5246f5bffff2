package io.atflow.run;

import io.atflow.aliyun.tsl.ThingModel;

/**
 * What a target started that plays the IoT platform (the simulator's platform emulator): a run gives it the thing
 * model its script declares ({@code thingModel "model.json"}) before the first step, so posts are answered as
 * Aliyun answers them for that product. Found through {@link OpenTarget#adapter}.
 */
public interface ThingModelTarget {
    void thingModel(ThingModel model);
}
