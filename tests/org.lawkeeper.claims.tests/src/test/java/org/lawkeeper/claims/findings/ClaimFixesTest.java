package org.lawkeeper.claims.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.findings.ClaimFixes.Action;
import org.lawkeeper.claims.findings.ClaimFixes.Edit;

/** The fixes' text edits, found again in the current text of the source. */
class ClaimFixesTest {
    private static final String CLAIM = "@Conserves(flow = \"gf\", law = \"bad\")";
    private static final String SOURCE = """
            package p;

            class Outer {
                @LawModel("linear:2,3,2")
                @Conserves(flow = "gf", law = "bad")
                static class A {}
            }
            """;

    private static String apply(Action action, String source, List<String> laws) {
        Optional<Edit> edit = ClaimFixes.edit(action, source, "p.Outer$A", "gf", "bad", laws);
        return edit.orElseThrow().apply(source);
    }

    @Test
    void removeDeletesTheWholeLineWhenTheClaimStandsAlone() {
        assertEquals(SOURCE.replace("    " + CLAIM + "\n", ""), apply(Action.REMOVE, SOURCE, List.of()));
        String inline = "@LawModel(\"m\") " + CLAIM + " class A {}";
        assertEquals("@LawModel(\"m\")  class A {}", ClaimFixes.edit(Action.REMOVE, inline, "A", "gf", "bad", List.of())
                .orElseThrow().apply(inline));
    }

    @Test
    void replaceWritesOneClaimPerLawAtTheSameIndentation() {
        assertEquals(SOURCE.replace(CLAIM, "@Conserves(flow = \"gf\", law = \"a\")\n"
                + "    @Conserves(flow = \"gf\", law = \"b\\\"q\\\"\")"), apply(Action.REPLACE, SOURCE, List.of("a", "b\"q\"")));
    }

    @Test
    void addInsertsAfterTheLastAnnotation() {
        assertEquals(SOURCE.replace(CLAIM, CLAIM + "\n    @Conserves(flow = \"gf\", law = \"c\")"),
                apply(Action.ADD, SOURCE, List.of("c")));
    }

    @Test
    void anEditedSourceIsFixedWhereTheClaimStandsNow() {
        String edited = SOURCE.replace("class Outer {\n", "class Outer {\n    // a comment added after the analysis\n\n");
        assertEquals(edited.replace("    " + CLAIM + "\n", ""), apply(Action.REMOVE, edited, List.of()));
    }

    @Test
    void aClaimThatIsGoneIsLeftAlone() {
        String changed = SOURCE.replace("law = \"bad\"", "law = \"U1^T*U1 - U2*U2^T\"");
        assertEquals(Optional.empty(), ClaimFixes.edit(Action.REMOVE, changed, "p.Outer$A", "gf", "bad", List.of()));
        assertEquals(Optional.empty(), ClaimFixes.edit(Action.ADD, "class B {}", "p.Outer$A", "gf", null, List.of("c")));
    }

    @Test
    void overlappingEditsApplyOnceFromTheEnd() {
        String source = "0123456789";
        List<Edit> edits = List.of(new Edit(2, 2, "ab"), new Edit(3, 1, "X"), new Edit(8, 1, "Y"));
        assertEquals("01234567Y9", new Edit(8, 1, "Y").apply(source));
        assertEquals(List.of(new Edit(8, 1, "Y"), new Edit(3, 1, "X")), ClaimFixes.ordered(edits));
        assertEquals("012X4567Y9", ClaimFixes.applyAll(source, edits));
    }
}
