package dev.studyportal.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A setting an administrator changes while the portal runs. Kept in the database, not in a property,
 * so that every node behind a load balancer applies the same one. Keyed by its name: each exists once,
 * put there by the migration that introduced it, so it needs no generated id.
 */
@Entity
@Table(name = "portal_setting")
class PortalSetting {

    static final String SIGN_UP_MODE = "sign-up-mode";
    static final String COHORT_CREATION = "cohort-creation";

    @Id
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    protected PortalSetting() {
        name = value = "";
    }

    PortalSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }

    void change(String value) {
        this.value = value;
    }
}
