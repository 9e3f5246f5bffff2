package io.atflow.lang.catalog;

/**
 * A module profile of the catalog: a family whose command set the catalog knows ({@code ec2x}, {@code bg95}), or a
 * model of one ({@code ec25}, {@code bg96}, ...) whose commands are its family's.
 *
 * @param family the family's profile id for a model, null for a family itself
 */
public record ProfileSpec(String id, String name, boolean isDefault, String family) {

    /** The id commands list in their {@code profiles}: the family of a model, the id of a family. */
    public String familyId() {
        return family == null ? id : family;
    }
}
