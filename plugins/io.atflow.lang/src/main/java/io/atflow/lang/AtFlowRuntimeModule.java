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

    /** Headless default: environment, then .atflow-secrets files. The Eclipse layer binds secure storage. */
    public Class<? extends SecretResolver> bindSecretResolver() {
        return HeadlessSecretResolver.class;
    }
}
