package org.lawkeeper.eclipse.core.jobs;

import java.util.Optional;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.eclipse.core.results.AnalysisResults;
import org.lawkeeper.eclipse.core.results.Row.LawRow;

/** What the plot and report jobs share: the model, flow and law of a row, as the analysis saw them. */
final class LawJobs {
    private LawJobs() {
    }

    /** The model the row's class was analysed with (custom models included). */
    static Optional<Model> model(LawRow row) {
        return AnalysisResults.workspace().model(row.file(), row.type());
    }

    /** The row's law, parsed for its model and flow. */
    static Optional<Law> law(Model model, Flow flow, LawRow row) {
        try {
            return Optional.of(LawParser.parse(row.law(), model, flow));
        } catch (SpecException e) {
            return Optional.empty();
        }
    }

    static Optional<Flow> flow(String spec) {
        try {
            return Optional.of(FlowSpec.parse(spec));
        } catch (SpecException e) {
            return Optional.empty();
        }
    }
}
