package org.rcm.coding.domain.rules;

/** How minutes become units of a per-15-minute code. */
public enum UnitRounding {
    /** CMS "8-minute rule": a unit counts once at least 8 minutes of it are provided (8-22 = 1, 23-37 = 2 ...). */
    CMS_8_MINUTE,
    /** Payer "full unit" policy: only complete 15-minute units count (15-29 = 1, 30-44 = 2 ...). */
    FULL_UNIT;

    public int units(int minutes, int unitMinutes) {
        if (minutes <= 0) {
            return 0;
        }
        return switch (this) {
            case CMS_8_MINUTE -> minutes / unitMinutes + (minutes % unitMinutes * 2 >= unitMinutes + 1 ? 1 : 0);
            case FULL_UNIT -> minutes / unitMinutes;
        };
    }
}
