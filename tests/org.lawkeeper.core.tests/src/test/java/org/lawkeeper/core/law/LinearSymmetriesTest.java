package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.explain.LinearSymmetries;
import org.lawkeeper.core.explain.SymmetryReport;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.search.SearchOptions;

/** Noether: symmetric symmetries give the gf laws, antisymmetric ones the momentum laws. */
class LinearSymmetriesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // gl(r) per hidden layer: r(r+1)/2 symmetric + r(r-1)/2 antisymmetric generators
        "linear:2,3,2,2  | 13 | 9 | 4",
        "linear:3,3,3    |  9 | 6 | 3",
        "linear:2,2,2    |  4 | 3 | 1",
        // rescalings only: diagonal, hence symmetric; no isometry, no momentum law
        "relu:3,4,2+bias |  4 | 4 | 0",
        "relu:2,2,3,2    |  5 | 5 | 0",
        "product:3       |  2 | 2 | 0",
    })
    void symmetriesAccountForEveryEuclideanLaw(String model, int all, int symmetric, int antisymmetric)
            throws Exception {
        SymmetryReport report =
                LinearSymmetries.analyse(ModelSpec.parse(model).build(Limits.DEFAULT), SearchOptions.defaults());
        assertEquals(all, report.symmetries());
        assertEquals(symmetric, report.symmetric());
        assertEquals(antisymmetric, report.antisymmetric());
        assertEquals(report.gradientCount(), report.gradientLaws(), "every gf law is some ½⟨θ, Aθ⟩");
        assertEquals(report.symmetric(), report.gradientLaws());
        assertEquals(report.momentumCount(), report.momentumLaws(), "every momentum law is some e^{τt}⟨θ', Aθ⟩");
        assertEquals(all - antisymmetric, report.nonIsometric());
        assertTrue(report.summary().endsWith("conservation loss: the " + report.nonIsometric()
                + " non-isometric symmetries give no momentum law"), report.summary());
    }

    @Test
    void tooManyUnknownsIsALimitNotAHang() {
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> LinearSymmetries.analyse(
                ModelSpec.parse("linear:10,10,10").build(Limits.DEFAULT), SearchOptions.defaults()));
        assertTrue(e.getMessage().contains("40000 unknowns, above the limit"), e.getMessage());
    }
}
