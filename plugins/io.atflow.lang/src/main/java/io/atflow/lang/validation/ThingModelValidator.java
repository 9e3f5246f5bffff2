package io.atflow.lang.validation;

import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.ThingModelDecl;
import io.atflow.lang.model.ThingModelFiles;

/**
 * {@code thingModel "model.json"}: the file must be a thing model; the script's Alink payloads are checked against
 * it ({@link ThingModelPayloads}). What Aliyun refuses is an error naming the code it answers with; a float
 * written without a decimal point, which Aliyun takes, is a warning.
 */
public class ThingModelValidator extends AtFlowCheckBase {

    @Check
    public void file(ThingModelDecl decl) {
        ThingModelFiles.Loaded loaded = ThingModelFiles.load(decl);
        if (loaded.problem() != null) {
            error(loaded.problem(), decl, Literals.THING_MODEL_DECL__PATH, IssueCodes.THING_MODEL);
        } else if (context.index(decl).thingModel() != decl) {
            warning("a script has one thing model; this one is ignored for the one declared first",
                    decl, Literals.THING_MODEL_DECL__PATH, IssueCodes.THING_MODEL);
        }
    }

    @Check
    public void payloads(Script script) {
        var model = context.thingModel(script);
        if (model == null) {
            return;
        }
        for (ThingModelPayloads.Located l : ThingModelPayloads.of(script, context.evaluator(script), model)) {
            if (l.violation() == null || l.violation().refused()) {
                errorIn(l.target(), l.feature(), l.rel(), l.length(), l.message(), l.code());
            } else {
                warningIn(l.target(), l.feature(), l.rel(), l.length(), l.message(), l.code());
            }
        }
    }
}
