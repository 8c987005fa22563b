package org.zerodistance.domain;

/**
 * Where documents get their words: a message key and arguments to text in the clerk's language. The UI passes
 * {@code Messages::get}; services and writers stay free of the bundles.
 */
@FunctionalInterface
public interface Wording {

    String get(String key, Object... args);
}
