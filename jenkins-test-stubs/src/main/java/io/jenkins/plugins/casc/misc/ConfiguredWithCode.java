package io.jenkins.plugins.casc.misc;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/* The real annotation also has expected() (a JUnit 4 type) and message(), both with defaults. */
@Target({METHOD, FIELD})
@Retention(RUNTIME)
public @interface ConfiguredWithCode {
    String[] value();
}
