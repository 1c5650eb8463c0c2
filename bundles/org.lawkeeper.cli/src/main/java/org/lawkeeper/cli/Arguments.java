package org.lawkeeper.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after the command name: positional arguments, {@code --option value} pairs and
 * {@code --flag}s. Each command declares what it accepts; anything else is a {@link UsageException}.
 */
final class Arguments {
    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * Parses {@code words} for {@code command}, which takes the options {@code valued} (each with a
     * value) and {@code flags} (without).
     */
    static Arguments parse(String command, List<String> words, Set<String> valued, Set<String> flags)
            throws UsageException {
        Arguments parsed = new Arguments(command);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                parsed.positional.add(word);
                continue;
            }
            String name = word.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                parsed.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                parsed.options.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name + " for '" + command
                        + "' (see ./lawkeeper help " + command + ")");
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    /** The single positional argument, named {@code what} in the error when missing or repeated. */
    String single(String what) throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException("'" + command + "' takes one " + what + ", got "
                    + (positional.isEmpty() ? "none" : String.join(" ", positional)));
        }
        return positional.get(0);
    }

    void expectNoPositional() throws UsageException {
        if (!positional.isEmpty()) {
            throw new UsageException("'" + command + "' takes no argument, got " + String.join(" ", positional));
        }
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String text(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    long integer(String name, long fallback) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects a whole number, got '" + value + "'");
        }
    }

    /** A positive number; {@code fallback} when absent. */
    double positive(String name, double fallback) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects a number, got '" + value + "'");
        }
        if (!(number > 0) || Double.isInfinite(number)) {
            throw new UsageException("--" + name + " must be a positive number, got '" + value + "'");
        }
        return number;
    }
}
