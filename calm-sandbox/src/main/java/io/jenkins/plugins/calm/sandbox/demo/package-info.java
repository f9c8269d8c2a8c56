/**
 * The guided demo ({@code java -jar calm-sandbox.jar demo}): one promotion driven by calm-core
 * against a sandbox started for it. The only package of calm-sandbox that uses calm-core; the
 * emulator itself stays independent of the client it is meant to test.
 */
package io.jenkins.plugins.calm.sandbox.demo;
