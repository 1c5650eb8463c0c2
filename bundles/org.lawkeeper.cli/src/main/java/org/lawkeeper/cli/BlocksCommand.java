package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelKinds;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.model.net.Layer;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.core.model.net.PlacedLayer;

/**
 * {@code blocks MODEL}: the parameter blocks that laws are written about, with their shapes and, for a
 * network, the layer each belongs to — the layers in order, residual bodies and experts indented under
 * the layer that holds them, so that the naming of docs/MODELS.md can be read off any spec.
 */
final class BlocksCommand implements Command {
    private static final String INDENT = "  ";

    @Override
    public String name() {
        return "blocks";
    }

    @Override
    public String synopsis() {
        return "list a model's parameter blocks: names, shapes and, for networks, their layers";
    }

    @Override
    public String usage() {
        return """
                usage: ./lawkeeper blocks MODEL [--json] [--max-dimension N] [--timeout SECONDS]

                  MODEL              %s
                  --json             one JSON object on stdout
                  --max-dimension N  refuse models with more than N parameters (default %d)
                  --timeout SECONDS  give up after this long (exit code 2)

                Laws are written about these blocks: W1[2,3] is the entry in row 2, column 3 of W1 (rows ×
                columns as listed, 1-based). A network lists its layers in order, those without parameters
                too, each with the column where the spec writes it; residual bodies and experts are indented
                under the layer that holds them. Blocks of networks: dense W1, W2, … with biases b1, …;
                glu and swiglu B1, C1, …; attention heads Q1, K1, V1, O1, Q2, … numbered across the network;
                moe gates G1, … and each expert's blocks behind E1_, E2_, … (E1_W1); conv1d filters F1, ….
                """.formatted(ModelKinds.examples(), Limits.DEFAULT.maxStateDimension());
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("max-dimension", "timeout"), Set.of("json"));
        Cancellation scoped = AnalysisOptions.timeout(arguments, cancellation);
        Model model = ModelSpec.parse(arguments.single("MODEL")).build(AnalysisOptions.limits(arguments));
        scoped.check(); // building is the only long step
        List<Line> lines = model.network().map(network -> layers(model, network)).orElseGet(() -> plain(model));
        out.print(arguments.flag("json") ? json(model, lines) + "\n" : text(model, lines));
        return 0;
    }

    /**
     * One line of the listing: a block, or a layer without parameters ({@code block} null).
     *
     * @param block  the block, as the model declares it
     * @param layer  the layer's text, null for a model that is no network
     * @param column where the spec writes the layer (0 for layers built in code)
     * @param within the layers and experts that hold it, outermost first
     * @param first  whether this is the first line of its layer (which prints the layer's text)
     */
    private record Line(ParameterBlock block, String layer, int column, List<String> within, boolean first) {
    }

    private static List<Line> plain(Model model) {
        return model.blocks().stream().map(b -> new Line(b, null, 0, List.of(), true)).toList();
    }

    private static List<Line> layers(Model model, Network network) {
        List<Line> lines = new ArrayList<>();
        new Walk(model, lines).chain(network.structure(), List.of());
        return lines;
    }

    /** Walks the layers in the order of θ; experts are numbered as their blocks' prefixes are (E1_, E2_, …). */
    private static final class Walk {
        private final Model model;
        private final List<Line> lines;
        private int experts;

        Walk(Model model, List<Line> lines) {
            this.model = model;
            this.lines = lines;
        }

        void chain(List<PlacedLayer> chain, List<String> within) {
            for (PlacedLayer placed : chain) {
                Layer layer = placed.layer();
                String text = placed.chains().isEmpty() ? layer.text() : container(layer);
                if (placed.blocks().isEmpty()) {
                    lines.add(new Line(null, text, layer.column(), within, true));
                }
                for (int i = 0; i < placed.blocks().size(); i++) {
                    ParameterBlock block = model.block(placed.blocks().get(i).name()).orElseThrow();
                    lines.add(new Line(block, text, layer.column(), within, i == 0));
                }
                List<String> inside = append(within, text);
                for (List<PlacedLayer> inner : placed.chains()) {
                    if (layer instanceof Layer.Experts) {
                        String expert = "expert E" + ++experts;
                        lines.add(new Line(null, expert, 0, inside, true));
                        chain(inner, append(inside, expert));
                    } else {
                        chain(inner, inside);
                    }
                }
            }
        }

        /** A layer with inner chains, which are listed beneath it rather than repeated in its text. */
        private static String container(Layer layer) {
            return switch (layer) {
                case Layer.Experts e -> "moe(experts=" + e.count() + ",gate=" + (e.normalisedSigmoid() ? "nsigmoid"
                        : "softmax") + ",…)";
                default -> layer.text().substring(0, layer.text().indexOf('(') + 1) + "…)";
            };
        }

        private static List<String> append(List<String> list, String element) {
            List<String> longer = new ArrayList<>(list);
            longer.add(element);
            return longer;
        }
    }

    private static String text(Model model, List<Line> lines) {
        boolean network = model.network().isPresent();
        boolean positive = model.hasPositiveBlocks();
        List<String> header = new ArrayList<>(List.of("block", "shape", "entries"));
        if (positive) {
            header.add("domain");
        }
        if (network) {
            header.addAll(List.of("column", "layer"));
        }
        TextTable table = new TextTable(header.toArray(String[]::new));
        if (positive || network) {
            table.alignLeft(header.size() - 1); // the domain or the layer: text
        }
        for (Line line : lines) {
            List<String> cells = new ArrayList<>();
            ParameterBlock b = line.block();
            cells.addAll(b == null ? List.of("", "", "")
                    : List.of(b.name(), b.rows() + "×" + b.columns(), String.valueOf(b.size())));
            if (positive) {
                cells.add(b != null && b.positive() ? "≥ 0" : "");
            }
            if (network) {
                cells.add(line.first() && line.column() > 0 ? String.valueOf(line.column()) : "");
                cells.add(line.first() ? INDENT.repeat(line.within().size()) + line.layer() : "");
            }
            table.add(cells.toArray(String[]::new));
        }
        long blocks = lines.stream().filter(l -> l.block() != null).count();
        String shapes = model.network().map(n -> "; input " + n.input() + ", output " + n.output()
                + " (tokens × features)").orElse("");
        return model.name() + ": " + blocks + (blocks == 1 ? " block" : " blocks") + ", D = " + model.parameterCount()
                + shapes + "\n\n" + table;
    }

    private static Json json(Model model, List<Line> lines) {
        List<Json> blocks = new ArrayList<>();
        for (Line line : lines) {
            ParameterBlock b = line.block();
            if (b == null) {
                continue;
            }
            Json json = new Json().put("name", b.name()).put("rows", b.rows()).put("columns", b.columns())
                    .put("entries", b.size()).put("offset", b.offset()).put("positive", b.positive());
            if (line.layer() != null) {
                json.put("layer", line.layer()).put("column", line.column()).put("within", line.within());
            }
            blocks.add(json);
        }
        Json json = new Json().put("model", model.name()).put("parameters", model.parameterCount());
        model.network().ifPresent(n -> json.put("input", List.of(n.input().tokens(), n.input().features()))
                .put("output", List.of(n.output().tokens(), n.output().features())));
        return json.put("blocks", blocks);
    }
}
