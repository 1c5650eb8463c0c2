package org.lawkeeper.report;

import java.util.List;
import java.util.regex.Pattern;
import org.lawkeeper.claims.scan.Claim;
import org.lawkeeper.claims.scan.Declaration;

/**
 * Which claims a check decides, by globs ({@code *} any text, {@code ?} one character): model globs match a
 * {@code @LawModel} class by its qualified name ({@code com.example.*}) or by its model spec ({@code relu:*});
 * flow globs match the flow of a claim as written ({@code gf}, {@code momentum*}). No glob of a kind means
 * no restriction of that kind.
 */
public final class ClaimFilter {
    /** Decides everything. */
    public static final ClaimFilter ALL = new ClaimFilter(List.of(), List.of());

    private final List<String> models;
    private final List<String> flows;
    private final List<Pattern> modelPatterns;
    private final List<Pattern> flowPatterns;

    /** A filter of {@code models} and {@code flows} globs; blank globs are ignored. */
    public ClaimFilter(List<String> models, List<String> flows) {
        this.models = nonBlank(models);
        this.flows = nonBlank(flows);
        this.modelPatterns = this.models.stream().map(ClaimFilter::glob).toList();
        this.flowPatterns = this.flows.stream().map(ClaimFilter::glob).toList();
    }

    /** Whether the claims of {@code declaration} are decided at all. */
    public boolean includes(Declaration declaration) {
        return modelPatterns.isEmpty() || modelPatterns.stream().anyMatch(p -> matches(p, declaration.binaryName())
                || matches(p, declaration.binaryName().replace('$', '.')) || matches(p, declaration.modelSpec()));
    }

    /** Whether {@code claim} is decided (a claim whose flow is no literal matches only when flows are unrestricted). */
    public boolean includes(Claim claim) {
        return flowPatterns.isEmpty() || flowPatterns.stream().anyMatch(p -> matches(p, claim.flow()));
    }

    /** Whether anything is left out. */
    public boolean restricts() {
        return !models.isEmpty() || !flows.isEmpty();
    }

    /** E.g. {@code models relu:*, flows gf}, for summaries. */
    @Override
    public String toString() {
        return restricts() ? (models.isEmpty() ? "" : "models " + String.join(", ", models))
                + (!models.isEmpty() && !flows.isEmpty() ? "; " : "")
                + (flows.isEmpty() ? "" : "flows " + String.join(", ", flows)) : "everything";
    }

    private static boolean matches(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).matches();
    }

    private static List<String> nonBlank(List<String> globs) {
        return globs == null ? List.of() : globs.stream().map(String::strip).filter(g -> !g.isEmpty()).toList();
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
