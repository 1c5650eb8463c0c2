package org.lawkeeper.cli.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a sweep before it is computed: a model and a flow, both in canonical text, so that a rerun
 * recognises a finished row however the grid was written.
 */
public record RowKey(String model, String flow) {

    /** The rows of a sweep in its order: models in grid order, and for each model the flows in the order given. */
    public static List<RowKey> product(List<String> models, List<String> flows) {
        List<RowKey> rows = new ArrayList<>(models.size() * flows.size());
        models.forEach(model -> flows.forEach(flow -> rows.add(new RowKey(model, flow))));
        return rows;
    }

    @Override
    public String toString() {
        return model + " under " + flow;
    }
}
