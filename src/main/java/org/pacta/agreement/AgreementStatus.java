package org.pacta.agreement;

public enum AgreementStatus {
    ACTIVE, COMPLETED, SUSPENDED, TERMINATED
}
