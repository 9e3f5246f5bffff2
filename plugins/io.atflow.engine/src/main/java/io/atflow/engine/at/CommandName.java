package io.atflow.engine.at;

/** An extended command named in a command line ({@code +CREG} of {@code AT+CREG?}) and how it is invoked. */
public record CommandName(String name, Form form) {
    /** How an extended command is invoked: {@code AT+X}, {@code AT+X?}, {@code AT+X=?}, {@code AT+X=...}. */
    public enum Form {
        EXECUTE, READ, TEST, WRITE
    }

    /** Write and execute forms start actions whose outcome may arrive later as a delayed result code. */
    public boolean acts() {
        return form == Form.EXECUTE || form == Form.WRITE;
    }
}
