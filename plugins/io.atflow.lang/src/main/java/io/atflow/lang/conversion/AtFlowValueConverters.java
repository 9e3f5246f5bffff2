package io.atflow.lang.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

/** Terminal values: strings and text blocks tolerate what the validator reports (a missing closing quote). */
public class AtFlowValueConverters extends DefaultTerminalConverters {
    private final IValueConverter<String> string = new StringValueConverter();
    private final IValueConverter<String> textBlock = new TextBlockValueConverter();

    @Override
    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return string;
    }

    @ValueConverter(rule = "TEXT_BLOCK")
    public IValueConverter<String> TEXT_BLOCK() {
        return textBlock;
    }
}
