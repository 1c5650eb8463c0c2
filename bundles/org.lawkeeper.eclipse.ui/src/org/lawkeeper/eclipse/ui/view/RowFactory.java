package org.lawkeeper.eclipse.ui.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.osgi.util.NLS;
import org.lawkeeper.eclipse.core.analysis.ClaimResult;
import org.lawkeeper.eclipse.core.analysis.DeclarationResult;
import org.lawkeeper.eclipse.core.analysis.FlowResult;
import org.lawkeeper.eclipse.core.analysis.Status;
import org.lawkeeper.eclipse.core.markers.LawText;
import org.lawkeeper.eclipse.ui.Messages;
import org.lawkeeper.eclipse.ui.view.Row.FlowRow;
import org.lawkeeper.eclipse.ui.view.Row.LawRow;
import org.lawkeeper.eclipse.ui.view.Row.ModelRow;

/** Builds the tree's rows from the analysis results; pure, so the tests can check the rows' text. */
public final class RowFactory {

    private RowFactory() {
    }

    /** The model rows of all results, by file and line. */
    static List<ModelRow> models(Map<IFile, List<DeclarationResult>> results) {
        List<ModelRow> rows = new ArrayList<>();
        results.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().getFullPath().toString()))
                .forEach(e -> e.getValue().forEach(result -> rows.add(model(e.getKey(), result))));
        return rows;
    }

    private static ModelRow model(IFile file, DeclarationResult result) {
        long conserved = result.claims().stream().filter(c -> c.outcome().status() == Status.CONSERVED).count();
        String status = result.modelProblem() != null ? result.modelProblem()
                : conserved + "/" + result.claims().size() + " claims conserved";
        String name = result.declaration().typeName() + " \u2014 " + result.model();
        return new ModelRow(file, result, List.of(name, "", "", status));
    }

    /** The children of a row, in display order. */
    static List<Row> children(Row row) {
        return switch (row) {
            case ModelRow model -> {
                List<Row> rows = new ArrayList<>();
                model.result().flows().forEach(flow -> rows.add(flow(model, flow)));
                // claims whose flow did not parse have no flow row: list them under the model
                model.result().claims().stream()
                        .filter(c -> model.result().flows().stream().noneMatch(f -> f.flow().equals(c.claim().flow())))
                        .forEach(c -> rows.add(claim(model, c)));
                yield rows;
            }
            case FlowRow flow -> {
                List<Row> rows = new ArrayList<>();
                List<ClaimResult> claims = flow.model().result().claims().stream()
                        .filter(c -> flow.flow().flow().equals(c.claim().flow())).toList();
                claims.forEach(c -> rows.add(claim(flow.model(), c)));
                // the laws that hold beyond the claims: independent of them, not merely written differently
                flow.flow().missing().forEach(law -> rows.add(new LawRow(flow.file(), flow.offset(),
                        flow.model().result(), flow.flow().flow(), law,
                        List.of(LawText.readable(law), "", flow.flow().certificate(), Messages.knownLaw))));
                yield rows;
            }
            case LawRow law -> List.of();
        };
    }

    private static FlowRow flow(ModelRow model, FlowResult flow) {
        String count = flow.count() < 0 ? Messages.notCounted : String.valueOf(flow.count());
        String status = "claimed " + flow.claimed() + (flow.count() < 0 ? "" : " of " + flow.count());
        return new FlowRow(model, flow, List.of(NLS.bind(Messages.flowLabel, flow.flow()), count, flow.certificate(), status));
    }

    private static LawRow claim(ModelRow model, ClaimResult claim) {
        String law = claim.claim().law() == null ? "?" : claim.claim().law();
        String entries = claim.outcome().entries() > 0 ? String.valueOf(claim.outcome().entries()) : "";
        return new LawRow(model.file(), claim.claim().annotationStart(), model.result(), claim.claim().flow(),
                claim.claim().law(), List.of(LawText.readable(law),
                entries, claim.outcome().message(), claim.outcome().status().name().toLowerCase(java.util.Locale.ROOT)));
    }
}
