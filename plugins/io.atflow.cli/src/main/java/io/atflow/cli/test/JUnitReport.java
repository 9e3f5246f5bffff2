package io.atflow.cli.test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.atflow.run.Verdict;

/**
 * JUnit XML as Jenkins (junit and xunit plugins), GitLab and the GitHub test-report actions read it, in the shape
 * Maven Surefire writes: {@code testsuites} with one {@code testsuite} per script and module (the module's facts as
 * {@code properties}, the masked transcript as {@code system-out}) and one {@code testcase} per step with its time.
 * A failed step has a {@code failure} with the script's {@code file:line}, what was expected and what the module
 * printed; a configuration or connection problem is an {@code error}. A step that passed on a retry keeps its
 * failed attempts as {@code flakyFailure}, one that failed after retries as {@code rerunFailure}, as Surefire's
 * rerun feature reports flaky tests.
 */
final class JUnitReport {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private JUnitReport() {
    }

    static void write(Path file, List<ScriptReport> reports, Duration elapsed) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "atflow test");
            x.writeAttribute("tests", String.valueOf(reports.stream().mapToInt(r -> r.steps().size())
                    .sum()));
            x.writeAttribute("failures", String.valueOf(reports.stream().mapToLong(JUnitReport::failures).sum()));
            x.writeAttribute("errors", String.valueOf(reports.stream().mapToLong(JUnitReport::errors).sum()));
            x.writeAttribute("time", seconds(elapsed));
            for (ScriptReport r : reports) {
                suite(x, r);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter x, ScriptReport r) throws XMLStreamException {
        indent(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", r.title());
        x.writeAttribute("tests", String.valueOf(r.steps().size()));
        x.writeAttribute("failures", String.valueOf(failures(r)));
        x.writeAttribute("errors", String.valueOf(errors(r)));
        x.writeAttribute("skipped", "0");
        x.writeAttribute("time", seconds(r.result().elapsed()));
        x.writeAttribute("timestamp", TIMESTAMP.format(r.started().truncatedTo(ChronoUnit.SECONDS)));
        if (r.module() != null) {
            x.writeAttribute("hostname", r.module());
        }
        x.writeAttribute("file", r.script().path());
        indent(x, 2);
        x.writeStartElement("properties");
        for (Map.Entry<String, String> p : r.facts().entrySet()) {
            indent(x, 3);
            x.writeEmptyElement("property");
            x.writeAttribute("name", p.getKey());
            x.writeAttribute("value", safe(p.getValue()));
        }
        indent(x, 2);
        x.writeEndElement();
        for (StepReport s : r.steps()) {
            testcase(x, r, s);
        }
        indent(x, 2);
        x.writeStartElement("system-out");
        x.writeCData(cdata(r.transcript()));
        x.writeEndElement();
        indent(x, 1);
        x.writeEndElement();
    }

    private static void testcase(XMLStreamWriter x, ScriptReport r, StepReport s) throws XMLStreamException {
        indent(x, 2);
        boolean empty = s.ok() && s.failedAttempts().isEmpty();
        if (empty) {
            x.writeEmptyElement("testcase");
        } else {
            x.writeStartElement("testcase");
        }
        x.writeAttribute("name", s.name());
        x.writeAttribute("classname", r.script().className());
        x.writeAttribute("time", seconds(s.elapsed()));
        if (!s.ok() && r.broken() != null) {
            problem(x, "failure", "module-broken", r.why(), r.why() + "\n" + details(s));
        } else if (!s.ok()) {
            boolean error = isError(r);
            problem(x, error ? "error" : "failure", r.result().verdict().name(), s.message(), details(s));
        }
        for (String attempt : s.failedAttempts()) {
            indent(x, 3);
            x.writeStartElement(s.ok() ? "flakyFailure" : "rerunFailure");
            x.writeAttribute("message", safe(attempt));
            x.writeAttribute("type", "FAILED");
            x.writeStartElement("stackTrace");
            x.writeCharacters(safe(attempt));
            x.writeEndElement();
            x.writeEndElement();
        }
        if (!empty) {
            indent(x, 2);
            x.writeEndElement();
        }
    }

    private static void problem(XMLStreamWriter x, String element, String type, String message, String text)
            throws XMLStreamException {
        indent(x, 3);
        x.writeStartElement(element);
        x.writeAttribute("message", safe(message));
        x.writeAttribute("type", type);
        x.writeCharacters(safe(text));
        x.writeEndElement();
    }

    /** The failure's text: where and why, the command, and the lines the module printed after it. */
    private static String details(StepReport s) {
        StringBuilder b = new StringBuilder(s.message() == null ? "" : s.message());
        if (s.sent() != null) {
            b.append("\nsent: ").append(s.sent());
            b.append("\nreceived:");
            if (s.received().isEmpty()) {
                b.append(" nothing");
            }
            s.received().forEach(l -> b.append("\n  ").append(l));
        }
        return b.append('\n').toString();
    }

    /** A configuration or connection problem (not a module that broke, which is a failure of its script). */
    private static boolean isError(ScriptReport r) {
        return r.result().verdict() == Verdict.ERROR && r.broken() == null;
    }

    private static long failures(ScriptReport r) {
        return isError(r) ? 0 : r.steps().stream().filter(s -> !s.ok()).count();
    }

    private static long errors(ScriptReport r) {
        return isError(r) ? r.steps().stream().filter(s -> !s.ok()).count() : 0;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    private static void indent(XMLStreamWriter x, int level) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(level));
    }

    /** Characters XML 1.0 cannot carry become {@code \xHH}, as the transcript writes them. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (ok) {
                b.appendCodePoint(c);
            } else {
                b.append(String.format(Locale.ROOT, "\\x%02x", c));
            }
        });
        return b.toString();
    }

    private static String cdata(String text) {
        return safe(text).replace("]]>", "]]]]><![CDATA[>");
    }
}
