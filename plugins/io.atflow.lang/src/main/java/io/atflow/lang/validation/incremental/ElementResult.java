package io.atflow.lang.validation.incremental;

import java.util.List;

import org.eclipse.xtext.validation.Issue;

/**
 * The issues the checks found in one top-level element, with where the element stood then (offset, line, URI
 * fragment) so that they can be moved to where the same text stands now.
 *
 * @param facts      what the element contributes to the script-wide facts ({@link ElementFacts})
 * @param generation the memo generation the issues belong to
 * @param position   what the element's checks read from around it ({@link ElementFacts#position})
 */
record ElementResult(List<String> facts, long generation, String position, int offset, int line, String fragment,
        List<Issue> issues) {
}
