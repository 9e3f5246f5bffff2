package io.atflow.lang.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.atflow.lang.atFlow.Script;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.model.StaticEvaluator;
import io.atflow.lang.secrets.SecretResolver;

/** Per-resource facts the checks share, computed once per resource state (cleared on every change). */
@Singleton
public class ValidationContext {
    @Inject
    private IResourceScopeCache cache;
    @Inject
    private SecretResolver secrets;

    public AtCatalog catalog() {
        return AtCatalog.standard();
    }

    public ScriptIndex index(EObject o) {
        Script script = script(o);
        if (script == null || script.eResource() == null) {
            return ScriptIndex.build(script);
        }
        return cache.get(ScriptIndex.class, script.eResource(), () -> ScriptIndex.build(script));
    }

    public StaticEvaluator evaluator(EObject o) {
        Script script = script(o);
        if (script == null || script.eResource() == null) {
            return new StaticEvaluator(ScriptIndex.build(script), secrets, null);
        }
        return cache.get(StaticEvaluator.class, script.eResource(),
                () -> new StaticEvaluator(index(script), secrets, StaticEvaluator.scriptDir(script)));
    }

    /** The profile id in force: the script's {@code profile} declaration, or the catalog's default. */
    public String profile(EObject o) {
        String declared = index(o).profile();
        return declared != null && catalog().profile(declared).isPresent() ? declared.toLowerCase(java.util.Locale.ROOT)
                : catalog().defaultProfile().id();
    }

    /** {@code pk/dn} of every identity the script connects as (AT+QMTCONN user names, aliauth triples). */
    public java.util.Set<String> connectedIdentities(EObject o) {
        Script script = script(o);
        if (script == null || script.eResource() == null) {
            return java.util.Set.of();
        }
        return cache.get("atflow.connectedIdentities", script.eResource(),
                () -> ConnectedIdentities.of(script, evaluator(script)));
    }

    /**
     * The thing model the script declares ({@code thingModel "model.json"}, its own or an include's), read once per
     * resource state; null when there is none or it cannot be read (the declaration reports why).
     */
    public io.atflow.aliyun.tsl.ThingModel thingModel(EObject o) {
        Script script = script(o);
        if (script == null) {
            return null;
        }
        io.atflow.lang.atFlow.ThingModelDecl decl = index(script).thingModel();
        if (decl == null) {
            return null;
        }
        if (script.eResource() == null) {
            return io.atflow.lang.model.ThingModelFiles.load(decl).model();
        }
        return cache.get("atflow.thingModel", script.eResource(),
                () -> io.atflow.lang.model.ThingModelFiles.load(decl).model());
    }

    private static Script script(EObject o) {
        EObject root = o == null ? null : EcoreUtil.getRootContainer(o);
        return root instanceof Script s ? s : null;
    }
}
