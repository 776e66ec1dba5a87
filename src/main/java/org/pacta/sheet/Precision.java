package org.pacta.sheet;

/**
 * How precisely a plan gave a deadline. A period (a month, a quarter, a half-year, a year) is due on its last day,
 * and keeps its precision so that it is shown as the plan wrote it ("Q4 2024", not "2024-12-31").
 */
public enum Precision {
    DAY(1), MONTH(1), QUARTER(3), HALF(6), YEAR(12);

    private final int months;

    Precision(int months) {
        this.months = months;
    }

    /** How many months one period spans (DAY: the month it falls in). */
    public int months() {
        return months;
    }
}
