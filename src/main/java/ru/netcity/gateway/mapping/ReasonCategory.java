package ru.netcity.gateway.mapping;

/** Why a student missed a lesson, by attendance letter ({@code mappings/attendance-codes.yaml}). */
public enum ReasonCategory {
  /** Absent for a valid reason; illness (Б) counts as valid. */
  VALID,
  /** Absent without a valid reason (НП). */
  INVALID,
  /** Absent, reason not known (Н, ОТ). */
  UNKNOWN,
  /** Present but late (ОП). */
  LATE,
  /** Exempt from the lesson (ОСВ). */
  EXEMPT;

  /** True for the reasons clause 2.3.2 exempts from mark sufficiency: Б, УП and ОСВ. */
  public boolean isValidReason() {
    return this == VALID || this == EXEMPT;
  }
}
