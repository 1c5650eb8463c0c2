package org.lawkeeper.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the one-object JSON documents of {@code --json}: strings, numbers, booleans, lists and
 * nested objects, in insertion order. Output only; nothing here parses JSON.
 */
final class Json {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Json put(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        write(fields, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Json json -> write(json.fields, out);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    string(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case Double d -> out.append(Double.isFinite(d) ? d.toString() : "null");
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            default -> string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
