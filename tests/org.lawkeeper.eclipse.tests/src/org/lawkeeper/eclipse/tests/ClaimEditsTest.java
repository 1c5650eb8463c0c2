package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.ui.quickfix.ClaimEdits;

/** The quick fixes' text edits, on strings. */
class ClaimEditsTest {
    private static final String CLAIM = "@Conserves(flow = \"gf\", law = \"bad\")";
    private static final String SOURCE = "    @LawModel(\"linear:2,3,2\")\n    " + CLAIM + "\n    class A {}\n";
    private static final int START = SOURCE.indexOf(CLAIM);

    @Test
    void removeDeletesTheWholeLineWhenTheClaimStandsAlone() {
        assertEquals("    @LawModel(\"linear:2,3,2\")\n    class A {}\n",
                ClaimEdits.remove(SOURCE, START, CLAIM.length()).apply(SOURCE));
        String inline = "@LawModel(\"m\") " + CLAIM + " class A {}";
        assertEquals("@LawModel(\"m\")  class A {}", ClaimEdits.remove(inline, inline.indexOf(CLAIM), CLAIM.length()).apply(inline));
    }

    @Test
    void replaceWritesOneClaimPerLawAtTheSameIndentation() {
        assertEquals("    @LawModel(\"linear:2,3,2\")\n    @Conserves(flow = \"gf\", law = \"a\")\n"
                + "    @Conserves(flow = \"gf\", law = \"b\\\"q\\\"\")\n    class A {}\n",
                ClaimEdits.replace(SOURCE, START, CLAIM.length(), "gf", List.of("a", "b\"q\"")).apply(SOURCE));
    }

    @Test
    void addInsertsAfterTheLastAnnotation() {
        int after = START + CLAIM.length();
        assertEquals("    @LawModel(\"linear:2,3,2\")\n    " + CLAIM + "\n    @Conserves(flow = \"gf\", law = \"c\")\n    class A {}\n",
                ClaimEdits.add(after, "    ", "gf", List.of("c")).apply(SOURCE));
    }

    @Test
    void staleOffsetsAreRecognised() {
        assertFalse(ClaimEdits.isClaimAt(SOURCE, START + 1, CLAIM.length()));
        assertFalse(ClaimEdits.isClaimAt(SOURCE, SOURCE.length(), 5));
    }
}
