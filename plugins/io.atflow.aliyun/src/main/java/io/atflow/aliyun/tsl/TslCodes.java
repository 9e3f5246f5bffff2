package io.atflow.aliyun.tsl;

/**
 * The reply codes Aliyun IoT Platform answers an Alink request with, from its documentation "Error codes for
 * devices" (设备端错误码, help.aliyun.com document 120329): the general table (200 success, 460 "request parameter
 * error": empty data, invalid parameter format, too many parameters) and the thing-model table (物模型校验). Enum and
 * bool values are integers in the TSL and are reported with the int code; a date that is not a UTC millisecond
 * timestamp, and a struct or envelope of the wrong shape, with 460.
 */
public final class TslCodes {
    public static final int SUCCESS = 200;
    public static final int REQUEST_PARAMETER_ERROR = 460;
    /** More properties in one post than the platform accepts (200). */
    public static final int TOO_MANY_PROPERTIES = 6106;
    /** The request's method is not the one of its topic. */
    public static final int METHOD_NOT_FOUND = 6300;
    /** A struct member the model does not define. */
    public static final int NOT_IN_STRUCT = 6304;
    /** An int (enum, bool) value of the wrong type or outside the model's range. */
    public static final int INT_INVALID = 6306;
    /** A float value of the wrong type or outside the model's range. */
    public static final int FLOAT_INVALID = 6307;
    /** A double value of the wrong type or outside the model's range. */
    public static final int DOUBLE_INVALID = 6308;
    /** A text value that is not a string or longer than the model's length. */
    public static final int TEXT_INVALID = 6310;
    /** A property, event or service identifier the model does not define. */
    public static final int IDENTIFIER_NOT_FOUND = 6321;
    /** An array with more elements than the model's size. */
    public static final int ARRAY_SIZE = 6324;
    /** A value the model declares as an array that is not one. */
    public static final int NOT_ARRAY = 6328;
    /** Properties one post may carry. */
    public static final int MAX_PROPERTIES = 200;

    private TslCodes() {
    }
}
