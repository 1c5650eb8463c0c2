package org.lawkeeper.eclipse.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate laws of the built-in model families in the law language (README, "known families").
 * They are only candidates: {@link DeclarationAnalyzer} offers a candidate to the user only after
 * the exact verifier has accepted it for the model and flow at hand.
 */
final class KnownLaws {

    private KnownLaws() {
    }

    /** Candidates for the model with canonical name {@code model}, e.g. {@code relu:3,4,2+bias}. */
    static List<String> candidates(String model) {
        int colon = model.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        String kind = model.substring(0, colon);
        boolean bias = model.endsWith("+bias");
        int widths = model.substring(colon + 1).split(",").length;
        List<String> laws = new ArrayList<>();
        switch (kind) {
            case "linear" -> {
                for (int i = 1; i + 1 < widths; i++) {
                    String balance = "U" + i + "^T*U" + i + " - U" + (i + 1) + "*U" + (i + 1) + "^T";
                    String skew = "skew(U" + i + "^T*U" + i + "' + U" + (i + 1) + "*U" + (i + 1) + "'^T)";
                    laws.add(balance);
                    laws.add("exp(tau*t)*" + skew);
                    laws.add("t^3*" + skew);
                }
            }
            case "relu" -> {
                for (int l = 1; l + 1 < widths; l++) {
                    laws.add("norm2(U" + (l + 1) + ", rows)" + (bias ? " + norm2(b" + l + ", rows)" : "")
                            + " - norm2(U" + l + ", cols)^T");
                }
            }
            case "nmf" -> {
                laws.add("U^T*U - V*V^T");
                laws.add("sum(U, cols)^T - sum(V, rows)");
            }
            case "icnn" -> laws.add("sum(U, cols)^T - 1/2*(norm2(V, rows)" + (bias ? " + norm2(b, rows)" : "") + ")");
            case "product" -> {
                for (int i = 1; i < Integer.parseInt(model.substring(colon + 1).strip()); i++) {
                    laws.add("x[" + i + "]^2 - x[" + (i + 1) + "]^2");
                }
            }
            default -> {
                // custom models: no known family
            }
        }
        return laws;
    }
}
