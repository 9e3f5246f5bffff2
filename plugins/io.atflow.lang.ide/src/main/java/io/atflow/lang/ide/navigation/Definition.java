package io.atflow.lang.ide.navigation;

import org.eclipse.emf.common.util.URI;

/**
 * Where a name used at {@code offset}/{@code length} is declared: a range of the script {@code target} (the same
 * script or one it includes). An include points at the start of the included file.
 */
public record Definition(String name, int offset, int length, URI target, int targetOffset, int targetLength) {
}
