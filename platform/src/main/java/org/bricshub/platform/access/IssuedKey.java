package org.bricshub.platform.access;

/** A key just issued, with its secret: the only moment the secret exists outside the caller's hands. */
public record IssuedKey(ApiKey key, String secret) {
    @Override
    public String toString() { // never print the secret by accident
        return "IssuedKey[" + key + "]";
    }
}
