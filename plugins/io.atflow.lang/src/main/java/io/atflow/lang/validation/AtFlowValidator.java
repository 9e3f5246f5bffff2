package io.atflow.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The ATFlow validator: one composed check class per concern. Issue codes are in {@link IssueCodes}.
 */
@ComposedChecks(validators = { NameValidator.class, CommandValidator.class, ResponseValidator.class,
        AliyunValidator.class, SecretValidator.class, TopicValidator.class, HandlerValidator.class,
        DurationValidator.class, TlsValidator.class, ThingModelValidator.class })
public class AtFlowValidator extends AbstractAtFlowValidator {
}
