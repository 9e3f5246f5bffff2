package io.atflow.ui.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryRegistryImpl;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.atflow.lang.AtFlowRuntimeModule;
import io.atflow.lang.ide.AtFlowIdeModule;
import io.atflow.lang.ide.AtFlowIdeSetup;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.SourceGuard;
import io.atflow.lang.secrets.SecretResolver;

/**
 * The ATFlow language inside the workbench: the Xtext runtime and generic IDE services in one injector whose
 * {@link SecretResolver} is the workbench's (secure storage). Parses document texts into {@link ScriptSnapshot}s and
 * validates them; every resource gets its own resource set, so snapshots never share state.
 */
public final class ScriptLanguage {
    public static final String EXTENSION = "atflow";
    private final Injector injector;

    public ScriptLanguage(SecretResolver secrets) {
        this.injector = new AtFlowIdeSetup() {
            @Override
            public Injector createInjector() {
                return Guice.createInjector(Modules.override(Modules2.mixin(new AtFlowRuntimeModule(),
                        new AtFlowIdeModule())).with(b -> b.bind(SecretResolver.class).toInstance(secrets)));
            }
        }.createInjectorAndDoEMFRegistration();
    }

    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    /** Parses {@code text} (the content of the script at {@code uri}, which decides how includes resolve). */
    public ScriptSnapshot parse(URI uri, String text, long stamp) {
        SourceGuard.Checked checked = SourceGuard.check(uri.lastSegment(), text.getBytes(StandardCharsets.UTF_8));
        if (checked.problem() != null) {
            Diagnostic d = checked.problem();
            return new ScriptSnapshot(uri, text, stamp, null, new Problem(d.severity(), d.message(), d.code(),
                    0, Math.min(1, text.length()), d.line(), List.of()));
        }
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        ResourceFactoryRegistryImpl factories = new ResourceFactoryRegistryImpl();
        factories.getExtensionToFactoryMap().put(EXTENSION, injector.getInstance(IResourceFactory.class));
        set.setResourceFactoryRegistry(factories);
        XtextResource resource = (XtextResource) set.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            return new ScriptSnapshot(uri, text, stamp, null, new Problem(Diagnostic.Severity.ERROR,
                    "cannot parse the script: " + e.getMessage(), io.atflow.lang.validation.IssueCodes.SYNTAX, 0, 0, 1,
                    List.of()));
        }
        return new ScriptSnapshot(uri, text, stamp, resource, null);
    }

    /** Every problem of a snapshot (syntax, names, catalog, Aliyun rules), or null when {@code cancel} fired. */
    public List<Problem> validate(ScriptSnapshot snapshot, CancelIndicator cancel) {
        if (snapshot.resource() == null) {
            return snapshot.refused() == null ? List.of() : List.of(snapshot.refused());
        }
        List<Issue> issues;
        try {
            issues = get(IResourceValidator.class).validate(snapshot.resource(), CheckMode.ALL, cancel);
        } catch (RuntimeException e) {
            if (get(OperationCanceledManager.class).isOperationCanceledException(e)) {
                return null;
            }
            throw e;
        }
        if (cancel.isCanceled()) {
            return null;
        }
        List<Problem> out = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            out.add(Problem.of(i, snapshot.text()));
        }
        return out;
    }
}
