package io.atflow.lang.ide.contentassist;

/**
 * One content assist proposal: insert {@code text} in place of the {@code replaceLength} characters at
 * {@code replaceOffset} (the prefix already typed). {@code documentation} is Markdown or null; {@code kind} is a
 * {@code ContentAssistEntry.KIND_*} value; higher {@code priority} sorts first.
 */
public record Completion(String text, int replaceOffset, int replaceLength, String label, String description,
        String documentation, String kind, int priority) {
}
