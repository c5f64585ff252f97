package org.rcm.platform.x12;

/** Implementation guide versions this module recognises, and clear messages for the ones it refuses. */
final class Versions {
    private Versions() {
    }

    /** Returns an English explanation when the implementation reference is wrong for the set, else null. */
    static String problem(String setId, String reference) {
        if (setId == null || reference == null) {
            return null;
        }
        if (setId.equals("837") && reference.startsWith("005010X222") && !reference.equals("005010X222A1")
                && !reference.equals("005010X222")) {
            return reference + " is not the HIPAA-adopted 837 professional guide: expected 005010X222A1";
        }
        if (setId.equals("835") && reference.startsWith("005010X221") && !reference.equals("005010X221A1")
                && !reference.equals("005010X221")) {
            return reference + " is not the HIPAA-adopted 835 guide: expected 005010X221A1";
        }
        if ((setId.equals("270") || setId.equals("271")) && reference.startsWith("005010X279")
                && !reference.equals("005010X279A1") && !reference.equals("005010X279")) {
            return reference + " is not the HIPAA-adopted 270/271 guide: expected 005010X279A1";
        }
        return null;
    }
}
