package org.lawkeeper.core.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.flow.FlowSpec;

/**
 * Where a claimed law fails: at {@code point}, entry {@code entry} of the law changes along generating
 * field {@code field}, at rate {@code rate} = ⟨∇h, χ⟩ ≠ 0 (exact).
 *
 * @param entry            the entry's name ({@code ""} for a scalar law)
 * @param field            the index of the generating field
 * @param fieldDescription the field in words, e.g. {@code the force of φ_3}
 * @param point            the coordinates the rate depends on, name ↦ value (positive integers, valid for
 *                         positive blocks and s); the others may take any value
 * @param rate             ⟨∇h, χ⟩ at the point
 */
public record Witness(String entry, int field, String fieldDescription, Map<String, BigFraction> point,
        BigFraction rate) {

    public Witness {
        point = Collections.unmodifiableMap(new LinkedHashMap<>(point));
    }

    /** One line, e.g. {@code entry [1,2] changes along the drift χ_0: ⟨∇h, χ⟩ = -3 at U1[1,1] = 2, …}. */
    public String summary() {
        List<String> values = new ArrayList<>();
        point.forEach((name, value) -> values.add(name + " = " + FlowSpec.format(value)));
        return (entry.isEmpty() ? "the law" : "entry " + entry) + " changes along " + fieldDescription
                + ": ⟨∇h, χ⟩ = " + FlowSpec.format(rate) + " at "
                + (values.isEmpty() ? "every point" : String.join(", ", values) + " (any values elsewhere)");
    }
}
