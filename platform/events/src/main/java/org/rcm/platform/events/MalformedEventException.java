package org.rcm.platform.events;

/** A record that can never be processed (bad JSON, wrong shape, missing tenant): it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
