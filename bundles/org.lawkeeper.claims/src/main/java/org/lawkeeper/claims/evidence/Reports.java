package org.lawkeeper.claims.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.UncheckedCancellation;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.report.FlowComparison;
import org.lawkeeper.harness.report.HtmlReport;

/** The harness's HTML report for one law of a model: checked on random dynamics under several flows. */
public final class Reports {
    private Reports() {
    }

    /**
     * Checks {@code law} under {@code flows}, {@code tries} trials each from {@code seed}, and writes the
     * report into {@code directory}.
     *
     * @param progress told after each judged trial
     * @param cancellation stops the trials, inside a trajectory too; nothing is written then
     * @return the report's {@code index.html}
     * @throws LawSyntaxException when the law does not parse under one of the flows
     * @throws CancelledException when {@code cancellation} was raised or expired
     */
    public static Path write(Path directory, Model model, List<Flow> flows, String law, int tries, long seed,
            IntConsumer progress, Cancellation cancellation) throws LawSyntaxException, IOException, CancelledException {
        try {
            var outcomes = FlowComparison.run(model, flows, law, tries, seed, (flow, n) -> progress.accept(n),
                    cancellation);
            return HtmlReport.write(directory, model, law, seed, outcomes);
        } catch (UncheckedCancellation e) {
            throw e.cancelled();
        }
    }
}
