package io.atflow.lang;

import org.eclipse.xtext.conversion.IValueConverterService;

import io.atflow.lang.conversion.AtFlowValueConverters;
import io.atflow.lang.secrets.HeadlessSecretResolver;
import io.atflow.lang.secrets.SecretResolver;

/** Guice bindings of the ATFlow language runtime (without the Eclipse extension registry). */
public class AtFlowRuntimeModule extends AbstractAtFlowRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return AtFlowValueConverters.class;
    }

    public Class<? extends org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return io.atflow.lang.parser.AtFlowSyntaxErrorMessages.class;
    }

    public Class<? extends org.eclipse.xtext.validation.IDiagnosticConverter> bindIDiagnosticConverter() {
        return io.atflow.lang.validation.AtFlowDiagnosticConverter.class;
    }

    /** No cross-references in the grammar: no linking walk after each parse. */
    @Override
    public Class<? extends org.eclipse.xtext.linking.ILinker> bindILinker() {
        return io.atflow.lang.linking.ReferenceFreeLinker.class;
    }

    /** Re-validation after an edit checks again only what the edit can affect (the outcome of a full validation). */
    public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
        return io.atflow.lang.validation.incremental.IncrementalResourceValidator.class;
    }

    /** Headless default: environment, then .atflow-secrets files. The Eclipse layer binds secure storage. */
    public Class<? extends SecretResolver> bindSecretResolver() {
        return HeadlessSecretResolver.class;
    }
}
