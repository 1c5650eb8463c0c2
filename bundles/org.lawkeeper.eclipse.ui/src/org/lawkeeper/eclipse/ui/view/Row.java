package org.lawkeeper.eclipse.ui.view;

import java.util.List;
import org.eclipse.core.resources.IFile;
import org.lawkeeper.eclipse.core.analysis.DeclarationResult;
import org.lawkeeper.eclipse.core.analysis.FlowResult;

/** A row of the Conservation Laws tree: model → flow → law. */
sealed interface Row permits Row.ModelRow, Row.FlowRow, Row.LawRow {

    /** The file the row's source stands in. */
    IFile file();

    /** Where double-click jumps to. */
    int offset();

    /** The row's cells: name, count, certificate, status. */
    List<String> cells();

    /**
     * A {@code @LawModel} class.
     *
     * @param file   its file
     * @param result its analysis
     */
    record ModelRow(IFile file, DeclarationResult result, List<String> cells) implements Row {
        @Override
        public int offset() {
            return result.declaration().start();
        }
    }

    /**
     * A claimed flow of a model.
     *
     * @param model  the model's row
     * @param flow   what holds under the flow
     */
    record FlowRow(ModelRow model, FlowResult flow, List<String> cells) implements Row {
        @Override
        public IFile file() {
            return model.file();
        }

        @Override
        public int offset() {
            return model.offset();
        }
    }

    /**
     * A claimed law, or a verified law nobody claimed.
     *
     * @param file    the model's file
     * @param offset  the claim's offset, or the model's for an unclaimed law
     * @param result  the analysis of the law's model
     * @param flow    the flow spec, or {@code null} when the claim's flow is malformed
     * @param law     the law as written, or {@code null} when it is not a string literal
     */
    record LawRow(IFile file, int offset, DeclarationResult result, String flow, String law, List<String> cells)
            implements Row {
    }
}
