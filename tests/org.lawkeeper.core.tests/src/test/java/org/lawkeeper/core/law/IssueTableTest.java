package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.search.LawFamily;
import org.lawkeeper.core.search.LawSearch;
import org.lawkeeper.core.search.SearchOptions;
import org.lawkeeper.core.search.SearchResult;

/**
 * Every spec of the layer language's table (docs/MODELS.md, issue 9 §1) under gradient flow and heavy ball: the
 * count, and a search that finds as many independent laws as counted, each in a named family.
 */
class IssueTableTest {

    @ParameterizedTest(name = "{0}: gf {1}, momentum {2}")
    @CsvSource(delimiter = '|', value = {
        "net:4>dense(3)>relu>dense(2)                                          | 3 | 0",
        "net:4>dense(3)>dense(2)                                               | 6 | 3",
        "net:4>dense(3,bias)>relu>dense(2)                                     | 3 | 0",
        "net:3>dense(2)>pow(3)>dense(1)                                        | 2 | 0",
        "net:4>dense(3)>gelu>dense(2)                                          | 0 | 0",
        "net:4>dense(3)>silu>dense(2)                                          | 0 | 0",
        "net:4>dense(3)>tanh>dense(2)                                          | 0 | 0",
        "net:4>dense(3)>sigmoid>dense(2)                                       | 0 | 0",
        "net:3>glu(2)>dense(1)                                                 | 4 | 0",
        "net:3>swiglu(2)>dense(1)                                              | 2 | 0",
        "net:2x4>attention(heads=2,dk=2)                                       | 12 | 4",
        "net:2x2>attention(heads=1,dk=1,dv=1,linear)                           | 3 | 0",
        "net:4x4>attention(heads=1,dk=2,rope)                                  | 4 | 2",
        "net:4>residual(dense(4)>relu>dense(4))                                | 4 | 0",
        "net:4>layernorm>dense(2)                                              | 2 | 4",
        "net:4>dense(4)>rmsnorm>dense(2)                                       | 1 | 6",
        "net:3>moe(experts=2,gate=softmax,swiglu(2)>dense(3))                  | 7 | 6",
        "net:3>moe(experts=2,gate=nsigmoid,swiglu(2)>dense(3))                 | 4 | 0",
        "net:1x6>conv1d(channels=2,kernel=3)>relu>conv1d(channels=1,kernel=2)  | 2 | 0",
        "net:4>dense(3)>softmax                                                | 4 | 8",
    })
    void everySpecIsCountedAndItsLawsFoundUnderGradientFlowAndMomentum(String spec, int gf, int momentum)
            throws Exception {
        Model model = ModelSpec.parse(spec).build(Limits.DEFAULT);
        for (String flow : new String[] {"gf", "momentum"}) {
            SearchResult result = LawSearch.search(model, FlowSpec.parse(flow), SearchOptions.defaults());
            assertEquals(flow.equals("gf") ? gf : momentum, result.count().count(), flow);
            assertTrue(result.complete(), result.certificate());
            assertEquals(result.count().count(),
                    result.recognition().families().stream().mapToInt(LawFamily::laws).sum(),
                    flow + ": every law in a named family, not " + result.recognition().outside());
        }
    }
}
