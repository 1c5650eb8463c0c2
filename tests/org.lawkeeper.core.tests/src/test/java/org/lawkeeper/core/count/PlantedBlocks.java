package org.lawkeeper.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.field.PolynomialGenerators;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Random polynomial fields planted in independent blocks of variables at shuffled positions, with one variable
 * that no field touches. Blocks of every kind the counter meets: random fields, a nilpotent algebra that needs
 * brackets of level 3, a gradient with laws, linear fields, single variables.
 *
 * @param fields the fields on the whole state
 * @param blocks the planted blocks' variables, each a union of groups of the finest split
 */
record PlantedBlocks(PolynomialGenerators fields, List<int[]> blocks) {

    static PlantedBlocks random(SplittableRandom random) {
        List<List<Polynomial[]>> kinds = new ArrayList<>();
        int blockCount = 2 + random.nextInt(5);
        for (int b = 0; b < blockCount; b++) {
            kinds.add(block(random));
        }
        int n = 1 + kinds.stream().mapToInt(k -> k.getFirst().length).sum();
        int[] position = shuffled(n, random);
        List<int[]> blocks = new ArrayList<>();
        int generators = kinds.stream().mapToInt(List::size).sum();
        PolynomialGenerators.Builder builder = new PolynomialGenerators.Builder(n, generators);
        int next = 0;
        int generator = 0;
        for (List<Polynomial[]> block : kinds) {
            int size = block.getFirst().length;
            int[] variables = new int[size];
            for (int i = 0; i < size; i++) {
                variables[i] = position[next + i];
            }
            for (Polynomial[] field : block) {
                for (int i = 0; i < size; i++) {
                    builder.add(generator, variables[i], moved(field[i], variables));
                }
                generator++;
            }
            blocks.add(variables);
            next += size;
        }
        // position[n − 1] is the unused variable
        return new PlantedBlocks(builder.build(), blocks);
    }

    /** One block's fields over its own variables 0, 1, …: one field per array, one polynomial per component. */
    private static List<Polynomial[]> block(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> randomFields(random, 2 + random.nextInt(3), 1 + random.nextInt(3));
            // X = ∂x, Y = x∂y + x²∂z: [X, Y] = ∂y + 2x∂z, [X, [X, Y]] = 2∂z; rank 3 at level 3
            case 1 -> List.of(new Polynomial[] {Polynomial.constant(1), Polynomial.ZERO, Polynomial.ZERO},
                    new Polynomial[] {Polynomial.ZERO, x(0), x(0).times(x(0))});
            // ∇(x0 x1 x2): rank 1, two laws
            case 2 -> List.<Polynomial[]>of(new Polynomial[] {x(1).times(x(2)), x(0).times(x(2)), x(0).times(x(1))});
            // x1∂0 and x0∂1 (a rotation's generators): rank 2 on the plane
            case 3 -> List.of(new Polynomial[] {x(1), Polynomial.ZERO}, new Polynomial[] {Polynomial.ZERO, x(0)});
            default -> randomFields(random, 1, 1);
        };
    }

    /** Random fields of degree at most 2 with small integer coefficients; about a third of the components zero. */
    private static List<Polynomial[]> randomFields(SplittableRandom random, int size, int count) {
        List<Polynomial[]> fields = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            Polynomial[] field = new Polynomial[size];
            for (int i = 0; i < size; i++) {
                field[i] = random.nextInt(3) == 0 && size > 1 ? Polynomial.ZERO : randomPolynomial(random, size);
            }
            fields.add(field);
        }
        return fields;
    }

    private static Polynomial randomPolynomial(SplittableRandom random, int size) {
        Polynomial p = Polynomial.ZERO;
        while (p.isZero()) {
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                int[] variables = new int[random.nextInt(3)];
                for (int v = 0; v < variables.length; v++) {
                    variables[v] = random.nextInt(size);
                }
                int c = 1 + random.nextInt(3);
                p = p.plus(Polynomial.term(new BigFraction(random.nextBoolean() ? c : -c), Monomial.of(variables)));
            }
        }
        return p;
    }

    private static Polynomial x(int variable) {
        return Polynomial.variable(variable);
    }

    /** {@code p} with its variable i renamed {@code variables[i]}. */
    private static Polynomial moved(Polynomial p, int[] variables) {
        Polynomial result = Polynomial.ZERO;
        for (var term : p.terms().entrySet()) {
            int[] renamed = term.getKey().variables();
            for (int i = 0; i < renamed.length; i++) {
                renamed[i] = variables[renamed[i]];
            }
            result = result.plus(Polynomial.term(term.getValue(), Monomial.of(renamed)));
        }
        return result;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
