package org.lawkeeper.eclipse.core.markers;

import java.util.Map;

/** A marker to be created: its type and attributes. */
public record MarkerSpec(String type, Map<String, Object> attributes) {

    public MarkerSpec {
        attributes = Map.copyOf(attributes);
    }
}
