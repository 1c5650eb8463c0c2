package org.lawkeeper.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * Candidates for a network's data-indexed fields, which have no polynomial terms to decouple by: the
 * polynomials of degree ≤ 2 whose monomials stay within one block of θ — with the block's velocities
 * under momentum — times the powers of the time coordinate that the drift allows. Every known family of
 * network laws has this form, because the symmetries behind them act block by block; a law outside it is
 * reported missing by the certificate, never ignored silently.
 *
 * <p>Time powers: none without time; s^d for degree d under weight decay (the drift (λs, −λθ) forces a law
 * Σ s^k P_k to have P_k homogeneous of degree k); s^0 and s^1 as separate pieces under heavy ball with
 * friction (every field keeps the degree in s = e^{τt}); t^0 and t^1 together when time is t itself (the
 * drift lowers the degree in t).
 */
final class NetworkSearchPlan implements CandidatePlan {
    private static final int MAX_DEGREE = 2;

    private final StateLayout layout;
    private final int maxUnknowns;

    NetworkSearchPlan(StateLayout layout, int maxUnknowns) {
        this.layout = layout;
        this.maxUnknowns = maxUnknowns;
    }

    @Override
    public List<SearchPiece> pieces(int degree, List<String> skipped) {
        List<SearchPiece> pieces = new ArrayList<>();
        if (degree > MAX_DEGREE) {
            return pieces;
        }
        for (int[] powers : timePowers(degree)) {
            List<Monomial> monomials = new ArrayList<>();
            long size = 0;
            for (ParameterBlock block : layout.model().blocks()) {
                size += SearchPiece.size(variables(block).length, degree) * powers.length;
            }
            String description = "degree " + degree + " within each block" + timeDescription(powers);
            if (size > maxUnknowns) {
                skipped.add(description + " (" + size + " unknowns)");
                continue;
            }
            for (int power : powers) {
                Monomial time = Monomial.of(new int[power]);
                for (ParameterBlock block : layout.model().blocks()) {
                    monomials.addAll(SearchPiece.monomials(variables(block), degree, time));
                }
            }
            pieces.add(new SearchPiece(description, monomials));
        }
        return pieces;
    }

    @Override
    public int maxDegree() {
        return MAX_DEGREE;
    }

    @Override
    public String describe(int degree) {
        return "every polynomial of degree ≤ " + Math.min(degree, MAX_DEGREE) + " within one block"
                + (layout.hasMomentum() ? " and its velocities" : "") + (layout.hasTime() ? ", times powers of "
                        + (layout.timeIsExponential() ? "s" : "t") : "");
    }

    @Override
    public String beyond() {
        return "mix blocks, need a degree above " + MAX_DEGREE;
    }

    private List<int[]> timePowers(int degree) {
        if (!layout.hasTime()) {
            return List.of(new int[] {0});
        }
        if (!layout.hasMomentum()) {
            return List.of(new int[] {degree});
        }
        return layout.timeIsExponential() ? List.of(new int[] {0}, new int[] {1}) : List.of(new int[] {0, 1});
    }

    private static String timeDescription(int[] powers) {
        return powers.length == 1 && powers[0] == 0 ? "" : ", times " + String.join(" or ",
                IntStream.of(powers).mapToObj(k -> k == 0 ? "1" : k == 1 ? "c" : "c^" + k).toList());
    }

    /** The state variables of a block: θ, and θ' under momentum. */
    private int[] variables(ParameterBlock block) {
        IntStream theta = IntStream.range(block.offset(), block.offset() + block.size()).map(layout::theta);
        if (!layout.hasMomentum()) {
            return theta.toArray();
        }
        return IntStream.concat(theta, IntStream.range(block.offset(), block.offset() + block.size())
                .map(layout::velocity)).toArray();
    }
}
