package io.atflow.run;

import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.ThingModelDecl;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.model.ThingModelFiles;

/** Gives a {@link ThingModelTarget} the thing model the script declares, if both exist. */
final class ThingModels {
    private ThingModels() {
    }

    static void give(Script script, ModuleSession module) {
        ThingModelDecl decl = ScriptIndex.build(script).thingModel();
        if (decl == null) {
            return;
        }
        var model = ThingModelFiles.load(decl).model();
        if (model != null && model.productKey() != null) {
            module.adapter(ThingModelTarget.class).ifPresent(t -> t.thingModel(model));
        }
    }
}
