package org.lawkeeper.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.analysis.Analysis;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.search.SearchOptions;
import org.lawkeeper.core.search.SearchResult;

/**
 * The demo's table of the blocks of current practice: one small network per block family, counted under
 * gradient flow, heavy-ball momentum and gradient flow with weight decay, with the families the law search
 * finds under gradient flow — what conservation survives in a transformer block, at a glance.
 */
final class NetworkDemo {
    /** The weight decay of the third column: small, and exact like every flow parameter. */
    static final String WEIGHT_DECAY = "gf:wd=1/10";
    static final List<String> FLOWS = List.of("gf", "momentum", WEIGHT_DECAY);
    /** The smallest sizes at which each family shows, so that the whole table takes seconds. */
    static final List<String> MODELS = List.of(
            "net:2x2>attention(heads=1,dk=1)",
            "net:2x2>attention(heads=1,dk=1,linear)",
            "net:2x2>attention(heads=1,dk=2,rope)",
            "net:3>swiglu(2)>dense(1)",
            "net:3>glu(2)>dense(1)",
            "net:3>dense(2)>gelu>dense(1)",
            "net:2>moe(experts=2,gate=softmax,dense(2))",
            "net:2>moe(experts=2,gate=nsigmoid,dense(2))",
            "net:3>dense(3)>layernorm>dense(1)",
            "net:2>dense(2)>rmsnorm>dense(1)",
            "net:3>dense(2)>softmax",
            "net:4>conv1d(channels=2,kernel=2)>relu>conv1d(channels=1,kernel=2)",
            "net:2>residual(dense(2)>relu>dense(2))");

    private final CountOptions options;
    private int counts;

    NetworkDemo(CountOptions options) {
        this.options = options;
    }

    /** The counts computed so far. */
    int counts() {
        return counts;
    }

    /** The searches the table runs, one per model. */
    int searches() {
        return MODELS.size();
    }

    /** The table, with a line per family found (model, sizes and counts on the first). */
    TextTable table() throws LawkeeperException {
        List<String> header = new ArrayList<>(List.of("model", "D"));
        header.addAll(FLOWS);
        header.addAll(List.of("laws", "found under gf"));
        TextTable table = new TextTable(header.toArray(String[]::new)).alignLeft(header.size() - 1);
        for (String spec : MODELS) {
            Model model = ModelSpec.parse(spec).build(options.limits());
            List<String> first = new ArrayList<>(List.of(spec, String.valueOf(model.parameterCount())));
            for (String flow : FLOWS) {
                first.add(DemoCommand.countCell(model, FlowSpec.parse(flow), options));
                counts++;
            }
            SearchResult result = Analysis.laws(model, FlowSpec.parse("gf"),
                    SearchOptions.defaults().withCounting(options.withExact(true)));
            first.add(result.laws().size() + "/" + result.count().count() + (result.complete() ? " ✓" : ""));
            List<String> families = families(result);
            for (int i = 0; i < families.size(); i++) {
                List<String> row = new ArrayList<>(i == 0 ? first : Collections.nCopies(first.size(), ""));
                row.add(families.get(i));
                table.add(row.toArray(String[]::new));
            }
        }
        return table;
    }

    /** One line per family found, then the laws outside every family; {@code none} when there is no law. */
    private static List<String> families(SearchResult result) {
        List<String> lines = new ArrayList<>();
        result.recognition().families().forEach(f -> lines.add(f.laws() + " × " + f.name()));
        int outside = result.recognition().outside().size();
        if (outside > 0) {
            lines.add(outside + (outside == 1 ? " law" : " laws") + " outside every known family");
        }
        return lines.isEmpty() ? List.of("none") : lines;
    }
}
