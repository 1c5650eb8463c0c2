package org.lawkeeper.core.law;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.LawLexer.Kind;
import org.lawkeeper.core.law.LawLexer.Token;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Reads the law language, the one syntax shared by the command line, the property-testing harness
 * and the IDE. By decreasing precedence:
 * <ul>
 * <li>postfix: {@code U1'} (velocity θ' of a block, momentum flows only), {@code X^T} (transpose),
 * {@code x^3} (whole power of a scalar), {@code U1[2,3]} / {@code b1[2]} (entry, 1-based),
 * {@code Q1[:,1:2]} / {@code b1[2:3]} (sub-matrix: {@code a:b} inclusive, {@code :} everything);</li>
 * <li>unary {@code -};</li>
 * <li>{@code *} (matrix product, or scalar times matrix) and {@code /} (by a constant number);</li>
 * <li>{@code +}, {@code -} (same shapes).</li>
 * </ul>
 * Atoms: the model's block names, numbers ({@code 2}, {@code 0.5}, {@code 1/2} — all exact), {@code t}
 * (time), {@code tau} (the flow's friction) and {@code wd} (its weight decay), both exact, parentheses, and the functions {@code exp(x)},
 * {@code skew(X) = X − Xᵀ}, {@code sym(X) = X + Xᵀ}, {@code tr(X)}, {@code sum(X[, rows|cols])} (all
 * entries, or one sum per row / per column) and {@code norm2(X[, rows|cols])} (the same for squares).
 *
 * <p>Every problem is a {@link LawSyntaxException} naming the column: unbalanced parentheses, unknown
 * blocks (the model's blocks are listed), shape mismatches (both shapes shown), non-square arguments,
 * primes under first-order flows, {@code t} without a time coordinate, indices out of range.
 */
public final class LawParser {
    static final int MAX_DEGREE = 64;
    /** Longest number literal: larger constants have no use in a law and make exact arithmetic slow. */
    private static final int MAX_DIGITS = 1000;
    private static final int MAX_NESTING = 200;
    private static final Set<String> FUNCTIONS =
            new LinkedHashSet<>(List.of("exp", "skew", "sym", "tr", "sum", "norm2"));

    private final StateLayout layout;
    private final List<Token> tokens;
    private final Cancellation cancellation;
    private int position;
    private int openParentheses;
    private int nesting;

    private LawParser(StateLayout layout, List<Token> tokens, Cancellation cancellation) {
        this.layout = layout;
        this.tokens = tokens;
        this.cancellation = cancellation;
    }

    /**
     * Parses {@code text} as a law of {@code model} under {@code flow}. The work is bounded by the
     * expansion limits (about a second); an interrupt of the calling thread stops it, as a
     * {@link LawSyntaxException} saying so. Callers that can cancel pass a {@link Cancellation}.
     *
     * @throws LawSyntaxException when the text is not a well-formed, well-shaped law for this model and flow
     */
    public static Law parse(String text, Model model, Flow flow) throws LawSyntaxException {
        try {
            return parse(text, model, flow, Cancellation.none());
        } catch (CancelledException e) {
            throw new LawSyntaxException(1, "reading the law was interrupted");
        }
    }

    /**
     * Parses {@code text} as a law of {@code model} under {@code flow}, polling {@code cancellation} while
     * it expands the law and selects its independent entries.
     *
     * @throws LawSyntaxException when the text is not a well-formed, well-shaped law for this model and flow,
     *                            or expands beyond the limits
     * @throws CancelledException when {@code cancellation} is raised or its thread interrupted meanwhile
     */
    public static Law parse(String text, Model model, Flow flow, Cancellation cancellation)
            throws LawSyntaxException, CancelledException {
        StateLayout layout = new StateLayout(Objects.requireNonNull(model), Objects.requireNonNull(flow));
        if (text == null || text.isBlank()) {
            throw new LawSyntaxException(1, "the law is empty; write an expression over the blocks "
                    + blockList(model));
        }
        LawParser parser = new LawParser(layout, LawLexer.tokens(text), cancellation);
        LawNode root = parser.expression();
        Token next = parser.peek();
        if (next.kind() != Kind.END) {
            throw new LawSyntaxException(next.column(), next.is(")") ? "unmatched ')'"
                    : "unexpected " + next.quoted() + " after a complete expression");
        }
        return ParsedLaw.of(text, layout, root, cancellation);
    }

    /** {@code term (± term)*}, one n-ary node however long the chain. */
    private LawNode expression() throws LawSyntaxException, CancelledException {
        enter();
        LawNode first = term();
        List<LawNode> terms = new ArrayList<>(List.of(first));
        List<Boolean> subtracted = new ArrayList<>(List.of(false));
        int degree = first.degree();
        while (peek().is("+") || peek().is("-")) {
            Token operator = next();
            LawNode right = term();
            if (first.rows() != right.rows() || first.columns() != right.columns()) {
                throw new LawSyntaxException(operator.column(), "cannot " + (operator.is("+") ? "add " : "subtract ")
                        + right.shape() + (operator.is("+") ? " to " : " from ") + first.shape());
            }
            terms.add(right);
            subtracted.add(operator.is("-"));
            degree = Math.max(degree, right.degree());
        }
        leave();
        return terms.size() == 1 ? first
                : new LawNode.Sum(terms, subtracted, first.rows(), first.columns(), degree);
    }

    /**
     * {@code unary ((*|/) unary)*}: one n-ary product, its shape and degree kept as it grows. Divisions are
     * by non-zero constants, which commute with every factor: a/c·b/d = (a·b)/(c·d), so the whole term is
     * one product under one quotient, however the two alternate.
     */
    private LawNode term() throws LawSyntaxException, CancelledException {
        LawNode first = unary();
        List<LawNode> factors = new ArrayList<>(List.of(first));
        int rows = first.rows();
        int columns = first.columns();
        int degree = first.degree();
        BigFraction divisor = BigFraction.ONE;
        while (peek().is("*") || peek().is("/")) {
            Token operator = next();
            LawNode right = unary();
            if (operator.is("/")) {
                divisor = bounded(divisor.multiply(divisor(right, operator)), operator);
                continue;
            }
            boolean scalar = rows == 1 && columns == 1;
            if (!scalar && !right.isScalar() && columns != right.rows()) {
                throw new LawSyntaxException(operator.column(), "cannot multiply " + rows + "×" + columns + " by "
                        + right.shape() + " (inner sizes " + columns + " and " + right.rows() + " differ)");
            }
            if (scalar) {
                rows = right.rows();
            }
            if (scalar || !right.isScalar()) {
                columns = right.columns();
            }
            degree += right.degree();
            if (degree > MAX_DEGREE) {
                throw new LawSyntaxException(operator.column(), "the law's degree exceeds " + MAX_DEGREE);
            }
            factors.add(right);
        }
        LawNode product = factors.size() == 1 ? first : new LawNode.Product(factors, rows, columns, degree);
        return divisor.equals(BigFraction.ONE) ? product : new LawNode.Quotient(product, divisor);
    }

    /** Signs are read in a loop, not recursively, so that no input can exhaust the stack. */
    private LawNode unary() throws LawSyntaxException, CancelledException {
        boolean negative = false;
        while (peek().is("-") || peek().is("+")) {
            negative ^= next().is("-");
        }
        LawNode operand = postfix();
        return negative ? new LawNode.Negation(operand) : operand;
    }

    private LawNode postfix() throws LawSyntaxException, CancelledException {
        LawNode node = primary();
        int depth = nesting;
        try {
            while (true) {
                Token token = peek();
                if (token.is("^") || token.is("[") || token.is("'")) {
                    enter(); // each postfix operator nests its operand one level deeper
                }
                if (token.is("^")) {
                    next();
                    node = exponent(node, token);
                } else if (token.is("[")) {
                    next();
                    node = entry(node, token);
                } else if (token.is("'")) {
                    next();
                    node = velocity(node, token);
                } else {
                    return node;
                }
            }
        } finally {
            nesting = depth;
        }
    }

    /** One level deeper; the bound keeps every recursive walk of the tree (and the parser) shallow. */
    private void enter() throws LawSyntaxException {
        if (++nesting > MAX_NESTING) {
            throw new LawSyntaxException(peek().column(), "the law nests deeper than " + MAX_NESTING + " levels");
        }
    }

    private void leave() {
        nesting--;
    }

    private LawNode primary() throws LawSyntaxException, CancelledException {
        Token token = next();
        return switch (token.kind()) {
            case NUMBER -> new LawNode.Number(number(token), null);
            case NAME -> peek().is("(") ? call(token) : name(token);
            case END -> throw new LawSyntaxException(token.column(), "the law ends where a value is expected");
            case SYMBOL -> {
                if (token.is("(")) {
                    openParentheses++;
                    LawNode inner = expression();
                    close(token);
                    yield inner;
                }
                throw new LawSyntaxException(token.column(), token.is(")") && openParentheses == 0
                        ? "unmatched ')'" : "expected a value, found " + token.quoted());
            }
        };
    }

    /** Consumes the ')' matching the '(' at {@code open}. */
    private void close(Token open) throws LawSyntaxException {
        Token token = next();
        if (token.is(")")) {
            openParentheses--;
            return;
        }
        if (token.kind() == Kind.END) {
            throw new LawSyntaxException(open.column(), "'(' is never closed");
        }
        throw new LawSyntaxException(token.column(), "expected ')' to close the '(' at column " + open.column()
                + ", found " + token.quoted());
    }

    private LawNode name(Token token) throws LawSyntaxException {
        String name = token.text();
        if (name.equals("t")) {
            if (!layout.hasTime()) {
                throw new LawSyntaxException(token.column(), "time t exists only under momentum flows and weight "
                        + "decay; under " + layout.flow().spec() + " the state is " + layout.flow().stateDescription());
            }
            return new LawNode.Time(token.column());
        }
        if (name.equals("tau")) {
            return new LawNode.Number(layout.tau().orElseThrow(() -> new LawSyntaxException(token.column(),
                    layout.flow().spec() + " has no constant friction tau")), "tau");
        }
        if (name.equals("wd")) {
            return new LawNode.Number(layout.weightDecay().orElseThrow(() -> new LawSyntaxException(token.column(),
                    layout.flow().spec() + " has no weight decay wd")), "wd");
        }
        ParameterBlock block = layout.model().block(name).orElse(null);
        if (block != null) {
            return new LawNode.Block(block, false);
        }
        if (FUNCTIONS.contains(name)) {
            throw new LawSyntaxException(token.column(), name + " is a function: write " + name + "(…)");
        }
        throw new LawSyntaxException(token.column(), "unknown block " + token.quoted() + " (blocks of "
                + Excerpt.shorten(layout.model().name()) + ": " + blockList(layout.model()) + ")");
    }

    private LawNode call(Token function) throws LawSyntaxException, CancelledException {
        String name = function.text();
        if (!FUNCTIONS.contains(name)) {
            throw new LawSyntaxException(function.column(), "unknown function " + function.quoted() + " (known: "
                    + String.join(", ", FUNCTIONS) + ")");
        }
        Token open = next();
        openParentheses++;
        LawNode argument = expression();
        LawNode.Axis axis = LawNode.Axis.ALL;
        boolean reduces = name.equals("sum") || name.equals("norm2");
        if (peek().is(",") && reduces) {
            next();
            axis = axis(next());
        }
        close(open);
        return switch (name) {
            case "exp" -> new LawNode.Exp(scalar(argument, function), function.column());
            case "skew", "sym" -> new LawNode.Symmetrised(square(argument, function), name.equals("sym"));
            case "tr" -> new LawNode.Trace(square(argument, function));
            case "sum", "norm2" -> bounded(new LawNode.Reduction(argument, axis, name.equals("norm2")), function);
            default -> throw new IllegalStateException("function " + name + " has no meaning");
        };
    }

    private static LawNode.Axis axis(Token token) throws LawSyntaxException {
        if (token.kind() == Kind.NAME && (token.text().equals("rows") || token.text().equals("cols"))) {
            return token.text().equals("rows") ? LawNode.Axis.ROWS : LawNode.Axis.COLS;
        }
        throw new LawSyntaxException(token.column(), "expected rows or cols, found " + token.quoted());
    }

    private LawNode exponent(LawNode base, Token caret) throws LawSyntaxException {
        Token token = next();
        if (token.kind() == Kind.NAME && token.text().equals("T")) {
            return new LawNode.Transpose(base);
        }
        if (token.kind() != Kind.NUMBER || token.text().contains(".")) {
            throw new LawSyntaxException(token.column(), "expected T or a whole number after '^', found "
                    + token.quoted());
        }
        if (!base.isScalar()) {
            throw new LawSyntaxException(caret.column(), "only scalars have powers, not a " + base.shape()
                    + " matrix (X^T transposes)");
        }
        int exponent = index(token);
        if (exponent > MAX_DEGREE) {
            throw new LawSyntaxException(token.column(), "exponent " + Excerpt.shorten(token.text()) + " is above "
                    + MAX_DEGREE);
        }
        return bounded(new LawNode.Power(base, exponent), caret);
    }

    /** An index range of a bracket: {@code i}, {@code a:b} or {@code :}, 0-based from and count. */
    private record Range(int from, int count, boolean single) {
    }

    private LawNode entry(LawNode matrix, Token bracket) throws LawSyntaxException {
        Token first = peek();
        LawNode node;
        boolean vector = matrix.rows() == 1 || matrix.columns() == 1;
        boolean pair = isPair();
        Range rows = range(matrix, vector && !pair ? vectorLength(matrix) : matrix.rows(), pair ? "row" : "index");
        if (peek().is(",")) {
            next();
            Range columns = range(matrix, matrix.columns(), "column");
            node = rows.single() && columns.single() ? new LawNode.Entry(matrix, rows.from(), columns.from())
                    : new LawNode.Slice(matrix, rows.from(), rows.count(), columns.from(), columns.count());
        } else if (vector) {
            boolean column = matrix.columns() == 1;
            if (rows.single()) {
                node = column ? new LawNode.Entry(matrix, rows.from(), 0) : new LawNode.Entry(matrix, 0, rows.from());
            } else {
                node = column ? new LawNode.Slice(matrix, rows.from(), rows.count(), 0, 1)
                        : new LawNode.Slice(matrix, 0, 1, rows.from(), rows.count());
            }
        } else {
            throw new LawSyntaxException(first.column(), "a " + matrix.shape() + " matrix needs two indices, as in ["
                    + Excerpt.shorten(first.text()) + ",1]");
        }
        Token end = next();
        if (!end.is("]")) {
            throw new LawSyntaxException(end.kind() == Kind.END ? bracket.column() : end.column(),
                    "expected ']' to close the '[' at column " + bracket.column() + ", found " + end.quoted());
        }
        return node;
    }

    /** Whether the bracket holds two indices (a comma follows the first item). */
    private boolean isPair() {
        for (int k = 0;; k++) {
            Token token = peekAhead(k);
            if (token.is(",")) {
                return true;
            }
            if (token.is("]") || token.kind() == Kind.END) {
                return false;
            }
        }
    }

    private static int vectorLength(LawNode vector) {
        return vector.rows() * vector.columns();
    }

    /** {@code i}, {@code a:b} or {@code :} within 1 … {@code size}. */
    private Range range(LawNode matrix, int size, String what) throws LawSyntaxException {
        Token first = peek();
        if (first.is(":")) {
            next();
            return new Range(0, size, false);
        }
        next();
        int from = index(first);
        checkRange(first, from, size, what, matrix);
        if (!peek().is(":")) {
            return new Range(from - 1, 1, true);
        }
        next();
        Token last = next();
        int to = index(last);
        checkRange(last, to, size, what, matrix);
        if (to < from) {
            throw new LawSyntaxException(last.column(), "the " + what + " range " + from + ":" + to + " is empty");
        }
        return new Range(from - 1, to - from + 1, false);
    }

    private static int index(Token token) throws LawSyntaxException {
        if (token.kind() != Kind.NUMBER || token.text().contains(".")) {
            throw new LawSyntaxException(token.column(), "expected a whole-number index, found " + token.quoted());
        }
        String digits = token.text().replaceFirst("^0+(?=.)", "");
        return digits.length() < 10 ? Integer.parseInt(digits) : Integer.MAX_VALUE;
    }

    private static void checkRange(Token token, int index, int size, String what, LawNode matrix)
            throws LawSyntaxException {
        if (index < 1 || index > size) {
            throw new LawSyntaxException(token.column(), what + " " + Excerpt.shorten(token.text())
                    + " is out of range for a "
                    + matrix.shape() + " matrix (1.." + size + ")");
        }
    }

    private LawNode velocity(LawNode node, Token prime) throws LawSyntaxException {
        if (!layout.hasMomentum()) {
            throw new LawSyntaxException(prime.column(), "velocities (') exist only under momentum flows; under "
                    + layout.flow().spec() + " the state is " + layout.flow().stateDescription());
        }
        if (node instanceof LawNode.Block b && !b.velocity()) {
            return new LawNode.Block(b.block(), true);
        }
        if (node instanceof LawNode.Entry e && e.operand() instanceof LawNode.Block b && !b.velocity()) {
            return new LawNode.Entry(new LawNode.Block(b.block(), true), e.row(), e.column());
        }
        throw new LawSyntaxException(prime.column(),
                "a prime (velocity) applies to a block or its entry, as in U1' or U1'[1,2]");
    }

    /** The value of a constant, non-zero divisor. */
    private BigFraction divisor(LawNode node, Token slash) throws LawSyntaxException, CancelledException {
        if (!node.isScalar()) {
            throw new LawSyntaxException(slash.column(), "can only divide by a number, not by a " + node.shape()
                    + " matrix");
        }
        Polynomial value = node instanceof LawNode.Number n ? Polynomial.constant(n.value())
                : new PolynomialAlgebra(layout, cancellation).expand(node, slash.column()).get(0);
        if (value.degree() > 0) {
            throw new LawSyntaxException(slash.column(), "can only divide by a constant number");
        }
        if (value.isZero()) {
            throw new LawSyntaxException(slash.column(), "division by zero");
        }
        return value.coefficient(Monomial.ONE);
    }

    private static LawNode scalar(LawNode node, Token function) throws LawSyntaxException {
        if (!node.isScalar()) {
            throw new LawSyntaxException(function.column(), function.text() + " takes a scalar, not a " + node.shape()
                    + " matrix");
        }
        return node;
    }

    private static LawNode square(LawNode node, Token function) throws LawSyntaxException {
        if (node.rows() != node.columns()) {
            throw new LawSyntaxException(function.column(), function.text() + " needs a square matrix, not "
                    + node.shape());
        }
        return node;
    }

    private static LawNode bounded(LawNode node, Token operator) throws LawSyntaxException {
        if (node.degree() > MAX_DEGREE) {
            throw new LawSyntaxException(operator.column(), "the law's degree exceeds " + MAX_DEGREE);
        }
        return node;
    }

    /** A bound on the size of the law's constants; see {@link PolynomialAlgebra#MAX_COEFFICIENT_BITS}. */
    private static BigFraction bounded(BigFraction value, Token at) throws LawSyntaxException {
        if (Math.max(value.getNumerator().bitLength(), value.getDenominator().bitLength())
                > PolynomialAlgebra.MAX_COEFFICIENT_BITS) {
            throw new LawSyntaxException(at.column(), "a constant of the law has more than "
                    + PolynomialAlgebra.MAX_COEFFICIENT_BITS + " bits");
        }
        return value;
    }

    private static BigFraction number(Token token) throws LawSyntaxException {
        if (token.text().length() > MAX_DIGITS) {
            throw new LawSyntaxException(token.column(), "a number of " + token.text().length()
                    + " characters; at most " + MAX_DIGITS + " digits");
        }
        BigDecimal decimal = new BigDecimal(token.text());
        BigInteger unscaled = decimal.unscaledValue();
        return new BigFraction(unscaled, BigInteger.TEN.pow(Math.max(0, decimal.scale())));
    }

    private static String blockList(Model model) {
        return Excerpt.shorten(String.join(", ", model.blocks().stream().map(ParameterBlock::name).toList()));
    }

    private Token peek() {
        return tokens.get(position);
    }

    /** The token {@code k} places after the next one (END at the end). */
    private Token peekAhead(int k) {
        return tokens.get(Math.min(position + k, tokens.size() - 1));
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.kind() != Kind.END) {
            position++;
        }
        return token;
    }
}
