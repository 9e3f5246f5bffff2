package io.atflow.lang.validation.incremental;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;

/** Moves the issues of an unchanged element to where it stands now: offsets, lines and URI fragments. */
final class IssueMove {
    private IssueMove() {
    }

    static List<Issue> all(List<Issue> issues, int offsetDelta, int lineDelta, String oldFragment, String newFragment) {
        if (offsetDelta == 0 && lineDelta == 0 && oldFragment.equals(newFragment)) {
            return issues;
        }
        List<Issue> out = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            out.add(one(i, offsetDelta, lineDelta, oldFragment, newFragment));
        }
        return out;
    }

    static Issue one(Issue i, int offsetDelta, int lineDelta, String oldFragment, String newFragment) {
        Issue.IssueImpl m = new Issue.IssueImpl();
        m.setSeverity(i.getSeverity());
        m.setMessage(i.getMessage());
        m.setCode(i.getCode());
        m.setData(i.getData());
        m.setType(i.getType());
        m.setSyntaxError(i.isSyntaxError());
        m.setOffset(i.getOffset() == null ? null : i.getOffset() + offsetDelta);
        m.setLength(i.getLength());
        m.setLineNumber(i.getLineNumber() == null ? null : i.getLineNumber() + lineDelta);
        m.setLineNumberEnd(i.getLineNumberEnd() == null ? null : i.getLineNumberEnd() + lineDelta);
        m.setColumn(i.getColumn());
        m.setColumnEnd(i.getColumnEnd());
        m.setUriToProblem(uri(i.getUriToProblem(), oldFragment, newFragment));
        return m;
    }

    private static URI uri(URI uri, String oldFragment, String newFragment) {
        if (uri == null || uri.fragment() == null || oldFragment.equals(newFragment)) {
            return uri;
        }
        String f = uri.fragment();
        if (f.equals(oldFragment) || f.startsWith(oldFragment + "/")) {
            return uri.trimFragment().appendFragment(newFragment + f.substring(oldFragment.length()));
        }
        return uri;
    }
}
