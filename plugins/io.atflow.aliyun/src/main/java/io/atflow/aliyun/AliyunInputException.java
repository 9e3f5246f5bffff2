package io.atflow.aliyun;

/** A value the user supplied breaks one of Aliyun's rules; the message is one sentence meant for the user. */
public final class AliyunInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public AliyunInputException(String message) {
        super(message);
    }
}
