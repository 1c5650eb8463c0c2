package org.lawkeeper.eclipse.core.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IMarker;
import org.lawkeeper.eclipse.core.LawkeeperCore;

/** Marker types and attributes (declared in plugin.xml), shared with the UI's quick fixes and hover. */
public final class LawkeeperMarkers {
    /** Violated, malformed, unchecked and incomplete claims, unanalysable models: problems, persistent. */
    public static final String PROBLEM = LawkeeperCore.PLUGIN_ID + ".problem";
    /** Conserved claims: ruler annotations only, not persistent. */
    public static final String CONSERVED = LawkeeperCore.PLUGIN_ID + ".conserved";

    /** What the finding is about: {@code conserved}, {@code violated}, {@code malformed}, … */
    public static final String KIND = "kind";
    /** The binary name of the {@code @LawModel} class. */
    public static final String TYPE = "type";
    /** The claim's flow as written. */
    public static final String FLOW = "flow";
    /** The claim's law as written. */
    public static final String LAW = "law";
    /** Multi-line text for the hover: the laws in readable form and the certificate. */
    public static final String DETAILS = "details";
    /** How many laws a quick fix would write; each is in attribute {@code law.K}, K = 1, 2, … */
    public static final String LAW_COUNT = "lawCount";

    private LawkeeperMarkers() {
    }

    /** Puts {@code laws} into {@code attributes}, one attribute per law. */
    static void putLaws(Map<String, Object> attributes, List<String> laws) {
        attributes.put(LAW_COUNT, laws.size());
        for (int k = 0; k < laws.size(); k++) {
            attributes.put(LAW + "." + (k + 1), laws.get(k));
        }
    }

    /** The laws a quick fix on {@code marker} would write. */
    public static List<String> laws(IMarker marker) {
        List<String> laws = new ArrayList<>();
        for (int k = 1; k <= marker.getAttribute(LAW_COUNT, 0); k++) {
            laws.add(marker.getAttribute(LAW + "." + k, ""));
        }
        return laws;
    }
}
