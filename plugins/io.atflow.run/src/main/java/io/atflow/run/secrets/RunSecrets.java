package io.atflow.run.secrets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import io.atflow.engine.session.Session;
import io.atflow.engine.transcript.SecretMasker;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.secrets.HeadlessSecretResolver;
import io.atflow.lang.secrets.SecretResolver;

/**
 * The secret values of one run: those the script names (resolved before the session opens), those the target knows
 * or issues, and those found while running. Each one goes to the session's masker as soon as it is known; values
 * shorter than {@link #MIN_LENGTH} are not masked (they would mask ordinary text).
 */
public final class RunSecrets implements Consumer<String> {
    /** Shortest value masked as a secret. */
    public static final int MIN_LENGTH = SecretMasker.MIN_LEARNED;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile Session session;

    /** The runner's resolvers, then the target's, then the headless ones; hints come from the first a user owns. */
    public static SecretResolver chain(List<SecretResolver> explicit, Optional<SecretResolver> target) {
        List<SecretResolver> chain = new ArrayList<>(explicit);
        target.ifPresent(chain::add);
        HeadlessSecretResolver headless = new HeadlessSecretResolver();
        chain.add(headless);
        return new SecretChain(chain, explicit.isEmpty() ? headless : explicit.get(0));
    }

    /** Resolves every constant {@code secret("...")} of the script and its includes (missing ones are skipped). */
    public void resolveNamed(Script script, SecretResolver resolver, Path folder) {
        for (EObject root : roots(script)) {
            for (String name : SecretScan.names(root)) {
                resolver.resolve(name, folder).ifPresent(this);
            }
        }
    }

    /** From now on values go to {@code s} too (all known ones at once). */
    public void attach(Session s) {
        session = s;
        known.forEach(s::addSecret);
        s.onSecretLearned(this);
    }

    @Override
    public void accept(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH) {
            return;
        }
        known.add(value);
        Session s = session;
        if (s != null) {
            s.addSecret(value);
        }
    }

    public Set<String> known() {
        return Set.copyOf(known);
    }

    /** {@code text} with every known value masked (when no session masks it). */
    public String mask(String text) {
        String masked = text;
        for (String secret : known) {
            masked = masked.replace(secret, SecretMasker.MASK);
        }
        return masked;
    }

    /** The main script and the scripts it includes (loaded into its resource set while it was validated). */
    private static List<EObject> roots(Script script) {
        if (script.eResource() == null || script.eResource().getResourceSet() == null) {
            return List.of(script);
        }
        List<EObject> out = new ArrayList<>();
        for (var r : List.copyOf(script.eResource().getResourceSet().getResources())) {
            out.addAll(r.getContents());
        }
        return out;
    }
}
