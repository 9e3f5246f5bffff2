package io.atflow.run.interp;

import java.util.List;
import java.util.Optional;

import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.atFlow.Field;

/** A {@code device} or {@code product} block as a value: its fields are evaluated when read. */
public record Identity(String kind, String name, List<Field> fields) {
    public Identity {
        fields = List.copyOf(fields);
    }

    public Optional<Expression> field(String key) {
        return fields.stream().filter(f -> key.equals(f.getKey())).map(Field::getValue).findFirst();
    }
}
