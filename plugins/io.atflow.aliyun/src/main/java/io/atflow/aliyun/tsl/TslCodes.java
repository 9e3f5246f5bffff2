package io.atflow.aliyun.tsl;

/**
 * The codes Aliyun IoT Platform answers an Alink request with, and what its cloud log records, for the thing-model
 * check. Three numbers are kept apart as Aliyun keeps them: the {@code code} of the {@code ..._reply} the device
 * receives, the status of the platform's log record, and the per-identifier result inside that record.
 * <p>
 * Sourced:
 * <ul>
 * <li>200 "success", 460 "request parameter error": "Common codes on devices" (help.aliyun.com document 89309) and
 * "Error codes for devices" (设备端接收的错误码, document 120329) table 1: 460 is "the data is empty, the format of
 * the parameter is invalid, or the number of parameters exceeds the limit".</li>
 * <li>6300 "method does not exist": document 120329 table 3 (TSL公共错误码), a request without the {@code method}
 * that the Alink protocol requires.</li>
 * <li>6332 "tsl parse failed" with the result "5092 - property not found": the cloud log of a property post naming
 * a property the model does not define, as reported by a user (GitHub small-tou/arduino-aliyun-iot-sdk issue 17:
 * status 6332, {@code "Reason":"tsl parse failed"}, {@code "ResultData":{"CurrentTemperature":"5092 - property not
 * found"}}). The reply code the device gets in that case is not documented; the emulator answers the log status.</li>
 * </ul>
 * Not confirmed by any source found (Aliyun's table of value-check codes could not be read past 6300): 6304, 6306,
 * 6307, 6308, 6310, 6321 (an unknown event or service), 6324, 6328. They stay as written and are marked below.
 */
public final class TslCodes {
    public static final int SUCCESS = 200;
    public static final int REQUEST_PARAMETER_ERROR = 460;
    /** More properties in one post than the platform accepts: 460, "the number of parameters exceeds the limit". */
    public static final int TOO_MANY_PROPERTIES = REQUEST_PARAMETER_ERROR;
    /** The request has no {@code method}, or not the one of its topic (document 120329: 6300). */
    public static final int METHOD_NOT_FOUND = 6300;
    /** A property the model does not define: log status (and the emulator's reply code) 6332. */
    public static final int TSL_PARSE_FAILED = 6332;
    /** The per-identifier result in the log record of an undefined property. */
    public static final int PROPERTY_NOT_FOUND = 5092;
    /** Unconfirmed: a struct member the model does not define. */
    public static final int NOT_IN_STRUCT = 6304;
    /** Unconfirmed: an int (enum, bool) value of the wrong type or outside the model's range. */
    public static final int INT_INVALID = 6306;
    /** Unconfirmed: a float value of the wrong type or outside the model's range. */
    public static final int FLOAT_INVALID = 6307;
    /** Unconfirmed: a double value of the wrong type or outside the model's range. */
    public static final int DOUBLE_INVALID = 6308;
    /** Unconfirmed: a text value that is not a string or longer than the model's length. */
    public static final int TEXT_INVALID = 6310;
    /** Unconfirmed: an event or service identifier the model does not define. */
    public static final int IDENTIFIER_NOT_FOUND = 6321;
    /** Unconfirmed: an array with more elements than the model's size. */
    public static final int ARRAY_SIZE = 6324;
    /** Unconfirmed: a value the model declares as an array that is not one. */
    public static final int NOT_ARRAY = 6328;
    /** Properties one post may carry. */
    public static final int MAX_PROPERTIES = 200;

    private TslCodes() {
    }

    /** The {@code message} of the reply to a request refused for {@code v}: Aliyun's words where they are known. */
    public static String replyMessage(TslViolation v) {
        return switch (v.code()) {
            case REQUEST_PARAMETER_ERROR -> "request parameter error";
            case TSL_PARSE_FAILED -> "tsl parse failed";
            default -> v.message();
        };
    }

    /**
     * The entry of the cloud log's {@code ResultData} for {@code v}, or null where Aliyun's wording is not known:
     * {@code "5092 - property not found"} for an undefined property.
     */
    public static String logResult(TslViolation v) {
        return v.code() == TSL_PARSE_FAILED ? PROPERTY_NOT_FOUND + " - property not found" : null;
    }
}
