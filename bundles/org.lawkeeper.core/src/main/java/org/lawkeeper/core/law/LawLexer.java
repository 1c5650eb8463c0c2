package org.lawkeeper.core.law;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.Excerpt;

/** Splits a law's text into tokens: numbers, names, one-character symbols, and the end. */
final class LawLexer {
    private static final String SYMBOLS = "+-*/^()[],':";

    enum Kind { NUMBER, NAME, SYMBOL, END }

    /** A token and its 1-based column. */
    record Token(Kind kind, String text, int column) {
        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** The token as quoted in messages. */
        String quoted() {
            return kind == Kind.END ? "the end of the law" : "'" + Excerpt.shorten(text) + "'";
        }
    }

    private LawLexer() {
    }

    static List<Token> tokens(String text) throws LawSyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isDigit(c) || c == '.') {
                i = number(text, i);
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start + 1));
            } else if (isLetter(c)) {
                while (i < text.length() && (isLetter(text.charAt(i)) || isDigit(text.charAt(i)))) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, text.substring(start, i), start + 1));
            } else if (SYMBOLS.indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), start + 1));
                i++;
            } else {
                throw new LawSyntaxException(start + 1, "unexpected character " + character(text.codePointAt(i)));
            }
        }
        tokens.add(new Token(Kind.END, "", text.length() + 1));
        return tokens;
    }

    /** The end of the number starting at {@code i}: digits, optionally a point and more digits. */
    private static int number(String text, int i) throws LawSyntaxException {
        int start = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            int fraction = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fraction || fraction == start + 1) {
                throw new LawSyntaxException(start + 1, "malformed number '" + Excerpt.shorten(text.substring(start, i))
                        + "' (write decimals as 0.5)");
            }
        }
        return i;
    }

    /** A character as quoted in messages: itself, or its code point when it does not print. */
    private static String character(int codePoint) {
        boolean prints = !Character.isISOControl(codePoint) && Character.isDefined(codePoint)
                && Character.getType(codePoint) != Character.FORMAT;
        return prints ? "'" + Character.toString(codePoint) + "'" : String.format("U+%04X", codePoint);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}
