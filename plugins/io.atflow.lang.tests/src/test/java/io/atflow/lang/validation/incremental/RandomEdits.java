package io.atflow.lang.validation.incremental;

import java.util.List;
import java.util.Random;

/** Random edits of a script's text: deletions, insertions of snippets that declare, rename, break and repair. */
final class RandomEdits {
    /** Snippets chosen to change what the checks read: declarations, captures, log-ins, handlers, syntax. */
    static final List<String> SNIPPETS = List.of("\n", " ", "{", "}", "\"", "x", "0", ",", "=", "AT+QMTOPN",
            "var host = \"broker.example\"\n", "var qx = \"1\"\n", "set host = \"a\"\n",
            "on +QMTSTAT: 0,{err} fail \"lost ${err}\"\n", "step \"added\" { send AT+QMTOPEN=0,\"h\",1883 }\n",
            "await +QMTOPEN: 0,{qr} within 5s\n", "await +QMTCONN: 0,0,0\n", "send AT+CSQ expect +CSQ: {qq},{ber}\n",
            "send AT+QMTCONN=0,\"c1\",\"device001&i2uqc2dloOl\",\"pw\"\n",
            "send AT+QMTCFG=\"aliauth\",0,\"pk1\",\"dn1\",\"${secret(\\\"pk1/dn1\\\")}\"\n",
            "device other { productKey \"pk1\" deviceName \"dn1\" }\n", "payload p2 = \"{}\"\n", "profile bg95\n",
            "timeout 5\n", "include \"missing.atflow\"\n", "send AT+QMTSUB=0,1,\"/sys/pk1/dn1/thing/x\",0\n",
            "log \"${meter.deviceName}\"\n", "send AT+QMTPUB=0,0,0,0,\"/a/b\"\n", "// comment\n", "receive qb\n",
            // names declared in one element and used in another: the checks of the user depend on the declarer
            "log \"${qq} ${qr} ${qx}\"\n", "if qr != \"0\" fail \"no ${qb}\"\n", "log \"${other.deviceName}\"\n",
            "set qq = \"1\"\n", "step \"x\" { send AT }\n", "send AT+QMTOPEN=0,\"${host}\",1883\n",
            "on +QMTRECV: 0,{qi},\"{topic}\",\"{qr}\" log \"${qi}\"\n", "var qq = \"7\"\n");

    /** One edit: replace {@code length} characters at {@code offset} with {@code text}. */
    record Edit(int offset, int length, String text) {
        String apply(String s) {
            return s.substring(0, offset) + text + s.substring(offset + length);
        }
    }

    private RandomEdits() {
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    /** The start of the first line at or after {@code offset} that is not indented (a top-level element), or the end. */
    private static int topLevelLine(String text, int offset) {
        int at = lineStart(text, offset);
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '}')) {
            int end = text.indexOf('\n', at);
            at = end < 0 ? text.length() : end + 1;
        }
        return at;
    }

    static Edit next(Random random, String text) {
        int offset = random.nextInt(text.length() + 1);
        int kind = random.nextInt(10);
        if (kind == 0) {
            // a whole line: a declaration, a statement or the head or end of a step
            int start = lineStart(text, offset);
            int end = text.indexOf('\n', start);
            return new Edit(start, (end < 0 ? text.length() : end + 1) - start, "");
        }
        if (kind < 3) {
            int length = Math.min(text.length() - offset, 1 + random.nextInt(kind == 1 ? 40 : 4));
            return new Edit(offset, length, "");
        }
        if (kind < 5) {
            // copy a line of the script to the start of another line
            int from = random.nextInt(text.length() + 1);
            int start = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end) + "\n";
            int at = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
            return new Edit(at, 0, line);
        }
        String snippet = SNIPPETS.get(random.nextInt(SNIPPETS.size()));
        if (snippet.endsWith("\n") && snippet.length() > 1) {
            // statements go at a line start; half of them between top-level elements
            offset = random.nextBoolean() ? lineStart(text, offset) : topLevelLine(text, offset);
        }
        int replaced = random.nextInt(3) == 0 ? Math.min(text.length() - offset, random.nextInt(6)) : 0;
        return new Edit(offset, replaced, snippet);
    }
}
