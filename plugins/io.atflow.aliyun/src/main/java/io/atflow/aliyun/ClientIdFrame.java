package io.atflow.aliyun;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The MQTT client id Aliyun expects: {@code <clientId>|k1=v1,k2=v2|}. Parameters keep their order; the free-text
 * client id in front is at most 64 characters.
 */
public record ClientIdFrame(String clientId, Map<String, String> params) {

    public ClientIdFrame {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The framed form sent in CONNECT. */
    public String format() {
        StringBuilder b = new StringBuilder(clientId).append('|');
        String sep = "";
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ",";
        }
        return b.append('|').toString();
    }

    public String param(String name) {
        return params.get(name);
    }

    /** Parses a framed client id; any framing error is reported as one sentence. */
    public static ClientIdFrame parse(String framed) {
        if (framed == null || framed.isEmpty()) {
            throw new AliyunInputException("client id must not be empty");
        }
        int open = framed.indexOf('|');
        if (open < 0) {
            throw new AliyunInputException("client id \"" + framed + "\" lacks the |securemode=...| parameters");
        }
        if (!framed.endsWith("|") || open == framed.length() - 1) {
            throw new AliyunInputException("client id \"" + framed + "\" must end with '|' after its parameters");
        }
        String id = framed.substring(0, open);
        if (id.isEmpty()) {
            throw new AliyunInputException("client id \"" + framed + "\" has nothing before '|'");
        }
        if (id.length() > Values.MAX_CLIENT_ID) {
            throw new AliyunInputException("client id is " + id.length() + " characters; Aliyun allows at most "
                    + Values.MAX_CLIENT_ID);
        }
        String body = framed.substring(open + 1, framed.length() - 1);
        if (body.indexOf('|') >= 0) {
            throw new AliyunInputException("client id \"" + framed + "\" has more than two '|' separators");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new AliyunInputException("client id parameter \"" + pair + "\" is not of the form name=value");
            }
            String name = pair.substring(0, eq);
            if (params.put(name, pair.substring(eq + 1)) != null) {
                throw new AliyunInputException("client id parameter \"" + name + "\" is given twice");
            }
        }
        return new ClientIdFrame(id, params);
    }
}
