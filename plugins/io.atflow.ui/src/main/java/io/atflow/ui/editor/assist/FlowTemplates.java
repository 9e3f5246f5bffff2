package io.atflow.ui.editor.assist;

import java.util.List;

import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;

import io.atflow.lang.ide.examples.FlowExample;
import io.atflow.lang.ide.examples.FlowExamples;

/**
 * Templates of the application note's flows, made from the project's example scripts ({@link FlowExamples}, the same
 * texts as the new-script wizard's starting points): each example as one self-contained script, its includes inlined.
 */
public final class FlowTemplates {
    public static final String CONTEXT_TYPE = "io.atflow.ui.templates.script";
    private static List<Template> templates;

    private FlowTemplates() {
    }

    public static TemplateContextType contextType() {
        TemplateContextType type = new TemplateContextType(CONTEXT_TYPE, "ATFlow script");
        type.addResolver(new GlobalTemplateVariables.Cursor());
        type.addResolver(new GlobalTemplateVariables.Dollar());
        return type;
    }

    public static synchronized List<Template> templates() {
        if (templates == null) {
            templates = FlowExamples.all().stream().map(FlowTemplates::template).toList();
        }
        return templates;
    }

    static Template template(FlowExample e) {
        return new Template(e.name(), e.flow(), CONTEXT_TYPE, pattern(FlowExamples.inlined(e)), false);
    }

    /** The script as a template pattern: its own {@code $} escaped, the caret at the end. */
    static String pattern(String script) {
        return script.stripTrailing().replace("$", "$$") + "\n${cursor}";
    }
}
