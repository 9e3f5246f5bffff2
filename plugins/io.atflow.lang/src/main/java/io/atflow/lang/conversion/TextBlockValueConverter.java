package io.atflow.lang.conversion;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * {@code """...""""}: the text between the delimiters. A line break right after the opening delimiter and the blank
 * line before the closing one are dropped and the common indentation removed, like Java text blocks; line breaks
 * inside are {@code \n}. No escapes: the payload is sent exactly as written.
 */
public class TextBlockValueConverter implements IValueConverter<String> {

    @Override
    public String toValue(String token, INode node) throws ValueConverterException {
        if (token == null) {
            return null;
        }
        String body = token.substring(3, token.endsWith("\"\"\"") && token.length() >= 6 ? token.length() - 3
                : token.length());
        List<String> lines = Arrays.asList(body.replace("\r\n", "\n").split("\n", -1));
        if (lines.size() == 1) {
            return body;
        }
        int first = lines.get(0).isBlank() ? 1 : 0;
        int last = lines.get(lines.size() - 1).isBlank() ? lines.size() - 1 : lines.size();
        List<String> kept = lines.subList(first, Math.max(first, last));
        int indent = kept.stream().filter(l -> !l.isBlank()).mapToInt(TextBlockValueConverter::indent).min().orElse(0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            String l = kept.get(i);
            b.append(i == 0 ? "" : "\n").append(l.length() >= indent ? l.substring(indent) : l.strip());
        }
        return b.toString();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    @Override
    public String toString(String value) {
        return "\"\"\"" + value + "\"\"\"";
    }
}
