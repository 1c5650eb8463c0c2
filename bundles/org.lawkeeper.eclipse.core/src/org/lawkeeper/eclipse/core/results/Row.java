package org.lawkeeper.eclipse.core.results;

import java.util.List;
import org.eclipse.core.resources.IFile;

/**
 * A row of the Conservation Laws tree: model → flow → law, and for a network model its layers; plain data
 * for the view.
 */
public sealed interface Row permits Row.ModelRow, Row.FlowRow, Row.LawRow, Row.LayerRow {

    /** The file the row's source stands in. */
    IFile file();

    /** Where double-click jumps to. */
    int offset();

    /** The row's cells: name, count, certificate, status, blocks. */
    List<String> cells();

    /** The rows beneath it in the tree. */
    List<Row> children();

    /**
     * A {@code @LawModel} class.
     *
     * @param type     the class's binary name
     * @param layers   the model's structure in words (its blocks, layer by layer), for the view's panel
     * @param children its layers (a network's), its flows, and claims whose flow did not parse
     */
    record ModelRow(IFile file, int offset, String type, String layers, List<String> cells, List<Row> children)
            implements Row {
    }

    /**
     * A claimed flow of a model.
     *
     * @param flow        the flow spec as claimed
     * @param certificate how its count was obtained
     * @param children    its claims, then the laws that hold beyond them
     */
    record FlowRow(IFile file, int offset, String flow, String certificate, List<String> cells, List<Row> children)
            implements Row {
    }

    /**
     * A claimed law, or a verified law nobody claimed.
     *
     * @param type the binary name of the model's class
     * @param flow the flow spec, or {@code null} when the claim's flow is malformed
     * @param law  the law as written, or {@code null} when it is not a string literal
     */
    record LawRow(IFile file, int offset, String type, String flow, String law, List<String> cells) implements Row {

        /** Whether the law can be checked on dynamics (plotted, reported): both flow and law are known. */
        public boolean checkable() {
            return flow != null && law != null;
        }

        /** None: a law is a leaf. */
        @Override
        public List<Row> children() {
            return List.of();
        }
    }

    /**
     * A layer of a network model with the blocks it owns, or a chain of layers (the network's, an expert's).
     *
     * @param children the layers inside it: a residual body, the experts of a mixture, a chain's layers
     */
    record LayerRow(IFile file, int offset, List<String> cells, List<Row> children) implements Row {
    }
}
