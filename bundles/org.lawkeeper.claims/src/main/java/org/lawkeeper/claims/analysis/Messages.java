package org.lawkeeper.claims.analysis;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of claim results (messages.properties), formatted with {@link MessageFormat}. */
public final class Messages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.lawkeeper.claims.analysis.messages", Locale.ROOT);

    private Messages() {
    }

    /** The text {@code key} with {@code arguments} filled in. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(arguments);
    }
}
