package io.atflow.lang.catalog;

/** A module family whose command set the catalog knows, e.g. {@code ec2x} or {@code bg95}. */
public record ProfileSpec(String id, String name, boolean isDefault) {
}
