package io.atflow.lang.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * {@code "text"} with the escapes {@code \" \\ \n \r \t}; any other escaped character stands for itself. A missing
 * closing quote is accepted here and reported by the validator.
 */
public class StringValueConverter implements IValueConverter<String> {

    @Override
    public String toValue(String token, INode node) throws ValueConverterException {
        if (token == null) {
            return null;
        }
        int end = token.length() >= 2 && token.endsWith("\"") && !escapedAt(token, token.length() - 1)
                ? token.length() - 1 : token.length();
        return unescape(token.substring(1, Math.max(1, end)));
    }

    static boolean escapedAt(String token, int index) {
        int backslashes = 0;
        for (int i = index - 1; i > 0 && token.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString(String value) {
        return quote(value);
    }

    /** {@code value} as a double-quoted script string, with the escapes the language reads back. */
    public static String quote(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
