package org.lawkeeper.eclipse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.findings.Findings;
import org.lawkeeper.eclipse.core.fixes.FixAction;
import org.lawkeeper.eclipse.core.fixes.QuickFixes;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;
import org.lawkeeper.eclipse.core.markers.MarkerWriter;

/** Findings written as markers, and quick fixes applied to the file where its claims stand now — headless. */
class MarkersAndFixesTest {

    private static IFile analysed(String project) throws Exception {
        IFile file = Sources.file(project, "Deep.java", Sources.DEEP);
        MarkerWriter.write(file, Findings.of(Sources.DEEP, Sources.analyse(Sources.DEEP)));
        return file;
    }

    private static List<IMarker> markers(IFile file, String type) throws Exception {
        return Arrays.stream(file.findMarkers(type, false, IResource.DEPTH_ZERO))
                .sorted(Comparator.comparingInt((IMarker m) -> m.getAttribute(IMarker.LINE_NUMBER, 0))
                        .thenComparing(m -> !"violated".equals(m.getAttribute(LawkeeperMarkers.KIND, ""))))
                .toList();
    }

    @Test
    void markersCarryKindSeverityPlaceAndTheLawsOfTheirFixes() throws Exception {
        IFile file = analysed("markers");
        List<IMarker> conserved = markers(file, LawkeeperMarkers.CONSERVED);
        assertEquals(1, conserved.size());
        assertEquals("conserved", conserved.get(0).getAttribute(LawkeeperMarkers.KIND, ""));
        assertEquals(-1, conserved.get(0).getAttribute(IMarker.SEVERITY, -1), "good news is no problem");
        List<IMarker> problems = markers(file, LawkeeperMarkers.PROBLEM);
        assertEquals(List.of("violated", "incomplete"), problems.stream().map(m -> m.getAttribute(LawkeeperMarkers.KIND, ""))
                .toList());
        IMarker violated = problems.get(0);
        assertEquals(IMarker.SEVERITY_ERROR, violated.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(5, violated.getAttribute(IMarker.LINE_NUMBER, 0));
        assertEquals(Sources.DEEP.indexOf("@Conserves(flow = \"momentum\""), violated.getAttribute(IMarker.CHAR_START, -1));
        assertEquals("models.Deep", violated.getAttribute(LawkeeperMarkers.TYPE, ""));
        assertEquals(List.of("skew(U1^T*U1' + U2*U2'^T)"), LawkeeperMarkers.laws(violated));
        assertTrue(violated.getAttribute(LawkeeperMarkers.DETAILS, "").contains("skew(U1ᵀ·U1′ + U2·U2′ᵀ) = const"));
        assertEquals(IMarker.SEVERITY_INFO, problems.get(1).getAttribute(IMarker.SEVERITY, -1));
    }

    /** A network's claims: decided by sampling, marked, explained and fixed like those of any other model. */
    @Test
    void aNetworksClaimsAreMarkedAndFixedLikeAnyOthers() throws Exception {
        IFile file = Sources.file("network", "SwiGlu.java", Sources.SWIGLU);
        MarkerWriter.write(file, Findings.of(Sources.SWIGLU, Sources.analyse(Sources.SWIGLU)));
        List<IMarker> conserved = markers(file, LawkeeperMarkers.CONSERVED);
        assertEquals(List.of(4), conserved.stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0)).toList());
        assertTrue(conserved.get(0).getAttribute(IMarker.MESSAGE, "").startsWith(
                "Conserved under gf (certified: ⟨∇h, χ_{x,w}⟩ vanished at 8 random points"), conserved.get(0).toString());
        List<IMarker> problems = markers(file, LawkeeperMarkers.PROBLEM);
        assertEquals(List.of("violated"), problems.stream().map(m -> m.getAttribute(LawkeeperMarkers.KIND, "")).toList(),
                "both laws claimed: nothing is missing");
        IMarker violated = problems.get(0);
        assertEquals(5, violated.getAttribute(IMarker.LINE_NUMBER, 0));
        String message = violated.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.startsWith("Violated under gf: "), message);
        assertTrue(message.contains("entry [1] changes along χ_{x,w}: ⟨∇h, χ⟩ ≠ 0 at a random sample modulo a prime"),
                "the exact reason is given whether or not a drifting trajectory was found too: " + message);
        assertEquals(List.of(), LawkeeperMarkers.laws(violated), "the one law that holds is claimed already");
        assertFalse(QuickFixes.applies(FixAction.REPLACE, violated));
        assertTrue(QuickFixes.applies(FixAction.REMOVE, violated));
        QuickFixes.apply(FixAction.REMOVE, List.of(violated), null);
        assertEquals(Sources.SWIGLU.replace("@Conserves(flow = \"gf\", law = \"norm2(W1, cols)^T - norm2(B1, rows)\")\n", ""),
                Sources.read(file));
    }

    @Test
    void aNewAnalysisReplacesEveryMarkerOfTheFile() throws Exception {
        IFile file = analysed("replace");
        MarkerWriter.write(file, List.of());
        assertEquals(List.of(), markers(file, LawkeeperMarkers.PROBLEM));
        assertEquals(List.of(), markers(file, LawkeeperMarkers.CONSERVED));
    }

    @Test
    void fixesApplyWhereTheClaimsStandNow() throws Exception {
        IFile file = analysed("fixes");
        List<IMarker> problems = markers(file, LawkeeperMarkers.PROBLEM);
        assertTrue(QuickFixes.applies(FixAction.REPLACE, problems.get(0)));
        assertTrue(QuickFixes.applies(FixAction.ADD, problems.get(1)));
        String edited = Sources.DEEP.replace("package models;\n", "package models;\n\n// two new lines before the claims\n");
        file.setContents(Sources.stream(edited), true, false, null);
        QuickFixes.apply(FixAction.REPLACE, List.of(problems.get(0)), null);
        assertEquals(edited.replace("@Conserves(flow = \"momentum\", law = \"U1^T*U1 - U2*U2^T\")",
                "@Conserves(flow = \"momentum\", law = \"skew(U1^T*U1' + U2*U2'^T)\")"), Sources.read(file));
    }

    @Test
    void aFixLeavesAClaimEditedSinceTheAnalysisAlone() throws Exception {
        IFile file = analysed("edited-claim");
        IMarker violated = markers(file, LawkeeperMarkers.PROBLEM).get(0);
        String edited = Sources.DEEP.replace("flow = \"momentum\", law = \"U1^T*U1 - U2*U2^T\"",
                "flow = \"momentum\", law = \"U1^T*U1\"");
        file.setContents(Sources.stream(edited), true, false, null);
        QuickFixes.apply(FixAction.REPLACE, List.of(violated), null);
        QuickFixes.apply(FixAction.REMOVE, List.of(violated), null);
        assertEquals(edited, Sources.read(file), "the marker's claim is no longer there: nothing to fix");
    }
}
