package org.lawkeeper.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortTextIsQuotedWholeWithControlCharactersAsSpaces() {
        assertEquals("U1 + U2", Excerpt.shorten("U1 +\tU2"));
        assertEquals("a b", Excerpt.around("a\nb", 2));
    }

    @Test
    void longTextShowsItsStartAndEnd() {
        String text = "linear:" + "2,".repeat(200) + "3";
        String shortened = Excerpt.shorten(text);
        assertTrue(shortened.length() <= Excerpt.WIDTH, shortened);
        assertTrue(shortened.startsWith("linear:2,2,") && shortened.endsWith(",2,3") && shortened.contains("…"),
                shortened);
    }

    @Test
    void anExcerptShowsTheColumnAndMarksWhatIsLeftOut() {
        String text = "1+".repeat(60_000) + "W";
        String middle = Excerpt.around(text, 60_001);
        assertTrue(middle.length() <= Excerpt.WIDTH + 2 && middle.startsWith("…") && middle.endsWith("…"), middle);
        String end = Excerpt.around(text, text.length());
        assertTrue(end.endsWith("+1+W") && end.startsWith("…"), end);
        String start = Excerpt.around(text, 1);
        assertTrue(start.startsWith("1+1+") && start.endsWith("…"), start);
        assertTrue(Excerpt.around(text, text.length() + 1).endsWith("W"), "the column just past the end");
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String text = "😀".repeat(100);
        for (String excerpt : new String[] {Excerpt.shorten(text), Excerpt.around(text, 51), Excerpt.around(text, 52)}) {
            String body = excerpt.replace("…", "");
            assertEquals(0, body.length() % 2, excerpt);
            assertTrue(body.codePoints().allMatch(c -> c == "😀".codePointAt(0)), excerpt);
        }
    }
}
