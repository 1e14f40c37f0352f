package org.bricshub.i18n;

/** A translation engine failed: it could not be reached, refused the request or answered nonsense. */
public final class TranslationException extends RuntimeException {
    private final String engine;

    public TranslationException(String engine, String message, Throwable cause) {
        super(engine + ": " + message, cause);
        this.engine = engine;
    }

    /** The name of the engine that failed. */
    public String engine() {
        return engine;
    }
}
