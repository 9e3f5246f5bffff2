package io.atflow.lang.validation;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import io.atflow.aliyun.tsl.AlinkTopic;
import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.aliyun.tsl.TslCheck;
import io.atflow.aliyun.tsl.TslViolation;
import io.atflow.aliyun.tsl.TslViolation.Problem;
import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Prompt;
import io.atflow.lang.atFlow.Ref;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.atFlow.TextBlock;
import io.atflow.lang.catalog.DidYouMean;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.CommandForm;
import io.atflow.lang.model.StaticEvaluator;

/**
 * The payloads a script publishes on Alink topics ({@code AT+QMTPUB}/{@code AT+QMTPUBEX} on a property post, an
 * event post or a service reply, with {@code prompt} and a JSON literal or a {@code payload} declaration) checked
 * against the thing model, each violation placed on the key or value it is about. The validator reports them; the
 * quick fixes look up the one at a diagnostic's place for its {@link TslViolation#suggestion()}. Payloads with
 * {@code ${...}} placeholders are not checked (their JSON is known only when the script runs).
 */
public final class ThingModelPayloads {
    /** A violation placed in a token: {@code rel}/{@code length} within the text of {@code feature} of {@code target}. */
    public record Located(EObject target, EStructuralFeature feature, int rel, int length, TslViolation violation,
            String code, String message) {
        /** The document offset of the place. */
        public int offset() {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(target, feature);
            return nodes.isEmpty() ? -1 : nodes.get(0).getOffset() + rel;
        }
    }

    private ThingModelPayloads() {
    }

    /** Every located violation of the script's own publishes, each place once. */
    public static List<Located> of(Script script, StaticEvaluator eval, ThingModel model) {
        Map<String, Located> out = new LinkedHashMap<>();
        TslCheck check = new TslCheck(model, DidYouMean::suggest);
        for (var it = script.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Send send) {
                for (Located l : send(send, eval, check)) {
                    out.putIfAbsent(System.identityHashCode(l.target()) + ":" + l.rel() + ":" + l.code(), l);
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static List<Located> send(Send send, StaticEvaluator eval, TslCheck check) {
        if (send.getCommand() == null || !(send.getData() instanceof Prompt prompt) || prompt.getValue() == null) {
            return List.of();
        }
        AtCommandText cmd = AtCommandText.parse(send.getCommand());
        if (cmd.form() != CommandForm.WRITE || !(cmd.name().equals("AT+QMTPUB") || cmd.name().equals("AT+QMTPUBEX"))) {
            return List.of();
        }
        AtArgument topicArg = cmd.arg(4);
        Optional<AlinkTopic> topic = topicArg == null || !topicArg.quoted() ? Optional.empty()
                : eval.render(topicArg.template()).flatMap(AlinkTopic::of);
        EObject literal = literal(prompt.getValue(), eval);
        if (topic.isEmpty() || literal == null || literal.eResource() != send.eResource()) {
            return List.of();
        }
        EStructuralFeature feature = literal instanceof TextBlock ? Literals.TEXT_BLOCK__VALUE
                : Literals.STRING_LITERAL__VALUE;
        List<INode> nodes = NodeModelUtils.findNodesForFeature(literal, feature);
        if (nodes.isEmpty()) {
            return List.of();
        }
        PayloadText text = PayloadText.of(NodeModelUtils.getTokenText(nodes.get(0)), literal instanceof TextBlock);
        if (text.json().contains("${")) {
            return List.of();
        }
        JsonObject body = parse(text.json());
        List<Located> out = new ArrayList<>();
        if (body == null) {
            out.add(new Located(literal, feature, 0, text.tokenLength(), null, IssueCodes.TSL_NOT_JSON,
                    "this payload is not one strict JSON object; Aliyun answers it with code 460 (request parameter"
                            + " error)"));
            return out;
        }
        for (TslViolation v : check.check(topic.get(), body)) {
            String message = v.message() + (v.refused() ? "; Aliyun answers code " + v.code() : "");
            String code = IssueCodes.tsl(v.problem());
            if (v.path().isEmpty()) {
                out.add(new Located(send, Literals.SEND__COMMAND, topicArg.offset(), topicArg.raw().length(), v, code,
                        message));
                continue;
            }
            boolean onKey = v.problem() == Problem.UNKNOWN_IDENTIFIER || v.problem() == Problem.NOT_IN_STRUCT
                    || v.problem() == Problem.TOO_MANY;
            JsonSpans.Span span = onKey ? JsonSpans.key(text.json(), v.path()) : JsonSpans.value(text.json(), v.path());
            if (span == null) {
                out.add(new Located(literal, feature, 0, text.tokenLength(), v, code, message));
            } else {
                int start = text.tokenOffset(span.offset());
                int end = text.tokenOffset(span.offset() + span.length());
                out.add(new Located(literal, feature, start, end - start, v, code, message));
            }
        }
        return out;
    }

    /** The JSON literal a prompt sends: written in place, or the value of the payload declaration it names. */
    private static EObject literal(Expression value, StaticEvaluator eval) {
        if (value instanceof TextBlock || value instanceof StringLiteral) {
            return value;
        }
        if (value instanceof Ref ref) {
            PayloadDecl decl = eval.index().payloads().get(ref.getName());
            if (decl != null && (decl.getValue() instanceof TextBlock || decl.getValue() instanceof StringLiteral)) {
                return decl.getValue();
            }
        }
        return null;
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            return reader.peek() == JsonToken.END_DOCUMENT && element.isJsonObject() ? element.getAsJsonObject()
                    : null;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * The JSON of a literal's token and where each of its characters is in the token: a text block's content as
     * written; a string's content with its escapes ({@code \"}, {@code \\}) resolved.
     */
    record PayloadText(String json, int[] positions, int tokenLength) {
        static PayloadText of(String token, boolean textBlock) {
            if (textBlock) {
                int end = token.endsWith("\"\"\"") && token.length() >= 6 ? token.length() - 3 : token.length();
                String json = token.substring(3, end);
                int[] pos = new int[json.length() + 1];
                for (int i = 0; i <= json.length(); i++) {
                    pos[i] = i + 3;
                }
                return new PayloadText(json, pos, token.length());
            }
            StringBuilder json = new StringBuilder();
            List<Integer> pos = new ArrayList<>();
            int end = token.length() > 1 && token.endsWith("\"") ? token.length() - 1 : token.length();
            for (int i = 1; i < end; i++) {
                pos.add(i);
                char c = token.charAt(i);
                if (c == '\\' && i + 1 < end) {
                    char n = token.charAt(++i);
                    json.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> n;
                    });
                } else {
                    json.append(c);
                }
            }
            pos.add(end);
            return new PayloadText(json.toString(), pos.stream().mapToInt(Integer::intValue).toArray(),
                    token.length());
        }

        int tokenOffset(int jsonOffset) {
            return positions[Math.min(jsonOffset, positions.length - 1)];
        }
    }
}
