package io.atflow.platform.registry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.Values;

/**
 * Reads the registry's line format:
 * <pre>
 * # comment
 * product &lt;ProductKey&gt; secret=&lt;ProductSecret&gt; [dynamic-registration=yes|no] [registration-free=yes|no]
 * device  &lt;ProductKey&gt;/&lt;DeviceName&gt; [secret=&lt;DeviceSecret&gt;] [activated=yes|no] [enabled=yes|no]
 *         [client-id=&lt;issued client id&gt; token=&lt;issued DeviceToken&gt;]
 * </pre>
 * Every error is one sentence starting with {@code name:line:}.
 */
final class RegistryParser {
    private static final Set<String> PRODUCT_ATTRIBUTES = Set.of("secret", "dynamic-registration",
            "registration-free");
    private static final Set<String> DEVICE_ATTRIBUTES = Set.of("secret", "activated", "enabled", "client-id",
            "token");

    private final String name;
    private final RegistryDocument doc = new RegistryDocument();
    private final Map<String, Integer> lineOf = new HashMap<>();
    private int line;
    private String current;

    private RegistryParser(String name) {
        this.name = name;
    }

    static RegistryDocument parse(String name, List<String> lines) {
        RegistryParser p = new RegistryParser(name);
        for (String text : lines) {
            p.line++;
            p.parseLine(text);
        }
        p.checkProductsOfDevices();
        return p.doc;
    }

    private void parseLine(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            doc.lines.add(new RegistryDocument.Text(text));
            return;
        }
        current = text;
        String[] words = trimmed.split("\\s+");
        switch (words[0]) {
            case "product" -> product(words);
            case "device" -> device(words);
            default -> throw error("unknown entry \"" + words[0] + "\"; a line starts with product, device or #");
        }
    }

    private void product(String[] words) {
        String pk = subject(words, "product", "a ProductKey");
        try {
            Values.productKey(pk);
            if (pk.indexOf('/') >= 0) {
                throw error("product key \"" + pk + "\" must not contain '/'");
            }
        } catch (AliyunInputException e) {
            throw error(e.getMessage());
        }
        Map<String, String> a = attributes(words, "product", PRODUCT_ATTRIBUTES);
        String secret = a.get("secret");
        if (secret == null || secret.isEmpty()) {
            throw error("product " + pk + " needs secret=<ProductSecret>");
        }
        unique("product " + pk);
        doc.products.put(pk, new Product(pk, secret, flag(a, "dynamic-registration", false),
                flag(a, "registration-free", false)));
        doc.lines.add(new RegistryDocument.ProductLine(pk, current));
    }

    private void device(String[] words) {
        String key = subject(words, "device", "ProductKey/DeviceName");
        int slash = key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1) {
            throw error("device \"" + key + "\" must be written ProductKey/DeviceName");
        }
        String pk = key.substring(0, slash);
        String dn = key.substring(slash + 1);
        try {
            Values.deviceName(dn);
        } catch (AliyunInputException e) {
            throw error(e.getMessage());
        }
        Map<String, String> a = attributes(words, "device", DEVICE_ATTRIBUTES);
        if (a.containsKey("client-id") != a.containsKey("token")) {
            throw error("device " + key + " needs both client-id= and token= (the latest regnwl result) or neither");
        }
        unique("device " + key);
        String secret = a.get("secret");
        doc.read(new Device(pk, dn, secret == null || secret.isEmpty() ? null : secret, flag(a, "activated", false),
                flag(a, "enabled", true), a.get("client-id"), a.get("token")), current);
    }

    private String subject(String[] words, String entry, String what) {
        if (words.length < 2 || words[1].contains("=")) {
            throw error(entry + " needs " + what + " after the word " + entry);
        }
        return words[1];
    }

    private Map<String, String> attributes(String[] words, String entry, Set<String> allowed) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 2; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0) {
                throw error("\"" + words[i] + "\" is not of the form name=value");
            }
            String key = words[i].substring(0, eq);
            if (!allowed.contains(key)) {
                throw error("unknown " + entry + " attribute \"" + key + "\"; use " + String.join(", ",
                        allowed.stream().sorted().toList()));
            }
            if (a.put(key, words[i].substring(eq + 1)) != null) {
                throw error("attribute \"" + key + "\" is given twice");
            }
        }
        return a;
    }

    private boolean flag(Map<String, String> a, String key, boolean fallback) {
        String v = a.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw error(key + " must be yes or no, not \"" + v + "\"");
        };
    }

    private void unique(String what) {
        Integer first = lineOf.putIfAbsent(what, line);
        if (first != null) {
            throw error(what + " is already defined at line " + first);
        }
    }

    private void checkProductsOfDevices() {
        for (Device d : doc.devices.values()) {
            if (!doc.products.containsKey(d.productKey())) {
                line = lineOf.get("device " + d.key());
                throw error("device " + d.key() + " belongs to product " + d.productKey()
                        + ", which the registry does not define");
            }
        }
    }

    private RegistryException error(String message) {
        return new RegistryException(name + ":" + line + ": " + message);
    }
}
