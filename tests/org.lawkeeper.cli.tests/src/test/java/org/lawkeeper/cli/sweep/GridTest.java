package org.lawkeeper.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.SpecException;

class GridTest {

    @Test
    void bracesMultiplyWithTheFirstVaryingSlowest() throws SpecException {
        assertEquals(List.of("linear:1,3", "linear:1,4", "linear:2,3", "linear:2,4"), Grid.expand("linear:{1,2},{3..4}"));
    }

    @Test
    void rangesRunBothWaysAndTakeASteps() throws SpecException {
        assertEquals(List.of("a3", "a2", "a1"), Grid.expand("a{3..1}"));
        assertEquals(List.of("2", "5", "8"), Grid.expand("{2..9..3}"));
        assertEquals(64, Grid.expand("linear:{1..4},{1..4},{1..4}").size());
    }

    @Test
    void anySpecKindIncludingNetSpecsCanBeSwept() throws SpecException {
        assertEquals(List.of("net:4>dense(2)>relu>dense(2)", "net:4>dense(2)>tanh>dense(2)",
                "net:4>dense(8)>relu>dense(2)", "net:4>dense(8)>tanh>dense(2)"),
                Grid.expand("net:4>dense({2,8})>{relu,tanh}>dense(2)"));
        assertEquals(List.of("linear:2,3,2"), Grid.expand("linear:2,3,2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "linear:{1..3,2         | column 8 of the grid 'linear:{1..3,2': '{' is never closed",
        "linear:1..3},2         | column 12 of the grid 'linear:1..3},2': '}' without '{'",
        "linear:{1,{2,3}}       | braces do not nest",
        "linear:{},2            | '{}' needs a range {A..B} or at least two items {A,B}",
        "linear:{4},2           | '{4}' needs a range",
        "linear:{1,},2          | '{1,}' needs a range",
        "linear:{1..x},2        | 'x' in a range is not a whole number",
        "linear:{1..4..0},2     | the step of '{1..4..0}' must be positive",
        "linear:{1..2..3..4},2  | is not a range {A..B} or {A..B..STEP}",
        "linear:{1..200000}     | has more than 100000 values",
        "linear:{1..400},{1..400} | has more than 100000 models",
    })
    void malformedGridsAreRefusedWithTheColumn(String grid, String message) {
        SpecException e = assertThrows(SpecException.class, () -> Grid.expand(grid));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
