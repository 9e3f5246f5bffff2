package io.atflow.cli.test;

import java.util.Locale;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.ProfileSpec;

/**
 * Which module may run which script. A script without {@code profile} runs anywhere. One that says
 * {@code profile ec25} needs a module of that model; {@code profile ec2x} (a family) takes any model of the family
 * (ec21, ec25, eg25g) or a module said to be of the family. A module of unknown profile runs only scripts without
 * one, except a simulated module, which becomes the profile the script asks for.
 */
final class ProfileMatch {
    private final AtCatalog catalog;

    ProfileMatch(AtCatalog catalog) {
        this.catalog = catalog;
    }

    boolean runs(LabModule module, String required) {
        if (required == null) {
            return true;
        }
        if (module.profile() == null) {
            return module.simulated();
        }
        String m = id(module.profile());
        String r = id(required);
        return m.equals(r) || catalog.profile(m).map(ProfileSpec::familyId).orElse(m).equals(r);
    }

    private static String id(String profile) {
        return profile.toLowerCase(Locale.ROOT).replace("-", "");
    }
}
