package org.pacta.sheet;

/** The order of day and month in a date written with numbers only: 31/12/2024 (DMY) or 12/31/2024 (MDY). */
public enum DateOrder {
    DMY, MDY
}
