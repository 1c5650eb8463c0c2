package org.lawkeeper.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.SpecException;

/** The registry of model kinds: the one place that knows every kind of spec. */
public final class ModelKinds {
    private static final List<ModelKind> KINDS = kinds();

    private ModelKinds() {
    }

    private static List<ModelKind> kinds() {
        List<ModelKind> kinds = new ArrayList<>(List.of(BuiltInKind.values()));
        kinds.add(NetKind.INSTANCE);
        return List.copyOf(kinds);
    }

    /** Every registered kind, in the order of help texts. */
    public static List<ModelKind> all() {
        return KINDS;
    }

    /** The kind named {@code word}. */
    public static Optional<ModelKind> named(String word) {
        return KINDS.stream().filter(k -> k.word().equals(word)).findFirst();
    }

    /** One example per kind, for messages and help, e.g. {@code linear:2,3,2, relu:3,4,2+bias, …}. */
    public static String examples() {
        return String.join(", ", KINDS.stream().map(ModelKind::example).toList());
    }

    /** The forms of all kinds, one per line, for help texts. */
    public static List<String> forms() {
        return KINDS.stream().map(ModelKind::form).toList();
    }

    static ModelSpec parse(String spec) throws SpecException {
        String text = spec == null ? "" : spec.strip();
        if (text.isEmpty()) {
            throw new SpecException("empty model spec; try one of " + examples());
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new SpecException("model spec '" + Excerpt.shorten(text) + "' needs the form KIND:…, e.g. "
                    + examples());
        }
        String word = text.substring(0, colon).strip();
        ModelKind kind = named(word).orElseThrow(() -> new SpecException("unknown model kind '" + word
                + "' (known: " + String.join(", ", KINDS.stream().map(ModelKind::word).toList()) + ")"));
        return kind.parse(text.substring(colon + 1).strip());
    }
}
