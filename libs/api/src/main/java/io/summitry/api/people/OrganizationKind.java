package io.summitry.api.people;

public enum OrganizationKind {
    MINISTRY,
    DEPARTMENT,
    AGENCY,
    MILITARY,
    LEGISLATURE,
    HEAD_OF_STATE_OFFICE,
    THINK_TANK,
    INTERNATIONAL,
    OTHER,
    HEAD_OF_GOVERNMENT_OFFICE,
    POLITICAL_PARTY,
    DIPLOMATIC_MISSION,
    NGO,
    COMPANY
}
