package io.atflow.lang.ide.navigation;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

import io.atflow.lang.atFlow.Field;
import io.atflow.lang.ide.TokenAt;

/**
 * Rename: the declaration of the name at an offset and every use of it, found with {@link Definitions} (the same
 * resolution go to definition uses), in the script and in the file that declares the name.
 */
public final class Renames {
    /** What a new name must look like. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*");

    private Renames() {
    }

    /** A declared name: the file and range of its declaration. */
    public record Symbol(String name, URI file, int offset, int length) {
    }

    /** A range to replace. */
    public record Occurrence(URI file, int offset, int length) {
    }

    /** The renamable name at {@code offset}: a use of one, or its declaration. Fields and includes are not names. */
    public static Optional<Symbol> symbolAt(XtextResource resource, int offset) {
        Optional<Symbol> used = Definitions.at(resource, offset).flatMap(d -> symbol(resource, d));
        if (used.isPresent()) {
            return used;
        }
        for (Definition use : uses(resource, null)) {
            Optional<Symbol> s = symbol(resource, use);
            if (s.isPresent() && s.get().file().equals(resource.getURI()) && offset >= s.get().offset()
                    && offset <= s.get().offset() + s.get().length()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** The declaration and every use of {@code symbol} in {@code resource} and in the declaring file. */
    public static Set<Occurrence> occurrences(XtextResource resource, Symbol symbol) {
        Set<Occurrence> out = new LinkedHashSet<>();
        out.add(new Occurrence(symbol.file(), symbol.offset(), symbol.length()));
        addUses(resource, symbol, out);
        if (!symbol.file().equals(resource.getURI())) {
            Resource declaring = resource.getResourceSet().getResource(symbol.file(), true);
            if (declaring instanceof XtextResource x) {
                addUses(x, symbol, out);
            }
        }
        return out;
    }

    /** The occurrence of {@code symbol} in {@code resource} that covers {@code offset}, if any. */
    public static Optional<Occurrence> occurrenceAt(XtextResource resource, Symbol symbol, int offset) {
        return occurrences(resource, symbol).stream().filter(o -> o.file().equals(resource.getURI())
                && offset >= o.offset() && offset <= o.offset() + o.length()).findFirst();
    }

    private static void addUses(XtextResource resource, Symbol symbol, Set<Occurrence> out) {
        for (Definition d : uses(resource, symbol.name())) {
            if (d.target().equals(symbol.file()) && d.targetOffset() == symbol.offset()) {
                out.add(new Occurrence(resource.getURI(), d.offset(), d.length()));
            }
        }
    }

    private static Optional<Symbol> symbol(XtextResource from, Definition d) {
        if (d.targetLength() == 0) {
            return Optional.empty(); // an include: the file itself
        }
        Resource target = d.target().equals(from.getURI()) ? from : from.getResourceSet().getResource(d.target(), true);
        TokenAt decl = target instanceof XtextResource x ? TokenAt.find(x, d.targetOffset()) : null;
        if (decl == null || decl.element() instanceof Field) {
            return Optional.empty(); // a device's or product's field keys are fixed words
        }
        return Optional.of(new Symbol(d.name(), d.target(), d.targetOffset(), d.targetLength()));
    }

    /** Every resolvable use of a name (all names when {@code name} is null) in a script. */
    private static Set<Definition> uses(XtextResource resource, String name) {
        Set<Definition> uses = new LinkedHashSet<>();
        if (resource.getParseResult() == null) {
            return uses;
        }
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (leaf.isHidden()) {
                continue;
            }
            Matcher m = WORD.matcher(leaf.getText());
            while (m.find()) {
                if (name == null || name.equals(m.group())) {
                    Definitions.at(resource, leaf.getOffset() + m.start()).ifPresent(uses::add);
                }
            }
        }
        return uses;
    }
}
