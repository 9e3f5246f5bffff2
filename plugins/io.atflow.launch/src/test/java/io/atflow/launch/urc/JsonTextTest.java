package io.atflow.launch.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void nestedObjectsAndArraysAreIndented() {
        assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {\n    \"c\": null\n  }\n}",
                JsonText.pretty(" {\"a\":[1,2],\"b\":{\"c\":null}} "));
    }

    @Test
    void htmlCharactersAreKept() {
        assertEquals("{\n  \"m\": \"<a&b>\"\n}", JsonText.pretty("{\"m\":\"<a&b>\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "hello", "42", "\"text\"", "{a:1}", "{'a':1}", "{\"a\":1} trailing}", "{\"a\":1",
        "[1,2]]", "{\"a\":1}{\"b\":2}" })
    void notStrictJsonIsNull(String text) {
        assertNull(JsonText.pretty(text));
    }

    @Test
    void nullIsNull() {
        assertNull(JsonText.pretty(null));
    }
}
