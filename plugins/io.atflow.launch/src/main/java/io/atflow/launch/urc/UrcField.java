package io.atflow.launch.urc;

/**
 * One decoded field of a URC.
 *
 * @param name    the catalog's name ({@code err_code}), or {@code #3} when the catalog does not name it
 * @param value   the value without quotes
 * @param meaning the catalog's meaning of the value, or null
 */
public record UrcField(String name, String value, String meaning) {

    /** {@code err_code=1}. */
    public String text() {
        return name + "=" + value;
    }

    /** {@code err_code=1 (connection closed or reset by peer)}. */
    public String describe() {
        return meaning == null ? text() : text() + " (" + meaning + ")";
    }
}
