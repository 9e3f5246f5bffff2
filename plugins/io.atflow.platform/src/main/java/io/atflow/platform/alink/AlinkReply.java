package io.atflow.platform.alink;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import io.atflow.aliyun.tsl.TslCodes;
import io.atflow.aliyun.tsl.TslViolation;

/**
 * The platform's answer to an Alink request such as {@code thing.event.property.post}, in the shape of the
 * application note (section 4.1.3):
 * {@code {"code":200,"data":{},"id":"<id>","message":"success","method":"thing.event.property.post","version":"1.0"}}.
 * A request that is not strict JSON, not an object, or lacks {@code id} or an object {@code params} gets
 * {@link #PARAMETER_ERROR} "request parameter error" (Aliyun's Alink code for a malformed request) instead of silence.
 * With a thing model, the first violation Aliyun refuses ({@link TslViolation#refused()}) gives its code and message
 * ({@link TslCodes#replyMessage}: Aliyun's words where they are known, e.g. 6332 "tsl parse failed").
 */
public final class AlinkReply {
    public static final int SUCCESS = TslCodes.SUCCESS;
    public static final int PARAMETER_ERROR = TslCodes.REQUEST_PARAMETER_ERROR;
    public static final String PROPERTY_POST = "thing.event.property.post";

    private AlinkReply() {
    }

    /** The reply JSON to {@code request} for {@code method}, without a thing model. */
    public static String to(String method, String request) {
        return to(method, request, body -> List.of());
    }

    /** The reply JSON to {@code request} for {@code method}; {@code check} gives the thing model's violations. */
    public static String to(String method, String request, Function<JsonObject, List<TslViolation>> check) {
        return answer(method, request, check).json();
    }

    /**
     * The reply to a request and the thing-model violation it was refused for (null when it was not: success, or
     * a malformed request answered 460 before any check).
     */
    public record Answer(String json, TslViolation refused) {
    }

    /** The reply to {@code request} for {@code method}; {@code check} gives the thing model's violations. */
    public static Answer answer(String method, String request, Function<JsonObject, List<TslViolation>> check) {
        JsonObject body = parse(request);
        String id = body == null ? null : id(body);
        boolean wellFormed = id != null && body.get("params") != null && body.get("params").isJsonObject();
        TslViolation refused = !wellFormed ? null
                : check.apply(body).stream().filter(TslViolation::refused).findFirst().orElse(null);
        JsonObject reply = new JsonObject();
        reply.addProperty("code", !wellFormed ? PARAMETER_ERROR : refused == null ? SUCCESS : refused.code());
        reply.add("data", new JsonObject());
        reply.addProperty("id", id == null ? "" : id);
        reply.addProperty("message", !wellFormed ? "request parameter error"
                : refused == null ? "success" : TslCodes.replyMessage(refused));
        reply.addProperty("method", method);
        reply.addProperty("version", "1.0");
        return new Answer(reply.toString(), refused);
    }

    private static String id(JsonObject body) {
        JsonElement id = body.get("id");
        if (id == null || !id.isJsonPrimitive() || id.getAsJsonPrimitive().isBoolean()) {
            return null;
        }
        return id.getAsString();
    }

    /** Strict parse of one JSON object and nothing after it; null when malformed or not an object. */
    static JsonObject parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject()) {
                return null;
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return null;
        }
    }
}
